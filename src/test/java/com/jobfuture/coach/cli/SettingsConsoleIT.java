package com.jobfuture.coach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.testing.JarProcess;
import com.jobfuture.coach.testing.TestDecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The /settings round trip (and /plan) through the packaged jar's console, across a restart. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class SettingsConsoleIT {
    @TempDir
    Path dir;
    Path config;
    Map<String, String> env;

    @BeforeEach
    void setUp() throws IOException {
        Path decks = TestDecks.write(dir);
        config = Files.writeString(dir.resolve("coach.yaml"), "decks: " + decks + "\n");
        env = Map.of("COACH_DB", dir.resolve("data/coach.db").toString());
    }

    @Test
    void settingsAreConfirmedKeptAcrossARestartAndFeedThePlan() throws Exception {
        LocalDate interview = LocalDate.now(ZoneOffset.UTC).plusDays(40);
        String script = String.join("\n", "/settings", "/settings timezone Europe/Berln", "1",
                "/settings reminders 18:30", "/settings quiet 22:00-07:00", "/settings goal 10",
                "/settings level middle", "/settings interview 2020-01-01", "/settings interview " + interview,
                "/settings areas orm", "/plan") + "\n";

        JarProcess.Result first = JarProcess.run(dir, env, script, "console", "--config", config.toString());

        assertThat(first.exitCode()).isZero();
        assertThat(first.out())
                .contains("Your settings (only you see them)", "Reminders: off", "[1] Reminders at 18:00")
                .contains("\"Europe/Berln\" is not a time zone I know. Did you mean Europe/Berlin", "[1] Europe/Berlin")
                .contains("Time zone set: Europe/Berlin")
                .contains("Reminders on: every day at 18:30 (Europe/Berlin)")
                .contains("Quiet hours: 22:00–07:00 (Europe/Berlin)")
                .contains("Daily goal: 10 questions a day.")
                .contains("Target level: middle")
                .contains("2020-01-01 is in the past")
                .contains("Interview date: " + interview + " (in ")
                .contains("Areas for /plan: ORM.")
                .contains("Your plan · interview " + interview, "· ORM, up to middle",
                        "2 new questions cover 1 topic", "1. N+1 queries (ORM) · not started · 2 new");
        assertThat(first.err()).doesNotContain("Exception", "ERROR");

        JarProcess.Result second = JarProcess.run(dir, env, "/settings\n/settings reminders off\n/settings\n",
                "console", "--config", config.toString());

        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("Time zone: Europe/Berlin", "Reminders: on at 18:30 · next check ",
                "Quiet hours: 22:00–07:00", "Daily goal: 10 questions", "Target level: middle",
                "Interview: " + interview, "Areas: ORM")
                .contains("Reminders off. Turn them on again any time: /settings reminders 18:30.")
                .contains("Reminders: off\n");
    }
}
