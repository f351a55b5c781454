package com.jobfuture.coach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.testing.JarProcess;
import com.jobfuture.coach.testing.TestDecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The question of the day and /jobs tried in the packaged jar's console, across a restart. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class DailyAndJobsConsoleIT {
    @TempDir
    Path dir;
    Path config;
    Map<String, String> env;

    @BeforeEach
    void setUp() throws IOException {
        Path decks = TestDecks.write(dir);
        config = Files.writeString(dir.resolve("coach.yaml"), "decks: " + decks + "\njobs:\n  file: "
                + Path.of("config/jobs.yaml").toAbsolutePath() + "\n");
        env = Map.of("COACH_DB", dir.resolve("data/coach.db").toString());
    }

    @Test
    void aSimulatedCommunityGetsAQuestionAnswersPrivatelyAndAnAggregateRevealAndJobsWork() throws Exception {
        String script = String.join("\n", "/daily", "/community", "/daily set 09:00 Europe/Berlin mon-fri",
                "/daily now", "2", "/daily reveal", "/jobs here on", "/jobs remote senior", "/jobs graphql onsite",
                "/community leave", "/jobs junior") + "\n";

        JarProcess.Result first = JarProcess.run(dir, env, script, "console", "--config", config.toString());

        assertThat(first.exitCode()).isZero();
        assertThat(first.out())
                .contains("The question of the day works in groups and servers")
                .contains("You're in the simulated community \"lounge\" as its admin")
                .contains("Question of the day is set: 09:00 Europe/Berlin · Mon–Fri")
                .contains("── posted in community \"lounge\" (everyone there sees it) ──\nQuestion of the day · ")
                .contains("(only you see this)\nGot it — you picked B.")
                .contains("Answer of the day: ", "1 answer (shares are shown from 3 answers on")
                .contains("(only you see this)\n/jobs is on here.")
                .contains("(everyone in \"lounge\" sees this)\nDjango roles · remote · senior — 1 match:")
                .contains("Orchard Lane Health ✓ verified", "All Django jobs: https://www.djangoproject.com/community/jobs/")
                .contains("No Django roles match \"graphql\" · on-site right now.")
                .contains("Django roles · junior — 2 matches:");
        assertThat(first.err()).doesNotContain("Exception", "ERROR");

        JarProcess.Result second = JarProcess.run(dir, env, "/community lounge\n/daily show\n", "console",
                "--config", config.toString());

        assertThat(second.out()).contains("Question of the day · active",
                "09:00 Europe/Berlin · Mon–Fri · all topics · all levels", "Pool: 3 questions · 1 asked this round");
    }
}
