package com.jobfuture.coach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.platform.fakes.Eventually;
import com.jobfuture.coach.testing.JarProcess;
import com.jobfuture.coach.testing.TestDecks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A scripted console chat through the packaged jar's real entry point, with restarts. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ConsoleChatIT {
    @TempDir
    Path dir;
    Path config;
    Map<String, String> env;

    @BeforeEach
    void setUp() throws IOException {
        Path decks = TestDecks.write(dir);
        config = Files.writeString(dir.resolve("coach.yaml"), "decks: " + decks + "\n");
        // Port 0: each jar's web server takes a free port, so parallel runs never fight over 8080.
        env = Map.of("COACH_DB", dir.resolve("data/coach.db").toString(), "COACH_HTTP", "127.0.0.1:0");
    }

    @Test
    void scriptedQuizThenRestartKeepsProgressAndTheOpenQuestion() throws Exception {
        String script = String.join("\n",
                "/help", "/topics", "/quiz orm",
                "51",                  // the right option, typed (its position is shuffled)
                "1",                   // Next
                "it does a JOIN",      // typed answer to the open question
                "3",                   // Good
                "1",                   // Next
                "/progress") + "\n";

        JarProcess.Result first = JarProcess.run(dir, env, script, "console", "--config", config.toString());

        assertThat(first.exitCode()).isZero();
        assertThat(first.out())
                .contains("Hi ", "• /quiz [topic|family]", "[1] Start a quiz")
                .contains("n-plus-one · 0% · seen 0/3")
                .contains("ORM · N+1 queries · junior · Q1", "] 51\n", "✓ Right: ", ") 51")
                .contains("Your answer: it does a JOIN", "✓ select_related uses a JOIN", "[3] Good")
                .contains("Rated Good. Saved.")
                .contains("ORM · N+1 queries · senior · Q3")
                .contains("Your progress · 2 answered · 2 due today · 1 day streak")
                .contains("ORM           █████░░░░░ 54% · seen 2/3 · right 2/2")
                .contains("Bye! Your progress is saved.");
        assertThat(first.err()).doesNotContain("Exception", "ERROR");

        JarProcess.Result second = JarProcess.run(dir, env, "/progress\n/next\n", "console", "--config",
                config.toString());

        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("Your progress · 2 answered")
                .contains("This question is still open", "ORM · N+1 queries · senior");
    }

    @Test
    void typedAnswerIsGradedByMeaningWithAReasonPerKeyPoint() throws Exception {
        String script = String.join("\n", "/quiz orm", "51", "1",
                "select_related follows the foreign key with a join in the same query", "2") + "\n";

        JarProcess.Result result = JarProcess.run(dir, env, script, "console", "--config", config.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("Key points — your answer seems to cover 1 of 2 (partial):")
                .contains(" ✓ select_related uses a JOIN — you said “")
                .contains(" ✗ prefetch_related runs a separate query — ")
                .contains("Suggested from these automatic marks: Hard (you decide). How well did you know it?")
                .contains("Rated Hard. Saved.");
        assertThat(result.err()).doesNotContain("Exception", "ERROR");
    }

    @Test
    void consoleEndsCleanlyAtEndOfInput() throws Exception {
        JarProcess.Result result = JarProcess.run(dir, env, "", "console", "--config", config.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("console chat", "Hi ", "Bye!");
        assertThat(Files.exists(dir.resolve("data/coach.db"))).isTrue();
    }

    @Test
    void runWithoutTokensAndWithoutATerminalStopsWithAClearMessage() throws Exception {
        JarProcess.Result result = JarProcess.run(dir, env, "", "--config", config.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("No chat platform token is set", "use the `console` command");
        assertThat(result.out()).doesNotContain("Hi ");
    }

    @Test
    void theDecksInsideTheJarServeWhenNoQuestionsFolderIsHere() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));

        JarProcess.Result result = JarProcess.run(elsewhere, Map.of(), "/topics security\n", "console");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("password-hashing", "web-security").doesNotContain("No questions are loaded");
        assertThat(Files.exists(elsewhere.resolve("data/coach.db"))).isTrue();
    }

    @Test
    void sigtermShutsDownCleanlyWithStatusZeroAndTheDatabaseStaysUsable() throws Exception {
        Process process = JarProcess.builder(dir, env, "console", "--config", config.toString())
                .redirectError(dir.resolve("err.txt").toFile()).redirectOutput(dir.resolve("out.txt").toFile())
                .start();
        process.getOutputStream().write("/quiz security\n1\n".getBytes());
        process.getOutputStream().flush();
        waitFor(() -> Files.readString(dir.resolve("out.txt")).contains("Saved."));

        process.toHandle().destroy(); // SIGTERM only (Process.destroy also closes stdin, which ends the chat too)
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("the exit status the README promises").isZero();
        assertThat(Files.readString(dir.resolve("out.txt"))).contains("Stopped (SIGTERM). Your progress is saved.");

        JarProcess.Result after = JarProcess.run(dir, env, "/progress\n", "console", "--config", config.toString());
        assertThat(after.out()).contains("Your progress · 1 answered");
        assertThat(Files.readString(dir.resolve("err.txt"))).doesNotContain("Exception");
    }

    @Test
    void unknownConfigKeyStopsWithAClearError() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "decks: questions\ntimezon: UTC\n");

        JarProcess.Result result = JarProcess.run(dir, env, "", "console", "--config", bad.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Configuration error:", "bad.yaml:2: unknown key 'timezon'");
    }

    @Test
    void everyCommandHasHelp() throws Exception {
        for (String[] args : new String[][] {{"--help"}, {"run", "--help"}, {"console", "--help"},
                {"decks", "lint", "--help"}, {"grade", "--help"}}) {
            JarProcess.Result result = JarProcess.run(dir, env, "", args);
            assertThat(result.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(result.out()).contains("Usage:");
        }
    }

    @Test
    void decksLintPrintsEveryProblemAsFileLineMessage() throws Exception {
        JarProcess.Result clean = JarProcess.run(dir, env, "", "decks", "lint", dir.resolve("questions").toString());
        assertThat(clean.exitCode()).isZero();
        assertThat(clean.out()).contains("2 file(s), 4 question(s) in 2 topic(s), 0 problem(s)");

        Files.writeString(dir.resolve("questions/broken.yaml"), "topic: broken\ntitle: B\nfamily: orm\n"
                + "questions:\n  - id: b1\n    level: guru\n");
        JarProcess.Result broken = JarProcess.run(dir, env, "", "decks", "lint", dir.resolve("questions").toString());
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.out()).contains("broken.yaml:5: questions[0] (b1).kind: required field is missing",
                "broken.yaml:6: questions[0] (b1).level: 'guru' is not one of junior, middle, senior");
    }

    @Test
    void decksLintRejectsKeyPointsThatAnEchoEarnsOrTheModelAnswerMisses() throws Exception {
        Files.writeString(dir.resolve("questions/echo.yaml"), """
                topic: echo
                title: Echo
                family: orm
                questions:
                  - id: echo-1
                    level: junior
                    kind: open
                    prompt: Why are QuerySets lazy?
                    answer: Building one runs no SQL until it is iterated.
                    key_points:
                      - point: lazy
                        match: [lazy, no sql]
                      - point: cached
                        match: [cache, "|"]
                    source: https://docs.djangoproject.com/en/5.2/ref/models/querysets/
                """);
        JarProcess.Result result = JarProcess.run(dir, env, "", "decks", "lint", dir.resolve("questions").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains(
                "echo.yaml:11: questions[0] (echo-1).key_points[0] (lazy): the prompt itself contains 'lazy'",
                "echo.yaml:13: questions[0] (echo-1).key_points[1] (cached): the model answer covers none of its "
                        + "phrases [cache, |]",
                "echo.yaml:14: questions[0] (echo-1).key_points[1].match: '|' normalises to '|'",
                "3 file(s), 4 question(s) in 2 topic(s), 3 problem(s), 0 warning(s)");
    }

    private static void waitFor(IoCondition condition) {
        Eventually.until("the condition", Duration.ofSeconds(60), () -> {
            try {
                return condition.met();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @FunctionalInterface
    private interface IoCondition {
        boolean met() throws IOException;
    }
}
