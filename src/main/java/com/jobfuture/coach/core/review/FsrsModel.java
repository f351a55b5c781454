package com.jobfuture.coach.core.review;

import java.util.List;
import java.util.Objects;

/**
 * The pure FSRS-6 memory model (formulas of py-fsrs 6 / fsrs-rs): initial state, difficulty and stability updates,
 * power forgetting curve and raw interval. No steps, rounding, fuzz or clock: see {@link FsrsScheduler} for those.
 */
public final class FsrsModel {
    /** Lowest stability any formula may return, in days. */
    public static final double STABILITY_MIN = 0.001;
    /** Lowest difficulty. */
    public static final double MIN_DIFFICULTY = 1.0;
    /** Highest difficulty. */
    public static final double MAX_DIFFICULTY = 10.0;

    private final double[] w;
    private final double decay;
    private final double factor;

    /** A model with the given 21 weights (w0..w20, w20 being the decay); bounds are checked by {@link FsrsParameters}. */
    public FsrsModel(List<Double> weights) {
        Objects.requireNonNull(weights, "weights");
        if (weights.size() != FsrsParameters.WEIGHT_COUNT) {
            throw new IllegalArgumentException(
                    "expected " + FsrsParameters.WEIGHT_COUNT + " FSRS-6 weights, got " + weights.size());
        }
        this.w = new double[FsrsParameters.WEIGHT_COUNT];
        for (int i = 0; i < w.length; i++) {
            double value = Objects.requireNonNull(weights.get(i), "weight");
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("weight w" + i + " is not finite");
            }
            w[i] = value;
        }
        if (!(w[20] > 0)) {
            throw new IllegalArgumentException("w20 (decay) must be positive, got " + w[20]);
        }
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1.0 / decay) - 1.0;
    }

    /** The forgetting-curve exponent, {@code -w20}. */
    public double decay() {
        return decay;
    }

    /** The forgetting-curve factor {@code 0.9^(1/decay) - 1}, chosen so that R(S, S) = 0.9. */
    public double factor() {
        return factor;
    }

    /** Retrievability after {@code elapsedDays} for stability {@code stability}: {@code (1 + factor*t/S)^decay}. */
    public double forgettingCurve(double elapsedDays, double stability) {
        return Math.pow(1.0 + factor * elapsedDays / stability, decay);
    }

    /** Unrounded interval in days at which retrievability falls to {@code desiredRetention}. */
    public double intervalDays(double stability, double desiredRetention) {
        return stability / factor * (Math.pow(desiredRetention, 1.0 / decay) - 1.0);
    }

    /** Stability after the first review: {@code w[G-1]}. */
    public double initialStability(Rating rating) {
        return clampStability(w[rating.value() - 1]);
    }

    /** Difficulty after the first review, {@code w4 - e^(w5*(G-1)) + 1}, clamped to [1, 10]. */
    public double initialDifficulty(Rating rating) {
        return clampDifficulty(rawInitialDifficulty(rating));
    }

    /** Unclamped {@code w4 - e^(w5*(G-1)) + 1}; for EASY this is the mean-reversion target. */
    public double rawInitialDifficulty(Rating rating) {
        return w[4] - Math.exp(w[5] * (rating.value() - 1)) + 1.0;
    }

    /** Memory state after the first review. */
    public MemoryState initialState(Rating rating) {
        return new MemoryState(initialStability(rating), initialDifficulty(rating));
    }

    /** Difficulty after a review: linear damping toward 10, then mean reversion toward the unclamped D0(EASY), clamped. */
    public double nextDifficulty(double difficulty, Rating rating) {
        double delta = -w[6] * (rating.value() - 3);
        double damped = difficulty + (10.0 - difficulty) * delta / 9.0;
        double reverted = w[7] * rawInitialDifficulty(Rating.EASY) + (1.0 - w[7]) * damped;
        return clampDifficulty(reverted);
    }

    /** FSRS-6 same-day stability: {@code S * e^(w17*(G-3+w18)) * S^-w19}, the factor at least 1 for GOOD/EASY. */
    public double shortTermStability(double stability, Rating rating) {
        double increase = Math.exp(w[17] * (rating.value() - 3 + w[18])) * Math.pow(stability, -w[19]);
        if (rating == Rating.GOOD || rating == Rating.EASY) {
            increase = Math.max(increase, 1.0);
        }
        return clampStability(stability * increase);
    }

    /** Stability after a successful (HARD/GOOD/EASY) review at retrievability {@code r}, unclamped. */
    public double recallStability(double difficulty, double stability, double r, Rating rating) {
        if (rating == Rating.AGAIN) {
            throw new IllegalArgumentException("recall stability needs HARD, GOOD or EASY");
        }
        double hardPenalty = rating == Rating.HARD ? w[15] : 1.0;
        double easyBonus = rating == Rating.EASY ? w[16] : 1.0;
        return stability * (1.0 + Math.exp(w[8]) * (11.0 - difficulty) * Math.pow(stability, -w[9])
                * (Math.exp((1.0 - r) * w[10]) - 1.0) * hardPenalty * easyBonus);
    }

    /** Post-lapse stability at retrievability {@code r}, capped at {@code S / e^(w17*w18)}, unclamped. */
    public double forgetStability(double difficulty, double stability, double r) {
        double longTerm = w[11] * Math.pow(difficulty, -w[12]) * (Math.pow(stability + 1.0, w[13]) - 1.0)
                * Math.exp((1.0 - r) * w[14]);
        double shortTermCap = stability / Math.exp(w[17] * w[18]);
        return Math.min(longTerm, shortTermCap);
    }

    /** Stability after a review on a later day (long-term formulas), at least {@link #STABILITY_MIN}. */
    public double nextStability(double difficulty, double stability, double r, Rating rating) {
        double next = rating == Rating.AGAIN
                ? forgetStability(difficulty, stability, r)
                : recallStability(difficulty, stability, r, rating);
        return clampStability(next);
    }

    /**
     * Memory state after a review {@code elapsedDays} whole days after the previous one, as fsrs-rs
     * {@code next_states}: initial state when {@code current} is null, same-day formula when 0 days elapsed.
     */
    public MemoryState nextState(MemoryState current, long elapsedDays, Rating rating) {
        Objects.requireNonNull(rating, "rating");
        if (current == null) {
            return initialState(rating);
        }
        double s = current.stability();
        double d = current.difficulty();
        double nextS;
        if (elapsedDays < 1) {
            nextS = shortTermStability(s, rating);
        } else {
            nextS = nextStability(d, s, forgettingCurve(elapsedDays, s), rating);
        }
        return new MemoryState(nextS, nextDifficulty(d, rating));
    }

    private static double clampStability(double stability) {
        return Math.max(stability, STABILITY_MIN);
    }

    private static double clampDifficulty(double difficulty) {
        return Math.min(Math.max(difficulty, MIN_DIFFICULTY), MAX_DIFFICULTY);
    }
}
