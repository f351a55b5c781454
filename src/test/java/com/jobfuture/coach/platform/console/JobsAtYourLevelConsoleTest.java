package com.jobfuture.coach.platform.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.app.CoachApplication;
import com.jobfuture.coach.app.Terminal;
import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.testing.CheckDecks;
import com.jobfuture.coach.testing.MutableClock;
import com.jobfuture.coach.testing.TestCoach;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /jobs at the candidate's level, through the real application and the console chat: the latest skill check's, or
 * the target level chosen in /settings.
 */
class JobsAtYourLevelConsoleTest {
    @TempDir
    Path dir;
    CoachApplication app;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() {
        CoachConfig config = TestCoach.config(dir);
        CheckDecks.write(config.decks(), "orm");
        app = CoachApplication.start(config, clock);
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void afterASkillCheckJobsShowsRolesAtThatLevelAndAnyShowsEveryLevel() throws Exception {
        String before = run("/jobs\n");
        assertThat(before).contains("Django roles — 5 of 9 matches:").doesNotContain("At your level");

        String after = run("/check orm\n" + "a\n".repeat(24) + "/jobs\n/jobs any\n");

        Matcher result = Pattern.compile("Skill check result · ORM\\nLevel: (\\w+)").matcher(after);
        assertThat(result.find()).as(after).isTrue();
        String level = result.group(1).toLowerCase(Locale.ROOT);
        assertThat(after).contains("Django roles · " + level + " — ",
                "At your level (" + level + ", from your ORM skill check); /jobs any shows every level.");
        assertThat(after.substring(after.lastIndexOf("Django roles"))).startsWith("Django roles — 5 of 9 matches:");

        String chosen = run("/settings level senior\n/jobs\n");
        assertThat(chosen).as("the target level in /settings comes before the skill check")
                .contains("Django roles · senior — ", "At your level (senior, from your settings)");
    }

    private String run(String script) throws Exception {
        bytes.reset();
        app.startConsole(new Terminal(new BufferedReader(new StringReader(script)),
                new PrintStream(bytes, true, StandardCharsets.UTF_8), false, "tester")).get(60, TimeUnit.SECONDS);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
