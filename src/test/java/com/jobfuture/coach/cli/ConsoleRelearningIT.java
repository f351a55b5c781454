package com.jobfuture.coach.cli;

import com.jobfuture.coach.testing.JarProcess;
import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.testing.TestDecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through the packaged jar's console: a choice question answered by typing a letter, missed, comes back in the
 * same quiz after the other questions, in a new order, and is then answered right by typing its letter again.
 * The test deck's ORM topic: Q1 "How many queries…" (1, 51 right, 50), an open question, a senior choice question.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ConsoleRelearningIT {
    private static final Pattern BUTTON = Pattern.compile("^\\[(\\d+)] (.*)$", Pattern.MULTILINE);
    @TempDir
    Path dir;
    Path config;
    Map<String, String> env;

    @BeforeEach
    void setUp() throws IOException {
        Path decks = TestDecks.write(dir);
        config = Files.writeString(dir.resolve("coach.yaml"), "decks: " + decks + "\n");
        env = Map.of("COACH_DB", dir.resolve("data/coach.db").toString(), "COACH_HTTP", "127.0.0.1:0");
    }

    @Test
    void aMissedQuestionComesBackInTheSameQuizAndLettersAnswerIt() throws Exception {
        try (ConsoleConversation chat = new ConsoleConversation(dir, env, "console", "--config",
                config.toString())) {
            chat.await("[1] Start a quiz");

            chat.send("/quiz orm");
            List<String> first = options(chat.await("] Skip"));
            assertThat(first).containsExactlyInAnyOrder("1", "51", "50");
            String wrong = letter(first.indexOf("50"));
            chat.send(wrong.toLowerCase());                                         // e.g. "c"
            String missed = chat.await("I'll ask it again later in this quiz.");
            assertThat(missed).contains("✗ Not quite. You picked " + wrong + ") 50",
                    "The answer is " + letter(first.indexOf("51")) + ") 51");

            chat.send("1");                                                         // Next
            chat.await("Type your answer");
            chat.send("it does a JOIN");
            chat.await("How well did you know it?");
            chat.send("3");                                                         // Good
            chat.await("Rated Good. Saved. Next review in");
            chat.send("1");                                                         // Next
            List<String> senior = options(chat.await("] Skip"));
            assertThat(senior).containsExactlyInAnyOrder("select_related", "prefetch_related");
            chat.send("PREFETCH_RELATED");                                          // an option's text
            chat.await("✓ Right: " + letter(senior.indexOf("prefetch_related")) + ") prefetch_related");

            chat.send("1");                                                         // Next: Q1 again
            String again = chat.await("] Skip");
            assertThat(again).contains("ORM · N+1 queries · junior · review · Q4",
                    "How many queries does a loop over 50 books");
            List<String> second = options(again);
            String right = letter(second.indexOf("51"));
            chat.send("(" + right.toLowerCase() + ")");                             // e.g. "(a)"
            chat.await("✓ Right: " + right + ") 51");
            assertThat(chat.await("[2] Stop")).contains("Saved. Next review in").doesNotContain("ask it again");

            chat.send("hello there");                                               // free text between questions
            assertThat(chat.await("[2] Stop")).contains("Press Next for the next question", "[1] Next")
                    .doesNotContain("I'm not sure what to do with that");
            chat.send("1");
            assertThat(chat.await("caught up")).contains("You're all caught up on ORM. 4 questions answered "
                    + "this session, 3 right.");
            assertThat(chat.finish()).isZero();
            assertThat(chat.output()).contains("Bye! Your progress is saved.")
                    .doesNotContain("I'm not sure what to do with that");
        }
        assertThat(Files.readString(dir.resolve("err.txt"))).doesNotContain("Exception", "ERROR");
    }

    /** The option labels of the last question in a chunk of output, in the order shown (Skip excluded). */
    private static List<String> options(String output) {
        String question = output.substring(output.lastIndexOf("ORM · "));
        List<String> labels = new ArrayList<>();
        Matcher m = BUTTON.matcher(question);
        while (m.find()) {
            labels.add(m.group(2));
        }
        assertThat(labels).last().isEqualTo("Skip");
        return labels.subList(0, labels.size() - 1);
    }

    private static String letter(int position) {
        assertThat(position).isNotNegative();
        return String.valueOf((char) ('A' + position));
    }
}
