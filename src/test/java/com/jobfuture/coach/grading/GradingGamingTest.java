package com.jobfuture.coach.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.DeckLoadResult;
import com.jobfuture.coach.core.deck.DeckLoader;
import com.jobfuture.coach.core.deck.OpenQuestion;
import com.jobfuture.coach.core.grading.Grade;
import com.jobfuture.coach.core.grading.SemanticGrader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Simulated candidates who try to game the shipped semantic grader (the model, the calibrated thresholds, the
 * wrong claims and the choice-option bank) on every shipped open question: they echo the prompt, hedge, paste
 * another question's model answer. Each strategy prints how often it earned half the points or more; the test fails
 * where that share is above its bound. (The key points' own words typed in a random order do earn half the points
 * on most questions — see docs/grading.md, "Limits": that needs the rubric the reveal shows, so it is not asserted.)
 */
class GradingGamingTest {
    static SemanticGrader grader;
    static List<OpenQuestion> questions;

    @BeforeAll
    static void load() {
        DeckLoadResult result = new DeckLoader().load(List.of(Path.of("questions")));
        assertThat(result.problems()).isEmpty();
        DeckCatalog catalog = result.catalog();
        questions = catalog.questions().stream().filter(OpenQuestion.class::isInstance)
                .map(OpenQuestion.class::cast).toList();
        grader = GraderFactory.semantic(Duration.ofMinutes(2), () -> catalog);
    }

    @Test
    void echoingThePromptRarelyEarnsHalfThePoints() {
        assertThat(halfCreditShare("the prompt echoed", (question, random) -> question.prompt())).isLessThan(0.05);
    }

    @Test
    void hedgingEarnsNothing() {
        assertThat(halfCreditShare("a hedge", (question, random) ->
                "It really depends on the project and the use case; I would check the documentation first."))
                .isZero();
    }

    @Test
    void anotherQuestionsModelAnswerRarelyEarnsHalfThePoints() {
        assertThat(halfCreditShare("another question's model answer", (question, random) -> {
            OpenQuestion other;
            do {
                other = questions.get(random.nextInt(questions.size()));
            } while (other.topic().equals(question.topic()));
            return other.answer();
        })).isLessThan(0.05);
    }

    /** The share of shipped open questions where the strategy's answer earns half the key points or more. */
    private static double halfCreditShare(String strategy, BiFunction<OpenQuestion, Random, String> answer) {
        Random random = new Random(strategy.hashCode());
        int halfOrMore = 0;
        for (OpenQuestion question : questions) {
            Grade grade = grader.grade(question, answer.apply(question, random));
            long covered = grade.covered().stream().filter(Boolean::booleanValue).count();
            halfOrMore += 2 * covered >= question.keyPoints().size() ? 1 : 0;
        }
        double share = (double) halfOrMore / questions.size();
        System.out.printf("GAMING %s: half the points or more on %d of %d open questions (%.1f%%)%n", strategy,
                halfOrMore, questions.size(), 100 * share);
        return share;
    }
}
