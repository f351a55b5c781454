package com.jobfuture.coach.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decks big enough for a skill check: in one family, {@link #TOPICS} topics of {@link #PER_TOPIC} choice questions,
 * a third each junior, middle and senior. The right option's text is {@code right}, the others {@code wrong 1..3};
 * the prompt names the question's level, so a simulated candidate can answer "by level" from the message alone.
 */
public final class CheckDecks {
    public static final int TOPICS = 4;
    public static final int PER_TOPIC = 6;
    /** As long as the longest titles of the shipped decks, and longer, so layouts are tried with them. */
    public static final List<String> TOPIC_TITLES = List.of("N+1 queries: select_related, prefetch_related",
            "Migrations: workflow, dependencies, squashing", "Transactions: atomic blocks, savepoints and on_commit",
            "Indexes: composite, partial, covering and expression indexes");
    private static final Pattern LEVEL = Pattern.compile("level (junior|middle|senior):");

    private CheckDecks() {
    }

    /** Writes the check topics of {@code family} into the decks folder. */
    public static void write(Path decks, String family) {
        try {
            for (int t = 0; t < TOPICS; t++) {
                String topic = family + "-check-" + (t + 1);
                StringBuilder yaml = new StringBuilder("topic: ").append(topic).append("\ntitle: ")
                        .append('"').append(TOPIC_TITLES.get(t)).append('"').append("\nfamily: ").append(family).append("\nquestions:\n");
                for (int q = 0; q < PER_TOPIC; q++) {
                    String level = List.of("junior", "middle", "senior").get(q % 3);
                    String id = topic + "-q" + (q + 1);
                    yaml.append("  - id: ").append(id).append("\n    level: ").append(level)
                            .append("\n    kind: choice\n    prompt: \"Question ").append(id).append(", level ")
                            .append(level).append(": which option is right?\"\n    options:\n")
                            .append("      - text: wrong 1\n        why: It is the first wrong one.\n")
                            .append("      - text: right\n        correct: true\n")
                            .append("      - text: wrong 2\n        why: It is the second wrong one.\n")
                            .append("      - text: wrong 3\n        why: It is the third wrong one.\n")
                            .append("    explanation: The right one is right for ").append(id).append(".\n")
                            .append("    source: https://docs.djangoproject.com/en/5.2/topics/db/transactions/\n");
                }
                Files.writeString(decks.resolve(topic + ".yaml"), yaml.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ORM choice questions of {@link TestDecks}: prompt, level, right option, a wrong option. */
    private static final List<List<String>> TEST_DECK_QUESTIONS = List.of(
            List.of("How many queries does a loop over 50 books reading b.author run?", "junior", "51", "50"),
            List.of("Which one can follow a many-to-many relation?", "senior", "prefetch_related", "select_related"));

    /** The level of a check question: named in the check decks' prompts, known for the test decks' ones. */
    public static String levelIn(String questionText) {
        Matcher m = LEVEL.matcher(questionText);
        if (m.find()) {
            return m.group(1);
        }
        return testDeckQuestion(questionText).get(1);
    }

    /** The option text a candidate who knows up to {@code candidateLevel} picks for the question shown. */
    public static String choice(String questionText, String candidateLevel) {
        boolean knows = knows(candidateLevel, levelIn(questionText));
        if (LEVEL.matcher(questionText).find()) {
            return knows ? "right" : "wrong 1";
        }
        List<String> known = testDeckQuestion(questionText);
        return knows ? known.get(2) : known.get(3);
    }

    /** The same for the check decks and the test decks; empty for a question of another deck. */
    public static java.util.Optional<String> choiceIfKnown(String questionText, String candidateLevel) {
        boolean known = LEVEL.matcher(questionText).find()
                || TEST_DECK_QUESTIONS.stream().anyMatch(q -> questionText.contains(q.get(0)));
        return known ? java.util.Optional.of(choice(questionText, candidateLevel)) : java.util.Optional.empty();
    }

    private static List<String> testDeckQuestion(String questionText) {
        return TEST_DECK_QUESTIONS.stream().filter(q -> questionText.contains(q.get(0))).findFirst()
                .orElseThrow(() -> new AssertionError("an unknown question: " + questionText));
    }

    /** Whether a candidate of {@code candidateLevel} answers a question of {@code questionLevel} right. */
    public static boolean knows(String candidateLevel, String questionLevel) {
        List<String> order = List.of("junior", "middle", "senior");
        return order.indexOf(questionLevel) <= order.indexOf(candidateLevel);
    }

    /** The letter of the option shown with {@code text} (e.g. {@code right}) in a check question's text. */
    public static String letterOf(String questionText, String text) {
        Matcher m = Pattern.compile("(?m)^([A-F])\\) " + Pattern.quote(text) + "$").matcher(questionText);
        if (!m.find()) {
            throw new AssertionError("no option '" + text + "' in: " + questionText);
        }
        return m.group(1);
    }
}
