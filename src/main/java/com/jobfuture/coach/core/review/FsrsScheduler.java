package com.jobfuture.coach.core.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * FSRS-6 scheduler with learning and relearning steps, behaving like py-fsrs 6 {@code Scheduler}. Pure: the review
 * time is passed in, and fuzz draws from the given generator (so it is as thread-safe as that generator).
 */
public final class FsrsScheduler {
    // py-fsrs FUZZ_RANGES: {start, end, factor}.
    private static final double[][] FUZZ_RANGES = {
        {2.5, 7.0, 0.15},
        {7.0, 20.0, 0.1},
        {20.0, Double.POSITIVE_INFINITY, 0.05},
    };

    private final FsrsParameters parameters;
    private final FsrsModel model;
    private final RandomGenerator fuzzRandom;

    /** A scheduler; {@code fuzzRandom} may be null only when fuzz is off. */
    public FsrsScheduler(FsrsParameters parameters, RandomGenerator fuzzRandom) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        if (parameters.fuzz()) {
            Objects.requireNonNull(fuzzRandom, "fuzzRandom is required when fuzz is on");
        }
        this.fuzzRandom = fuzzRandom;
        this.model = new FsrsModel(parameters.weights());
    }

    public FsrsParameters parameters() {
        return parameters;
    }

    /** The same scheduler aiming at another desired retention (itself when it is the same). */
    public FsrsScheduler withDesiredRetention(double retention) {
        return retention == parameters.desiredRetention() ? this
                : new FsrsScheduler(parameters.withDesiredRetention(retention), fuzzRandom);
    }

    /** The memory model built from the parameters' weights. */
    public FsrsModel model() {
        return model;
    }

    /**
     * Probability (0..1) that the card is recalled at {@code now}; 0 for NEW cards. Like py-fsrs, elapsed time is
     * counted in whole days since the last review.
     */
    public double retrievability(ReviewCard card, Instant now) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(now, "now");
        if (card.state() == CardState.NEW) {
            return 0.0;
        }
        long elapsedDays = Math.max(0, Duration.between(card.lastReview(), now).toDays());
        return model.forgettingCurve(elapsedDays, card.stability());
    }

    /** Interval in whole days for a stability: rounded like Python's round (half to even), at least 1, at most the maximum. */
    public int nextInterval(double stability) {
        double days = Math.rint(model.intervalDays(stability, parameters.desiredRetention()));
        return (int) Math.min(Math.max(days, 1.0), parameters.maximumIntervalDays());
    }

    /** Reviews {@code card} with {@code rating} at {@code now}: updates memory state, state and step, and picks the due time. */
    public ReviewOutcome review(ReviewCard card, Rating rating, Instant now) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(now, "now");

        MemoryState memory = nextMemory(card, rating, now);
        CardState state;
        int step;
        Duration interval;

        switch (card.state()) {
            case NEW, LEARNING, RELEARNING -> {
                boolean learning = card.state() != CardState.RELEARNING;
                List<Duration> steps = learning ? parameters.learningSteps() : parameters.relearningSteps();
                CardState stepState = learning ? CardState.LEARNING : CardState.RELEARNING;
                int current = card.step();
                // First clause: no steps, or the card was scheduled with more steps than we have now.
                if (steps.isEmpty() || (current >= steps.size() && rating != Rating.AGAIN)) {
                    state = CardState.REVIEW;
                    step = 0;
                    interval = days(memory.stability());
                } else {
                    switch (rating) {
                        case AGAIN -> {
                            state = stepState;
                            step = 0;
                            interval = steps.get(0);
                        }
                        case HARD -> {
                            state = stepState;
                            step = current;
                            if (current == 0 && steps.size() == 1) {
                                interval = steps.get(0).multipliedBy(3).dividedBy(2);
                            } else if (current == 0) {
                                interval = steps.get(0).plus(steps.get(1)).dividedBy(2);
                            } else {
                                interval = steps.get(current);
                            }
                        }
                        case GOOD -> {
                            if (current + 1 == steps.size()) {
                                state = CardState.REVIEW;
                                step = 0;
                                interval = days(memory.stability());
                            } else {
                                state = stepState;
                                step = current + 1;
                                interval = steps.get(step);
                            }
                        }
                        case EASY -> {
                            state = CardState.REVIEW;
                            step = 0;
                            interval = days(memory.stability());
                        }
                        default -> throw new AssertionError(rating);
                    }
                }
            }
            case REVIEW -> {
                if (rating == Rating.AGAIN && !parameters.relearningSteps().isEmpty()) {
                    state = CardState.RELEARNING;
                    step = 0;
                    interval = parameters.relearningSteps().get(0);
                } else {
                    state = CardState.REVIEW;
                    step = 0;
                    interval = days(memory.stability());
                }
            }
            default -> throw new AssertionError(card.state());
        }

        if (parameters.fuzz() && state == CardState.REVIEW) {
            interval = fuzz(interval);
        }
        ReviewCard next = new ReviewCard(state, step, memory.stability(), memory.difficulty(), now.plus(interval),
                now);
        return new ReviewOutcome(next, interval);
    }

    private MemoryState nextMemory(ReviewCard card, Rating rating, Instant now) {
        if (card.state() == CardState.NEW) {
            return model.initialState(rating);
        }
        double s = card.stability();
        double d = card.difficulty();
        long daysSinceLastReview = Duration.between(card.lastReview(), now).toDays();
        double nextS = daysSinceLastReview < 1
                ? model.shortTermStability(s, rating)
                : model.nextStability(d, s, retrievability(card, now), rating);
        return new MemoryState(nextS, model.nextDifficulty(d, rating));
    }

    private Duration days(double stability) {
        return Duration.ofDays(nextInterval(stability));
    }

    /** py-fsrs {@code _get_fuzzed_interval}: a uniform whole number of days in a range that widens with the interval. */
    private Duration fuzz(Duration interval) {
        long intervalDays = interval.toDays();
        if (intervalDays < 2.5) {
            return interval;
        }
        double delta = 1.0;
        for (double[] range : FUZZ_RANGES) {
            delta += range[2] * Math.max(Math.min(intervalDays, range[1]) - range[0], 0.0);
        }
        long maximum = parameters.maximumIntervalDays();
        long minIvl = (long) Math.rint(intervalDays - delta);
        long maxIvl = (long) Math.rint(intervalDays + delta);
        minIvl = Math.max(2, minIvl);
        maxIvl = Math.min(maxIvl, maximum);
        minIvl = Math.min(minIvl, maxIvl);
        double fuzzed = fuzzRandom.nextDouble() * (maxIvl - minIvl + 1) + minIvl;
        return Duration.ofDays((long) Math.min(Math.rint(fuzzed), maximum));
    }
}
