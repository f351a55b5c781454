package com.jobfuture.coach.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.app.CoachApplication;
import com.jobfuture.coach.core.chat.ArgumentSpec;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.Choice;
import com.jobfuture.coach.core.chat.CommandSpec;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.core.chat.Invocation;
import com.jobfuture.coach.core.chat.SubcommandSpec;
import com.jobfuture.coach.core.chat.Suggestions;
import com.jobfuture.coach.testing.MutableClock;
import com.jobfuture.coach.testing.TestCoach;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /settings as a command spec: a slash invocation of each subcommand produces exactly the typed form the parser
 * reads (the typed forms are relied on from outside), and the time zone, reminder time and areas complete.
 */
class SettingsCommandTest {
    private final CommandSpec spec = SettingsCommand.spec();

    @Test
    void everySubcommandWritesTheTypedForm() {
        assertThat(slash("timezone", "zone", "Europe/Berlin")).isEqualTo("/settings timezone Europe/Berlin");
        assertThat(slash("reminders", "time", "18:30")).isEqualTo("/settings reminders 18:30");
        assertThat(slash("reminders", "time", "off")).isEqualTo("/settings reminders off");
        assertThat(slash("goal", "questions", "10")).isEqualTo("/settings goal 10");
        assertThat(slash("interview", "date", "2027-03-01")).isEqualTo("/settings interview 2027-03-01");
        assertThat(slash("quiet", "hours", " 22:00-07:00 ")).isEqualTo("/settings quiet 22:00-07:00");
        assertThat(slash("level", "level", "middle")).isEqualTo("/settings level middle");
        assertThat(slash("areas", "areas", "orm,apis")).isEqualTo("/settings areas orm,apis");
        assertThat(Invocation.of(spec, Optional.of("show"), Map.of()).text()).isEqualTo("/settings show");
        assertThat(spec.subcommands()).extracting(SubcommandSpec::name).containsExactly("show", "timezone",
                "reminders", "quiet", "goal", "level", "interview", "areas");
        assertThat(spec.subcommands().stream().skip(1)).allSatisfy(sub -> assertThat(sub.arguments())
                .singleElement().satisfies(argument -> {
                    assertThat(argument.required()).isTrue();
                    assertThat(argument.label()).isEmpty();
                }));
    }

    @Test
    void theTypedFormsAreConfirmedThroughTheBot(@TempDir Path dir) {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        try (CoachApplication app = CoachApplication.start(TestCoach.config(dir), clock)) {
            ChatUser dana = new ChatUser("test", "1", "Dana", false);
            List<String> forms = List.of(slash("timezone", "zone", "Europe/Berlin"),
                    slash("reminders", "time", "18:30"), slash("goal", "questions", "10"),
                    slash("interview", "date", "2027-03-01"), slash("reminders", "time", "off"), "/settings show");
            List<String> answers = forms.stream()
                    .map(form -> app.bot().handle(Incoming.message(dana, form)).get(0).text()).toList();

            assertThat(answers.get(0)).startsWith("Time zone set: Europe/Berlin");
            assertThat(answers.get(1)).startsWith("Reminders on: every day at 18:30 (Europe/Berlin)");
            assertThat(answers.get(2)).startsWith("Daily goal: 10 questions a day.");
            assertThat(answers.get(3)).startsWith("Interview date: 2027-03-01");
            assertThat(answers.get(4)).startsWith("Reminders off.");
            assertThat(answers.get(5)).startsWith("Your settings (only you see them)").contains("Daily goal: 10");
        }
    }

    @Test
    void timeZonesCompleteByCityIdAndTypoAndUnknownOnesAreAnsweredPrivately() {
        Suggestions zones = argument("timezone").suggestions().orElseThrow();

        assertThat(values(zones.suggest("berl"))).first().isEqualTo("Europe/Berlin");
        assertThat(values(zones.suggest("Europe/Be"))).contains("Europe/Berlin", "Europe/Belgrade")
                .allMatch(id -> id.startsWith("Europe/Be"));
        assertThat(values(zones.suggest("new york"))).first().isEqualTo("America/New_York");
        assertThat(values(zones.suggest("Kolkatta"))).contains("Asia/Kolkata");
        assertThat(values(zones.suggest(""))).contains("Europe/Berlin", "America/New_York", "UTC");
        assertThat(zones.suggest("a")).hasSizeLessThanOrEqualTo(25);
        assertThat(zones.recognizes("europe/berlin")).isTrue();
        assertThat(zones.recognizes("Berlin")).isFalse();
        assertThat(Invocation.of(spec, Optional.of("timezone"), Map.of("zone", "Berlin")))
                .isEqualTo(Invocation.pass("/settings timezone Berlin", true));
    }

    @Test
    void reminderTimesAndAreasComplete() {
        assertThat(values(argument("reminders").suggestions().orElseThrow().suggest("18"))).containsExactly("18:00",
                "18:30");
        assertThat(values(argument("reminders").suggestions().orElseThrow().suggest("o"))).containsExactly("on",
                "off");
        Suggestions areas = argument("areas").suggestions().orElseThrow();
        assertThat(values(areas.suggest(""))).containsExactly("python", "fundamentals", "orm", "apis", "production",
                "security", "all");
        assertThat(values(areas.suggest("orm,a"))).containsExactly("orm,apis");
        assertThat(values(areas.suggest("orm, "))).doesNotContain("orm,orm").contains("orm,apis", "orm,security");
    }

    private String slash(String subcommand, String option, String value) {
        Invocation invocation = Invocation.of(spec, Optional.of(subcommand), Map.of(option, value));
        assertThat(invocation.refusal()).isEmpty();
        return invocation.text();
    }

    private ArgumentSpec argument(String subcommand) {
        return spec.subcommand(subcommand).orElseThrow().arguments().get(0);
    }

    private static List<String> values(List<Choice> choices) {
        return choices.stream().map(Choice::value).toList();
    }
}
