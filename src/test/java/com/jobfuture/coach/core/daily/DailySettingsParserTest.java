package com.jobfuture.coach.core.daily;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.DeckLoader;
import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.testing.TestDecks;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DailySettingsParserTest {
    @TempDir
    Path dir;
    DeckCatalog catalog;
    final DailySettingsParser parser = new DailySettingsParser();
    final DailyOptions options = DailyOptions.defaults();

    @BeforeEach
    void loadDecks() {
        catalog = new DeckLoader().load(List.of(TestDecks.write(dir))).catalog();
    }

    @Test
    void theFullExampleInAnyOrder() {
        DailySettings expected = new DailySettings(LocalTime.of(9, 0), ZoneId.of("Europe/Berlin"),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), List.of("family:orm", "family:security"),
                Optional.of(Level.MIDDLE), Duration.ofHours(8));

        assertThat(parse("09:00 Europe/Berlin mon-fri orm,security middle reveal 8h")).isEqualTo(expected);
        assertThat(parse("reveal=8h middle orm, security  mon - fri europe/berlin at 9am")).isEqualTo(expected);
        assertThat(parse("at 9:00 tz Europe/Berlin on weekdays topics orm,security level middle reveal after 8 hours"))
                .isEqualTo(expected);
        assertThat(parse("09:00 Europe/Berlin mon-fri orm,security middle reveal 17:00")).isEqualTo(expected);
    }

    @Test
    void defaultsAndMerging() {
        DailySettingsParser.Result.Parsed first = (DailySettingsParser.Result.Parsed)
                parser.parse("7pm", Optional.empty(), catalog, options);
        assertThat(first.settings()).isEqualTo(new DailySettings(LocalTime.of(19, 0), ZoneId.of("UTC"),
                EnumSet.allOf(DayOfWeek.class), List.of(), Optional.empty(), Duration.ofHours(8)));
        assertThat(first.notes()).containsExactly("Time zone: UTC — add one to change it, e.g. Europe/Berlin.");

        DailySettings changed = ((DailySettingsParser.Result.Parsed) parser.parse("reveal 1h30m n-plus-one sat,sun",
                Optional.of(first.settings()), catalog, options)).settings();
        assertThat(changed).isEqualTo(new DailySettings(LocalTime.of(19, 0), ZoneId.of("UTC"),
                EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), List.of("topic:n-plus-one"), Optional.empty(),
                Duration.ofMinutes(90)));
        assertThat(parse("23:00 reveal 01:00").revealAfter()).isEqualTo(Duration.ofHours(2));
        assertThat(parse("9:00 fri-mon").days()).containsExactlyInAnyOrder(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY,
                DayOfWeek.SUNDAY, DayOfWeek.MONDAY);
    }

    @Test
    void clearProblemsWithTheUsage() {
        assertThat(problem("")).startsWith("Tell me when to post.").contains("Usage: /daily set <time>");
        assertThat(problem("Europe/Berlin")).startsWith("Tell me when to post, e.g. 09:00.");
        assertThat(problem("09:00 Europe/Berln")).contains("I don't know the time zone \"Europe/Berln\"",
                "did you mean Europe/Berlin");
        assertThat(problem("25:00")).contains("I don't understand \"25:00\"");
        assertThat(problem("09:00 orn")).contains("I don't understand \"orn\"");
        assertThat(problem("09:00 plus")).contains("did you mean n-plus-one?");
        assertThat(problem("09:00 10:00")).contains("two times", "reveal 10:00");
        assertThat(problem("09:00 reveal")).contains("\"reveal\" needs a delay or a time");
        assertThat(problem("09:00 reveal soon")).contains("(I got \"soon\")");
        assertThat(problem("09:00 reveal 2m")).contains("5 minutes to 23 hours", "2m");
        assertThat(problem("09:00 funday")).contains("Example: /daily set 09:00 Europe/Berlin mon-fri");
    }

    private DailySettings parse(String args) {
        DailySettingsParser.Result result = parser.parse(args, Optional.empty(), catalog, options);
        assertThat(result).isInstanceOf(DailySettingsParser.Result.Parsed.class);
        return ((DailySettingsParser.Result.Parsed) result).settings();
    }

    private String problem(String args) {
        DailySettingsParser.Result result = parser.parse(args, Optional.empty(), catalog, options);
        assertThat(result).isInstanceOf(DailySettingsParser.Result.Problem.class);
        return ((DailySettingsParser.Result.Problem) result).message();
    }
}
