package com.jobfuture.coach.platform.discord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small deck for the Discord tests. In topic {@code querysets} the quiz asks, in order: a choice question
 * (right answer "0"), an open question, then a second choice question (right answer "1").
 */
final class DiscordTestDeck {
    static final String TOPIC = "querysets";
    static final String FIRST_PROMPT = "How many queries run while building this QuerySet?";
    static final String OPEN_PROMPT = "When does Django actually run a QuerySet's SQL?";
    static final String THIRD_PROMPT = "You iterate the same QuerySet object twice.";

    private static final String QUERYSETS = """
            topic: querysets
            title: "QuerySets: laziness and evaluation"
            family: orm
            questions:
              - id: orm-qs-lazy
                level: junior
                kind: choice
                prompt: |
                  How many queries run while building this QuerySet?
                  ```python
                  qs = Book.objects.filter(year=2024)
                  qs = qs.exclude(title="")
                  ```
                options:
                  - text: "0"
                    correct: true
                  - text: "1"
                    why: "Building a QuerySet runs no SQL."
                  - text: "2"
                    why: "Chaining filters runs no SQL either."
                explanation: >-
                  QuerySets are lazy: `filter()` and `exclude()` only build the query.
                source: https://docs.djangoproject.com/en/5.2/ref/models/querysets/#when-querysets-are-evaluated
              - id: orm-qs-when-evaluated
                level: junior
                kind: open
                prompt: "When does Django actually run a QuerySet's SQL?"
                answer: >-
                  A QuerySet is lazy: it runs its SQL when it is evaluated, for example when you iterate it,
                  call len() or list() on it, or test it in an if.
                key_points:
                  - point: lazy until evaluated
                    match: [lazy]
                  - point: iteration, len() or list() evaluate it
                    match: [iterate, len, list]
                source: https://docs.djangoproject.com/en/5.2/ref/models/querysets/#when-querysets-are-evaluated
              - id: orm-qs-cache
                level: middle
                kind: choice
                prompt: "You iterate the same QuerySet object twice. How many queries run?"
                options:
                  - text: "1"
                    correct: true
                  - text: "2"
                    why: "The first iteration fills the QuerySet's result cache."
                explanation: >-
                  A QuerySet caches its results the first time it is evaluated; iterating it again reuses them.
                source: https://docs.djangoproject.com/en/5.2/topics/db/queries/#caching-and-querysets
            """;

    private static final String PERMISSIONS = """
            topic: drf-permissions
            title: "DRF permissions: has_permission and has_object_permission"
            family: apis
            questions:
              - id: drf-perm-list-view
                level: junior
                kind: choice
                prompt: "Which permission check runs for a ListAPIView?"
                options:
                  - text: "has_permission only"
                    correct: true
                  - text: "has_object_permission only"
                    why: "Object checks run only when get_object() is called."
                explanation: >-
                  Object-level checks run only when `get_object()` is called, which a list view never does.
                source: https://www.django-rest-framework.org/api-guide/permissions/
            """;

    private DiscordTestDeck() {
    }

    /** Writes the deck under {@code directory/questions} and returns that folder. */
    static Path write(Path directory) {
        try {
            Path questions = directory.resolve("questions");
            Files.createDirectories(questions.resolve("orm"));
            Files.createDirectories(questions.resolve("apis"));
            Files.writeString(questions.resolve("orm").resolve("querysets.yaml"), QUERYSETS);
            Files.writeString(questions.resolve("apis").resolve("drf-permissions.yaml"), PERMISSIONS);
            return questions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
