package com.jobfuture.coach.core.review;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Parameters: the 21 FSRS-6 weights, desired retention, learning and relearning steps, maximum interval, fuzz on/off.
 * Weights are checked against the same bounds as py-fsrs.
 */
public record FsrsParameters(List<Double> weights, double desiredRetention, List<Duration> learningSteps,
        List<Duration> relearningSteps, int maximumIntervalDays, boolean fuzz) {

    /** Number of FSRS-6 weights (w0..w20). */
    public static final int WEIGHT_COUNT = 21;

    /** FSRS-6 default weights (py-fsrs DEFAULT_PARAMETERS, fsrs-rs FSRS6_DEFAULT_PARAMETERS); w20 is the decay. */
    public static final List<Double> DEFAULT_WEIGHTS = List.of(
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

    // Inclusive bounds of each weight, as validated by py-fsrs (LOWER_BOUNDS_PARAMETERS / UPPER_BOUNDS_PARAMETERS).
    private static final double[] LOWER = {
        0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
        0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1};
    private static final double[] UPPER = {
        100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5,
        5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8};

    public FsrsParameters {
        weights = List.copyOf(Objects.requireNonNull(weights, "weights"));
        learningSteps = List.copyOf(Objects.requireNonNull(learningSteps, "learningSteps"));
        relearningSteps = List.copyOf(Objects.requireNonNull(relearningSteps, "relearningSteps"));
        if (weights.size() != WEIGHT_COUNT) {
            throw new IllegalArgumentException(
                    "expected " + WEIGHT_COUNT + " FSRS-6 weights, got " + weights.size());
        }
        StringBuilder outOfBounds = new StringBuilder();
        for (int i = 0; i < WEIGHT_COUNT; i++) {
            double w = weights.get(i);
            if (!(w >= LOWER[i] && w <= UPPER[i])) {
                outOfBounds.append(String.format(" w%d=%s not in [%s, %s];", i, w, LOWER[i], UPPER[i]));
            }
        }
        if (outOfBounds.length() > 0) {
            throw new IllegalArgumentException("weights out of bounds:" + outOfBounds);
        }
        if (!(desiredRetention > 0 && desiredRetention <= 1)) {
            throw new IllegalArgumentException("desiredRetention must be in (0, 1], got " + desiredRetention);
        }
        requirePositive(learningSteps, "learningSteps");
        requirePositive(relearningSteps, "relearningSteps");
        if (maximumIntervalDays < 1) {
            throw new IllegalArgumentException("maximumIntervalDays must be >= 1, got " + maximumIntervalDays);
        }
    }

    /** Current FSRS-6 defaults: default weights, retention 0.9, learning steps [1m, 10m], relearning [10m], max 36500 days, fuzz on. */
    public static FsrsParameters defaults() {
        return new FsrsParameters(DEFAULT_WEIGHTS, 0.9, List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
                List.of(Duration.ofMinutes(10)), 36500, true);
    }

    /** A copy with other weights. */
    public FsrsParameters withWeights(List<Double> newWeights) {
        return new FsrsParameters(newWeights, desiredRetention, learningSteps, relearningSteps, maximumIntervalDays,
                fuzz);
    }

    /** A copy with another desired retention. */
    public FsrsParameters withDesiredRetention(double retention) {
        return new FsrsParameters(weights, retention, learningSteps, relearningSteps, maximumIntervalDays, fuzz);
    }

    /** A copy with other learning steps (empty: new cards go straight to REVIEW). */
    public FsrsParameters withLearningSteps(List<Duration> steps) {
        return new FsrsParameters(weights, desiredRetention, steps, relearningSteps, maximumIntervalDays, fuzz);
    }

    /** A copy with other relearning steps (empty: lapsed cards stay in REVIEW). */
    public FsrsParameters withRelearningSteps(List<Duration> steps) {
        return new FsrsParameters(weights, desiredRetention, learningSteps, steps, maximumIntervalDays, fuzz);
    }

    /** A copy with another maximum interval. */
    public FsrsParameters withMaximumIntervalDays(int days) {
        return new FsrsParameters(weights, desiredRetention, learningSteps, relearningSteps, days, fuzz);
    }

    /** A copy with fuzz switched on or off. */
    public FsrsParameters withFuzz(boolean enabled) {
        return new FsrsParameters(weights, desiredRetention, learningSteps, relearningSteps, maximumIntervalDays,
                enabled);
    }

    private static void requirePositive(List<Duration> steps, String name) {
        for (Duration step : steps) {
            if (step.isZero() || step.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive durations, got " + step);
            }
        }
    }
}
