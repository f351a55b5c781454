package com.jobfuture.coach.core.skillcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.deck.ChoiceQuestion;
import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.DeckLoadResult;
import com.jobfuture.coach.core.deck.DeckLoader;
import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Level;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Candidates who know nothing and guess take the real check on the shipped, uncalibrated bank of every family:
 * a random option, always the first option shown, always the longest option. A level that guessing can reach
 * would mislead a recruiter, so guessers must come out junior and never senior. Figures are printed per strategy.
 */
class GuessingCandidatesTest {
    static DeckCatalog catalog;

    @BeforeAll
    static void loadShippedDecks() {
        DeckLoadResult result = new DeckLoader().load(List.of(Path.of("questions")));
        assertThat(result.problems()).isEmpty();
        catalog = result.catalog();
    }

    /** Picks the deck index of the option to press, given the question and the order it is shown in. */
    interface Guesser extends BiFunction<ChoiceQuestion, List<Integer>, Integer> {
    }

    @Test
    void randomGuessersArePlacedJuniorAndNeverSenior() {
        SplittableRandom random = new SplittableRandom(7);
        assertGuessersPlacedJunior("a random option", (question, shown) -> shown.get(random.nextInt(shown.size())));
    }

    @Test
    void alwaysTheFirstOptionIsPlacedJuniorAndNeverSenior() {
        assertGuessersPlacedJunior("always the first option", (question, shown) -> shown.get(0));
    }

    @Test
    void alwaysTheLongestOptionIsPlacedJuniorAndNeverSenior() {
        assertGuessersPlacedJunior("always the longest option", (question, shown) -> shown.stream()
                .max(Comparator.comparingInt(i -> question.options().get(i).text().length())).orElseThrow());
    }

    private static void assertGuessersPlacedJunior(String strategy, Guesser guesser) {
        int checksPerFamily = 100;
        Map<Level, Integer> placed = new EnumMap<>(Level.class);
        int checks = 0;
        int answered = 0;
        int right = 0;
        SplittableRandom sessions = new SplittableRandom(strategy.hashCode());
        for (Family family : Family.values()) {
            ItemBank bank = ItemBank.of(catalog, family, Calibration.none());
            if (bank.items().isEmpty()) {
                continue;
            }
            for (int c = 0; c < checksPerFamily; c++) {
                SkillCheckSession session = SkillCheckSession.start(bank, SkillCheckSettings.standard(), Set.of(),
                        sessions.split(), CandidateSimulator.CLOCK);
                while (!session.finished()) {
                    ChoiceQuestion question = session.currentQuestion().orElseThrow();
                    right += session.answerOption(guesser.apply(question, session.currentOptionOrder())) ? 1 : 0;
                    answered++;
                }
                placed.merge(session.result().orElseThrow().level(), 1, Integer::sum);
                checks++;
            }
        }
        int juniors = placed.getOrDefault(Level.JUNIOR, 0);
        System.out.printf("GUESSING %s: %d checks over every family, %.1f%% of %d answers right; placed %s%n",
                strategy, checks, 100.0 * right / answered, answered, placed);
        assertThat(checks).isGreaterThanOrEqualTo(400);
        assertThat(placed.getOrDefault(Level.SENIOR, 0)).isZero();
        assertThat((double) juniors / checks).isGreaterThanOrEqualTo(0.95);
    }
}
