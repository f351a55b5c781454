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

/** The {@code grade} command's stream contract, through the packaged jar: JSON lines in, one JSON line out each. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class GradeCommandIT {
    @TempDir
    Path dir;
    Path config;
    final Map<String, String> env = Map.of();

    @BeforeEach
    void setUp() throws IOException {
        Path decks = TestDecks.write(dir);
        config = Files.writeString(dir.resolve("coach.yaml"), "decks: " + decks + "\n");
    }

    @Test
    void oneLinePerInputWithAFlagPerKeyPointAndErrorsForUnknownIds() throws Exception {
        String input = String.join("\n",
                "{\"question_id\": \"orm-select-vs-prefetch\", \"text\": \"select_related does a JOIN\"}",
                "",
                "{\"question_id\": \"no-such-question\", \"text\": \"x\"}",
                "{\"question_id\": \"orm-loop-count\", \"text\": \"51\"}",
                "{\"question_id\": \"orm-select-vs-prefetch\", \"text\": \"\"}",
                "{\"question_id\": \"orm-select-vs-prefetch\"}") + "\n";

        JarProcess.Result result = JarProcess.run(dir, env, input, "grade", "--config", config.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines().toList()).containsExactly(
                "{\"covered\":[true,false]}",
                "{\"error\":\"unknown question id: no-such-question\"}",
                "{\"error\":\"orm-loop-count is a choice question; only open questions are graded\"}",
                "{\"covered\":[false,false]}",
                "{\"covered\":[false,false]}");
        assertThat(result.err()).doesNotContain("Exception");
    }

    @Test
    void aLineThatIsNotJsonGetsAnErrorLineTheRestIsGradedAndTheExitStatusIsOne() throws Exception {
        String input = "this is not json\n"
                + "{\"question_id\": \"orm-select-vs-prefetch\", \"text\": \"it does a JOIN\"}\n";

        JarProcess.Result result = JarProcess.run(dir, env, input, "grade", "--mode", "keywords", "--reasons",
                "--config", config.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out().lines().toList()).containsExactly(
                "{\"error\":\"line 1 is not a JSON object with a \\\"question_id\\\" string\"}",
                "{\"covered\":[true,false],\"reasons\":[\"you said “join”\",\"not in your answer\"]}");
    }

    @Test
    void evaluationPrintsARowPerGraderForEachSplitOfTheFile() throws Exception {
        Path labelled = Files.writeString(dir.resolve("blind.jsonl"), String.join("\n",
                "{\"id\": \"b1\", \"question_id\": \"orm-select-vs-prefetch\", \"kind\": \"paraphrase\", "
                        + "\"split\": \"blind\", \"text\": \"select_related does a JOIN and prefetch_related runs "
                        + "a separate query\", \"expected\": [true, true]}",
                "{\"id\": \"b2\", \"question_id\": \"orm-select-vs-prefetch\", \"kind\": \"wrong\", "
                        + "\"split\": \"blind\", \"text\": \"prefetch_related does a JOIN\", \"expected\": [false, false]}",
                "{\"id\": \"b3\", \"question_id\": \"orm-select-vs-prefetch\", \"kind\": \"typos\", "
                        + "\"split\": \"blind\", \"text\": \"select_relatd uses a join\", \"expected\": [true, false]}")
                + "\n");

        JarProcess.Result result = JarProcess.run(dir, env, "", "grade", "--evaluate", labelled.toString(),
                "--config", config.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("3 labelled answers over 1 questions");
        assertThat(result.out().lines().filter(l -> l.startsWith("keywords ") && !l.contains(" kind:")).toList())
                .singleElement().asString()
                .matches("keywords +blind +3 +0\\.75 +1\\.00 +0\\.86 +1\\.00 +100% .*");
        assertThat(result.out().lines().filter(l -> l.startsWith("semantic ") && !l.contains(" kind:")).toList())
                .singleElement().asString().startsWith("semantic  blind ");
        assertThat(result.out().lines().filter(l -> l.startsWith("keywords  kind:")).toList())
                .as("a row per kind the file has").hasSize(3)
                .anySatisfy(l -> assertThat(l).matches("keywords +kind:wrong +1 .* 100% .*"));
        assertThat(result.out().lines().filter(l -> l.startsWith("semantic  kind:")).toList()).hasSize(3);
    }

    @Test
    void unusableConfigurationExitsTwo() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "grading:\n  mode: llm\n");

        JarProcess.Result result = JarProcess.run(dir, env, "", "grade", "--config", bad.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("grading.llm.url");
    }
}
