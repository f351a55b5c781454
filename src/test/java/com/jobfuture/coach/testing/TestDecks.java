package com.jobfuture.coach.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small decks written to a folder, so core tests do not depend on the shipped content. */
public final class TestDecks {
    private TestDecks() {
    }

    public static final String ORM = """
            topic: n-plus-one
            title: N+1 queries
            family: orm
            questions:
              - id: orm-loop-count
                level: junior
                kind: choice
                prompt: How many queries does a loop over 50 books reading b.author run?
                options:
                  - text: "1"
                    why: Only with select_related.
                  - text: "51"
                    correct: true
                  - text: "50"
                    why: Forgets the books query.
                explanation: One query for the books, then one per author access.
                source: https://docs.djangoproject.com/en/5.2/ref/models/querysets/#select-related
              - id: orm-select-vs-prefetch
                level: middle
                kind: open
                prompt: When do you use select_related and when prefetch_related?
                answer: select_related JOINs foreign keys; prefetch_related runs a separate query per relation.
                key_points:
                  - point: select_related uses a JOIN
                    match: [join]
                  - point: prefetch_related runs a separate query
                    match: [separate query, extra query]
                source: https://docs.djangoproject.com/en/5.2/ref/models/querysets/#prefetch-related
              - id: orm-prefetch-m2m
                level: senior
                kind: choice
                prompt: Which one can follow a many-to-many relation?
                options:
                  - text: select_related
                    why: It only follows FK and one-to-one.
                  - text: prefetch_related
                    correct: true
                explanation: prefetch_related joins in Python, so it handles many-to-many.
                source: https://docs.djangoproject.com/en/5.2/ref/models/querysets/#prefetch-related
            """;

    public static final String SECURITY = """
            topic: web-security
            title: Web security
            family: security
            questions:
              - id: sec-csrf-token
                level: junior
                kind: choice
                prompt: What does the CSRF token protect against?
                options:
                  - text: Cross-site request forgery
                    correct: true
                  - text: SQL injection
                    why: Parameterised queries protect against that.
                explanation: The token proves the form came from your site.
                source: https://docs.djangoproject.com/en/5.2/ref/csrf/
                since: "5.0"
            """;

    /** Writes both test decks into a fresh folder under the given directory and returns it. */
    public static Path write(Path directory) {
        try {
            Path decks = Files.createDirectories(directory.resolve("questions"));
            Files.writeString(decks.resolve("n-plus-one.yaml"), ORM);
            Files.writeString(decks.resolve("web-security.yaml"), SECURITY);
            return decks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
