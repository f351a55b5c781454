package com.jobfuture.coach.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.settings.SettingsParser.Result;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The typed forms of /settings: the documented ones exactly, the variants, and helpful refusals. */
class SettingsParserTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-03-02");
    private final SettingsParser parser = new SettingsParser();

    @Test
    void theFormsReliedOnFromOutside() {
        assertThat(change("timezone Europe/Berlin")).isEqualTo(new SettingChange.Zone(ZoneId.of("Europe/Berlin")));
        assertThat(change("reminders 18:30")).isEqualTo(new SettingChange.RemindersAt(LocalTime.of(18, 30)));
        assertThat(change("reminders off")).isEqualTo(new SettingChange.RemindersOff());
        assertThat(change("goal 10")).isEqualTo(new SettingChange.Goal(OptionalInt.of(10)));
        assertThat(change("interview 2027-03-01"))
                .isEqualTo(new SettingChange.Interview(Optional.of(LocalDate.parse("2027-03-01"))));
    }

    @Test
    void theOtherForms() {
        assertThat(parser.parse("", TODAY)).isEqualTo(new Result.Show());
        assertThat(change("reminders on")).isEqualTo(new SettingChange.RemindersOn());
        assertThat(change("reminders 6:30pm")).isEqualTo(new SettingChange.RemindersAt(LocalTime.of(18, 30)));
        assertThat(change("Reminders at 7am")).isEqualTo(new SettingChange.RemindersAt(LocalTime.of(7, 0)));
        assertThat(change("reminders 07.15")).isEqualTo(new SettingChange.RemindersAt(LocalTime.of(7, 15)));
        assertThat(change("tz utc")).isEqualTo(new SettingChange.Zone(ZoneId.of("UTC")));
        assertThat(change("quiet 22:00-07:00")).isEqualTo(new SettingChange.Quiet(Optional.of(
                new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0)))));
        assertThat(change("quiet hours 22:00 to 07:00")).isEqualTo(change("quiet 22:00-07:00"));
        assertThat(change("quiet 10pm 7am")).isEqualTo(change("quiet 22:00-07:00"));
        assertThat(change("quiet off")).isEqualTo(new SettingChange.Quiet(Optional.empty()));
        assertThat(change("goal off")).isEqualTo(new SettingChange.Goal(OptionalInt.empty()));
        assertThat(change("level middle")).isEqualTo(new SettingChange.TargetLevel(Optional.of(Level.MIDDLE)));
        assertThat(change("level mid")).isEqualTo(new SettingChange.TargetLevel(Optional.of(Level.MIDDLE)));
        assertThat(change("level any")).isEqualTo(new SettingChange.TargetLevel(Optional.empty()));
        assertThat(change("interview off")).isEqualTo(new SettingChange.Interview(Optional.empty()));
        assertThat(change("interview 2026-03-02")).isEqualTo(new SettingChange.Interview(Optional.of(TODAY)));
        assertThat(change("areas orm,apis")).isEqualTo(new SettingChange.Areas(Set.of(Family.ORM, Family.APIS)));
        assertThat(change("areas orm apis")).isEqualTo(change("areas orm,apis"));
        assertThat(change("areas all")).isEqualTo(new SettingChange.Areas(Set.of()));
    }

    @Test
    void anUnknownZoneSuggestsCloseMatches() {
        Result.Problem typo = problem("timezone Europe/Berln");
        assertThat(typo.message()).contains("\"Europe/Berln\" is not a time zone I know. Did you mean Europe/Berlin");
        assertThat(typo.zoneSuggestions()).first().isEqualTo("Europe/Berlin");
        assertThat(problem("timezone Berlin").zoneSuggestions()).containsExactly("Europe/Berlin");
        assertThat(problem("timezone Atlantis").message()).contains("IANA ids (Area/City)")
                .doesNotContain("Did you mean");
        assertThat(problem("timezone").message()).contains("/settings timezone Europe/Berlin");
    }

    @Test
    void aDateInThePastIsRefusedAndSoIsNonsense() {
        assertThat(problem("interview 2026-03-01").message())
                .contains("2026-03-01 is in the past (today is 2026-03-02 in your time zone)",
                        "/settings interview 2026-05-02");
        assertThat(problem("interview 01/03/2027").message()).contains("isn't a date I can read", "YYYY-MM-DD");
        assertThat(problem("interview 2029-01-01").message()).contains("more than 2 years away");
        assertThat(problem("interview").message()).startsWith("When is your interview?");
    }

    @Test
    void badValuesGetTheUsageOfThatSetting() {
        assertThat(problem("reminders 25:00").message()).contains("\"25:00\" isn't a time of day",
                "/settings reminders 18:30");
        assertThat(problem("reminders").message()).startsWith("Use your local time");
        assertThat(problem("reminders 13pm").message()).contains("isn't a time of day");
        assertThat(problem("quiet 22:00").message()).contains("/settings quiet 22:00-07:00");
        assertThat(problem("quiet 07:00-07:00").message()).contains("start and an end that differ");
        assertThat(problem("goal 0").message()).contains("0 is out of range", "1 to 200");
        assertThat(problem("goal 500").message()).contains("out of range");
        assertThat(problem("goal lots").message()).contains("/settings goal 10");
        assertThat(problem("level guru").message()).contains("junior, middle or senior");
        assertThat(problem("areas orm,cooking").message()).contains("\"cooking\" isn't an area",
                "python, fundamentals, orm, apis, production, security");
        assertThat(problem("language de").message()).contains("I don't know the setting \"language\"",
                "/settings timezone Europe/Berlin", "/settings areas orm,apis");
    }

    private SettingChange change(String args) {
        Result result = parser.parse(args, TODAY);
        assertThat(result).as(args).isInstanceOf(Result.Change.class);
        return ((Result.Change) result).change();
    }

    private Result.Problem problem(String args) {
        Result result = parser.parse(args, TODAY);
        assertThat(result).as(args).isInstanceOf(Result.Problem.class);
        return (Result.Problem) result;
    }
}
