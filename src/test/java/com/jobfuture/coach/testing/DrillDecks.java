package com.jobfuture.coach.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Two small topics for quiz-order tests, in file order: {@code drill-a} (ORM) a1 junior, a2 junior, a3 middle open,
 * a4 senior; {@code drill-b} (security) b1 senior, b2 junior, b3 middle open. Every choice question has three
 * options and its correct one first in the file, so position in the file never tells the answer once shuffled.
 */
public final class DrillDecks {
    private DrillDecks() {
    }

    /** Writes both topics into a fresh folder under the given directory and returns it. */
    public static Path write(Path directory) {
        try {
            Path decks = Files.createDirectories(directory.resolve("drill"));
            Files.writeString(decks.resolve("drill-a.yaml"), topic("drill-a", "Drill A", "orm",
                    choice("a1", "junior") + choice("a2", "junior") + open("a3", "middle") + choice("a4", "senior")));
            Files.writeString(decks.resolve("drill-b.yaml"), topic("drill-b", "Drill B", "security",
                    choice("b1", "senior") + choice("b2", "junior") + open("b3", "middle")));
            return decks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String topic(String id, String title, String family, String questions) {
        return "topic: " + id + "\ntitle: " + title + "\nfamily: " + family + "\nquestions:\n" + questions;
    }

    private static String choice(String id, String level) {
        return """
                  - id: %1$s
                    level: %2$s
                    kind: choice
                    prompt: Which option of %1$s is right?
                    options:
                      - text: right answer of %1$s
                        correct: true
                      - text: first wrong answer of %1$s
                        why: It is not.
                      - text: second wrong answer of %1$s
                        why: It is not either.
                    explanation: Because the deck says so.
                    source: https://docs.djangoproject.com/en/5.2/
                """.formatted(id, level);
    }

    private static String open(String id, String level) {
        return """
                  - id: %1$s
                    level: %2$s
                    kind: open
                    prompt: Explain %1$s.
                    answer: The model answer of %1$s mentions a keyword and a reason.
                    key_points:
                      - point: the keyword
                        match: [keyword]
                      - point: the reason
                        match: [reason]
                    source: https://docs.djangoproject.com/en/5.2/
                """.formatted(id, level);
    }
}
