package com.jobfuture.coach.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Own checks of the scheduler's contract (the reference vectors are in FsrsPyFsrsVectorsTest and FsrsRsVectorsTest). */
class FsrsSchedulerTest {
    private static final Instant T0 = Instant.parse("2022-11-29T12:30:00Z");
    private static final List<Rating> MIXED = List.of(Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.EASY, Rating.HARD,
            Rating.GOOD, Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.GOOD, Rating.EASY, Rating.GOOD);

    private static List<ReviewOutcome> run(FsrsScheduler scheduler) {
        List<ReviewOutcome> outcomes = new ArrayList<>();
        ReviewCard card = ReviewCard.newCard(T0);
        for (Rating rating : MIXED) {
            Instant now = card.due();
            ReviewOutcome outcome = scheduler.review(card, rating, now);
            assertThat(outcome.card().lastReview()).isEqualTo(now);
            assertThat(outcome.card().due()).isEqualTo(now.plus(outcome.interval()));
            outcomes.add(outcome);
            card = outcome.card();
        }
        return outcomes;
    }

    @Test
    void fuzzIsDeterministicForASeedAndStaysInThePyFsrsRange() {
        List<ReviewOutcome> a = run(new FsrsScheduler(FsrsParameters.defaults(), new SplittableRandom(42)));
        List<ReviewOutcome> b = run(new FsrsScheduler(FsrsParameters.defaults(), new SplittableRandom(42)));
        assertThat(a).isEqualTo(b);

        FsrsScheduler plain = new FsrsScheduler(FsrsParameters.defaults().withFuzz(false), null);
        for (ReviewOutcome outcome : a) {
            ReviewCard card = outcome.card();
            if (card.state() == CardState.REVIEW) {
                long unfuzzed = plain.nextInterval(card.stability());
                long fuzzed = outcome.interval().toDays();
                assertThat(outcome.interval()).isEqualTo(Duration.ofDays(fuzzed));
                // delta <= 1 + 0.15 * unfuzzed for every py-fsrs fuzz range
                assertThat((double) Math.abs(fuzzed - unfuzzed)).isLessThanOrEqualTo(1.5 + 0.15 * unfuzzed);
            }
        }
    }

    @Test
    void retrievabilityAtTheDueDateIsAboutTheDesiredRetention() {
        FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.defaults().withFuzz(false), null);
        ReviewCard card = ReviewCard.newCard(T0);
        for (int i = 0; i < 5; i++) {
            card = scheduler.review(card, Rating.GOOD, card.due()).card();
        }
        assertThat(card.state()).isEqualTo(CardState.REVIEW);
        assertThat(scheduler.retrievability(card, card.lastReview())).isEqualTo(1.0);
        assertThat(scheduler.retrievability(card, card.due())).isCloseTo(0.9, within(0.005));
        assertThat(scheduler.retrievability(card, card.lastReview().minusSeconds(5))).isEqualTo(1.0);
    }

    @Test
    void ratingValues() {
        assertThat(Rating.AGAIN.value()).isEqualTo(1);
        assertThat(Rating.EASY.value()).isEqualTo(4);
        for (Rating rating : Rating.values()) {
            assertThat(Rating.fromValue(rating.value())).isEqualTo(rating);
        }
        assertThatThrownBy(() -> Rating.fromValue(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cardInvariants() {
        ReviewCard fresh = ReviewCard.newCard(T0);
        assertThat(fresh).isEqualTo(new ReviewCard(CardState.NEW, 0, 0, 0, T0, null));
        assertThat(fresh.memoryState()).isNull();
        assertThatThrownBy(() -> new ReviewCard(CardState.NEW, 0, 0, 0, T0, T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReviewCard(CardState.REVIEW, 0, 3, 5, T0, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ReviewCard(CardState.LEARNING, 0, 3, 0, T0, T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReviewCard(CardState.REVIEW, 1, 3, 5, T0, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parametersAreImmutableAndFuzzNeedsAGenerator() {
        FsrsParameters defaults = FsrsParameters.defaults();
        assertThat(defaults.weights()).hasSize(21).startsWith(0.212, 1.2931, 2.3065, 8.2956);
        assertThat(defaults.learningSteps()).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(10));
        assertThat(defaults.relearningSteps()).containsExactly(Duration.ofMinutes(10));
        assertThat(defaults.maximumIntervalDays()).isEqualTo(36500);
        assertThat(defaults.fuzz()).isTrue();
        assertThatThrownBy(() -> defaults.weights().set(0, 1.0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new FsrsScheduler(defaults, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> defaults.withLearningSteps(List.of(Duration.ZERO)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withDesiredRetention(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
