package com.jobfuture.coach.core.deck;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.testing.TestDecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeckLoaderTest {
    @TempDir
    Path dir;

    private final DeckLoader loader = new DeckLoader();

    @Test
    void loadsValidDecksIntoACatalog() {
        DeckLoadResult result = loader.load(List.of(TestDecks.write(dir)));

        assertThat(result.problems()).isEmpty();
        assertThat(result.fileCount()).isEqualTo(2);
        DeckCatalog catalog = result.catalog();
        assertThat(catalog.size()).isEqualTo(4);
        assertThat(catalog.topics()).extracting(Topic::id).containsExactly("n-plus-one", "web-security");
        ChoiceQuestion loop = (ChoiceQuestion) catalog.question("orm-loop-count").orElseThrow();
        assertThat(loop.correctIndex()).isEqualTo(1);
        assertThat(loop.options().get(0).why()).isEqualTo("Only with select_related.");
        OpenQuestion open = (OpenQuestion) catalog.question("orm-select-vs-prefetch").orElseThrow();
        assertThat(open.keyPoints()).extracting(KeyPoint::match).containsExactly(List.of("join"),
                List.of("separate query", "extra query"));
        assertThat(catalog.question("sec-csrf-token").orElseThrow().since()).contains("5.0");
        assertThat(catalog.resolveScope("orm")).contains(Scope.of(Family.ORM));
        assertThat(catalog.resolveScope("n-plus-one").orElseThrow().topic().id()).isEqualTo("n-plus-one");
        assertThat(catalog.resolveScope("nope")).isEmpty();
    }

    @Test
    void brokenYamlNamesFileAndLine() throws IOException {
        Path file = write("broken.yaml", "topic: x\ntitle: X\nfamily: orm\nquestions:\n  - id: a\n   level: [\n");

        DeckLoadResult result = loader.load(List.of(file));

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("broken.yaml");
            assertThat(p.line()).isBetween(5, 7);
            assertThat(p.message()).startsWith("broken YAML");
        });
    }

    @Test
    void reportsEveryProblemAtOnceWithLineAndField() throws IOException {
        Path file = write("bad.yaml", """
                topic: bad-topic
                title: Bad
                family: orm
                questions:
                  - id: q-missing-answer
                    level: junior
                    kind: open
                    prompt: Why?
                    key_points:
                      - point: one
                        match: [one]
                      - point: two
                        match: [two]
                    source: https://docs.djangoproject.com/en/5.2/
                  - id: q-bad-level
                    level: expert
                    kind: choice
                    prompt: Which?
                    options:
                      - text: a
                        correct: true
                      - text: b
                        correct: true
                    explanation: Because.
                    source: http://example.com/
                    colour: red
                """);

        DeckLoadResult result = loader.load(List.of(file));

        assertThat(result.problems()).extracting(DeckLoaderTest::relative).containsExactlyInAnyOrder(
                "bad.yaml:5: questions[0] (q-missing-answer).answer: required field is missing",
                "bad.yaml:16: questions[1] (q-bad-level).level: 'expert' is not one of junior, middle, senior",
                "bad.yaml:20: questions[1] (q-bad-level).options: 2 options are marked correct: true; exactly one must be",
                "bad.yaml:25: questions[1] (q-bad-level).source: 'http://example.com/' must be an https link to the "
                        + "official docs (docs.djangoproject.com, docs.python.org, www.django-rest-framework.org)",
                "bad.yaml:26: questions[1].colour: unknown field (known: answer, explanation, id, key_points, kind, "
                        + "level, options, prompt, since, source, tags)");
        assertThat(result.catalog().size()).isZero();
    }

    @Test
    void missingFieldsAndBadKindAreNamed() throws IOException {
        Path file = write("missing.yaml", """
                topic: missing
                family: web
                questions:
                  - id: Q One
                    kind: essay
                    prompt: ""
                    source: https://docs.djangoproject.com/en/5.2/
                """);

        DeckLoadResult result = loader.load(List.of(file));

        assertThat(result.problems()).extracting(DeckLoaderTest::relative).contains(
                "missing.yaml:1: title: required field is missing",
                "missing.yaml:2: family: 'web' is not one of python, fundamentals, orm, apis, production, security",
                "missing.yaml:4: questions[0] (Q One).id: 'Q One' must be lowercase-with-dashes",
                "missing.yaml:4: questions[0] (Q One).level: required field is missing");
    }

    @Test
    void duplicateIdsAcrossFilesAreErrors() throws IOException {
        Path decks = TestDecks.write(dir);
        Files.writeString(decks.resolve("copy.yaml"), TestDecks.SECURITY.replace("topic: web-security",
                "topic: web-security-copy"));

        DeckLoadResult result = loader.load(List.of(decks));

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("web-security.yaml");
            assertThat(p.message()).startsWith("id: duplicate question id 'sec-csrf-token' (first defined at ")
                    .contains("copy.yaml:5");
        });
        assertThat(result.catalog().size()).isEqualTo(4);
    }

    @Test
    void registryKeepsOldDecksWhenReloadFindsProblems() throws IOException {
        Path decks = TestDecks.write(dir);
        DeckRegistry registry = DeckRegistry.load(List.of(decks), loader, new java.util.ArrayList<>());
        assertThat(registry.catalog().size()).isEqualTo(4);

        Files.writeString(decks.resolve("web-security.yaml"), "topic: [");
        DeckLoadResult failed = registry.reload();

        assertThat(failed.ok()).isFalse();
        assertThat(registry.catalog().size()).isEqualTo(4);

        Files.writeString(decks.resolve("web-security.yaml"), TestDecks.SECURITY);
        Files.delete(decks.resolve("n-plus-one.yaml"));
        assertThat(registry.reload().ok()).isTrue();
        assertThat(registry.catalog().size()).isEqualTo(1);
    }

    @Test
    void keyPointsMustBeCoveredByTheModelAnswerAndNotByThePrompt() throws IOException {
        Path file = write("points.yaml", """
                topic: points
                title: Points
                family: orm
                questions:
                  - id: q-points
                    level: junior
                    kind: open
                    prompt: Why is a QuerySet called lazy?
                    answer: Building it runs no SQL; iterating it runs the query.
                    key_points:
                      - point: nothing runs while you build it
                        match: [no sql, "doesn't run"]
                      - point: it is lazy
                        match: [lazy, deferred]
                      - point: results are cached
                        match: [cache, cached]
                    source: https://docs.djangoproject.com/en/5.2/ref/models/querysets/
                """);

        DeckLoadResult result = loader.load(List.of(file));

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).extracting(DeckLoaderTest::relative).containsExactly(
                "points.yaml:13: questions[0] (q-points).key_points[1] (it is lazy): the model answer covers none of "
                        + "its phrases [lazy, deferred], so a perfect answer would be marked ✗; add a phrase the "
                        + "answer uses, or say it in the answer",
                "points.yaml:13: questions[0] (q-points).key_points[1] (it is lazy): the prompt itself contains "
                        + "'lazy', so echoing the question would earn this point; use phrases only a knowing answer "
                        + "adds",
                "points.yaml:15: questions[0] (q-points).key_points[2] (results are cached): the model answer covers "
                        + "none of its phrases [cache, cached], so a perfect answer would be marked ✗; add a phrase "
                        + "the answer uses, or say it in the answer");
        assertThat(result.catalog().size()).isZero();
    }

    @Test
    void matchPhrasesThatNormaliseToAlmostNothingAreErrors() throws IOException {
        Path file = write("symbols.yaml", """
                topic: symbols
                title: Symbols
                family: orm
                questions:
                  - id: q-symbols
                    level: middle
                    kind: open
                    prompt: How do you combine two Q objects?
                    answer: Use the pipe | for OR and the ampersand & for AND.
                    key_points:
                      - point: OR with a pipe
                        match: ["|", pipe, "or operator"]
                      - point: AND with an ampersand
                        match: ["&", and, "__"]
                    source: https://docs.djangoproject.com/en/5.2/topics/db/queries/
                """);

        DeckLoadResult result = loader.load(List.of(file));

        assertThat(result.problems()).extracting(DeckLoaderTest::relative).containsExactly(
                "symbols.yaml:12: questions[0] (q-symbols).key_points[0].match: '|' normalises to '|', which would "
                        + "match almost any answer; use a word or a code name of at least two letters",
                "symbols.yaml:14: questions[0] (q-symbols).key_points[1].match: '&' normalises to '&', which would "
                        + "match almost any answer; use a word or a code name of at least two letters",
                "symbols.yaml:14: questions[0] (q-symbols).key_points[1].match: '__' normalises to nothing, which "
                        + "would match almost any answer; use a word or a code name of at least two letters");
        assertThat(result.catalog().size()).isZero();
    }

    @Test
    void wrongClaimsAreLoadedPerKeyPoint() throws IOException {
        Path file = write("wrong.yaml", """
                topic: wrong
                title: Wrong
                family: orm
                questions:
                  - id: q-wrong
                    level: junior
                    kind: open
                    prompt: When do you use select_related and when prefetch_related?
                    answer: select_related uses a SQL JOIN. prefetch_related runs a separate query.
                    key_points:
                      - point: select_related uses a SQL JOIN
                        match: [join]
                        wrong: ["select_related runs one query per related object", "select_related caches in Redis"]
                      - point: prefetch_related runs a separate query
                        match: [separate query]
                    source: https://docs.djangoproject.com/en/5.2/ref/models/querysets/
                """);

        DeckLoadResult result = loader.load(List.of(file));

        assertThat(result.problems()).isEmpty();
        OpenQuestion open = (OpenQuestion) result.catalog().question("q-wrong").orElseThrow();
        assertThat(open.keyPoints()).extracting(KeyPoint::wrong).containsExactly(
                List.of("select_related runs one query per related object", "select_related caches in Redis"),
                List.of());
    }

    @Test
    void wrongClaimsMustBeShortDistinctAndNotSaidByTheAnswerOrAMatchPhrase() throws IOException {
        Path file = write("bad-wrong.yaml", """
                topic: bad-wrong
                title: Bad wrong
                family: orm
                questions:
                  - id: q-bad-wrong
                    level: junior
                    kind: open
                    prompt: When do you use select_related and when prefetch_related?
                    answer: select_related uses a SQL JOIN. prefetch_related runs a separate query.
                    key_points:
                      - point: select_related uses a SQL JOIN
                        match: [join, "uses a cache"]
                        wrong: ["prefetch_related runs a separate query.", "Uses a cache", "no join", "a b c d", "A B C D"]
                      - point: prefetch_related runs a separate query
                        match: [separate query]
                        wrong: []
                    source: https://docs.djangoproject.com/en/5.2/ref/models/querysets/
                """);

        DeckLoadResult result = loader.load(List.of(file));

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).extracting(DeckLoaderTest::relative).containsExactlyInAnyOrder(
                "bad-wrong.yaml:13: questions[0] (q-bad-wrong).key_points[0].wrong: needs 1 to 4 claims (leave the "
                        + "field out when there are none)",
                "bad-wrong.yaml:13: questions[0] (q-bad-wrong).key_points[0].wrong: 'no join' is too short; write the "
                        + "whole wrong claim (at least three words)",
                "bad-wrong.yaml:13: questions[0] (q-bad-wrong).key_points[0].wrong: 'a b c d' is listed twice",
                "bad-wrong.yaml:13: questions[0] (q-bad-wrong).key_points[0].wrong: 'A B C D' is listed twice",
                "bad-wrong.yaml:16: questions[0] (q-bad-wrong).key_points[1].wrong: needs 1 to 4 claims (leave the "
                        + "field out when there are none)",
                "bad-wrong.yaml:11: questions[0] (q-bad-wrong).key_points[0] (select_related uses a SQL JOIN).wrong: "
                        + "'prefetch_related runs a separate query.' is said by the model answer; a wrong claim must be "
                        + "something the model answer does not say",
                "bad-wrong.yaml:11: questions[0] (q-bad-wrong).key_points[0] (select_related uses a SQL JOIN).wrong: "
                        + "'Uses a cache' is also a match phrase; a wrong claim must differ from them");
        assertThat(result.catalog().size()).isZero();
    }

    @Test
    void correctOptionLongestTooOftenIsAWarningNamingTheQuestions() throws IOException {
        StringBuilder deck = new StringBuilder("topic: lengths\ntitle: Lengths\nfamily: orm\nquestions:\n");
        for (int i = 0; i < 4; i++) {
            deck.append("""
                      - id: q-len-%d
                        level: junior
                        kind: choice
                        prompt: Which one?
                        options:
                          - text: %s
                            correct: true
                          - text: short
                          - text: brief
                        explanation: Because.
                        source: https://docs.djangoproject.com/en/5.2/
                    """.formatted(i, i < 3 ? "the long and detailed right answer" : "tiny"));
        }
        Path file = write("lengths.yaml", deck.toString());

        DeckLoadResult result = loader.load(List.of(file));

        assertThat(result.ok()).isTrue();
        assertThat(result.catalog().size()).isEqualTo(4);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.toString()).endsWith("lengths.yaml:5: warning: questions: the correct option is the "
                    + "longest in 3 of 4 choice questions (a guessable tell; keep it at most half): q-len-0, q-len-1, "
                    + "q-len-2");
        });
    }

    private static String relative(DeckProblem problem) {
        return Path.of(problem.file()).getFileName() + ":" + problem.line() + ": " + problem.message();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
