package com.jobfuture.coach.core.skillcheck;

/**
 * The response model of one item: 2PL with a fixed guessing floor,
 * {@code P(correct | θ) = c + (1 - c) / (1 + exp(-a (θ - b)))}. {@code a} is the discrimination (> 0), {@code b}
 * the difficulty on the θ scale, {@code c} the floor a candidate reaches by guessing among shuffled options
 * ({@code 1 / options}; 0 for items that cannot be guessed). The floor is fixed, never estimated, and the same
 * formula serves selection, estimation, calibration and simulation.
 */
public record ItemParameters(double discrimination, double difficulty, double guessing) {
    public ItemParameters {
        if (!(discrimination > 0) || Double.isInfinite(discrimination)) {
            throw new IllegalArgumentException("discrimination must be positive: " + discrimination);
        }
        if (!Double.isFinite(difficulty)) {
            throw new IllegalArgumentException("difficulty must be finite: " + difficulty);
        }
        if (!(guessing >= 0 && guessing < 1)) {
            throw new IllegalArgumentException("guessing floor must be in [0, 1): " + guessing);
        }
    }

    /** The floor of an item with {@code options} shuffled options (1 / options), or 0 for fewer than two. */
    public static double floorFor(int options) {
        return options >= 2 ? 1.0 / options : 0.0;
    }

    /** Probability of a correct answer at ability {@code theta}. */
    public double probability(double theta) {
        return guessing + (1 - guessing) * logistic(discrimination * (theta - difficulty));
    }

    /** Fisher information at {@code theta}: {@code P'(θ)² / (P (1 - P))}; without floor {@code a² P (1 - P)}. */
    public double information(double theta) {
        double s = logistic(discrimination * (theta - difficulty));
        double p = guessing + (1 - guessing) * s;
        double slope = (1 - guessing) * discrimination * s * (1 - s);
        return slope * slope / (p * (1 - p));
    }

    /**
     * How much this answer pushes the estimate at {@code theta}: the derivative of its log-likelihood in θ. A miss
     * gives {@code -a σ(a(θ - b))} (easy items missed pull hardest), a right answer a positive amount that shrinks
     * with the floor (a lucky guess is weak evidence).
     */
    public double pull(double theta, boolean correct) {
        double s = logistic(discrimination * (theta - difficulty));
        if (!correct) {
            return -discrimination * s;
        }
        double p = guessing + (1 - guessing) * s;
        return (1 - guessing) * discrimination * s * (1 - s) / p;
    }

    static double logistic(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }
}
