package com.jobfuture.coach.core.skillcheck;

/**
 * The M-step of calibration for one item: maximises the expected log-likelihood of the item's responses at the
 * grid nodes ({@code n[q]} expected answers and {@code r[q]} expected right answers at node q) over (log a, b) by
 * Fisher scoring with step halving. Weak priors (log a ~ N(0, 0.5²), b ~ N(default, 2²)) keep items that everyone
 * got right or wrong finite. The floor c stays fixed.
 */
final class ItemFit {
    static final double LOG_A_PRIOR_SD = 0.5;
    static final double B_PRIOR_SD = 2.0;
    static final double MIN_A = 0.1;
    static final double MAX_A = 5.0;
    static final double MAX_ABS_B = 6.0;
    private static final int STEPS = 25;

    private ItemFit() {
    }

    /** The new (a, b) for an item, starting from {@code start}; a stays as it is when not estimated. */
    static ItemParameters fit(ItemParameters start, double[] nodes, double[] n, double[] r, boolean estimateA,
                              double bPriorMean) {
        double logA = Math.log(start.discrimination());
        double b = start.difficulty();
        double c = start.guessing();
        double current = objective(logA, b, c, nodes, n, r, estimateA, bPriorMean);
        for (int step = 0; step < STEPS; step++) {
            double a = Math.exp(logA);
            double gA = estimateA ? -logA / (LOG_A_PRIOR_SD * LOG_A_PRIOR_SD) : 0;
            double gB = -(b - bPriorMean) / (B_PRIOR_SD * B_PRIOR_SD);
            double jAA = estimateA ? 1 / (LOG_A_PRIOR_SD * LOG_A_PRIOR_SD) : 0;
            double jAB = 0;
            double jBB = 1 / (B_PRIOR_SD * B_PRIOR_SD);
            for (int q = 0; q < nodes.length; q++) {
                if (n[q] <= 0) {
                    continue;
                }
                double s = ItemParameters.logistic(a * (nodes[q] - b));
                double p = clamp(c + (1 - c) * s);
                double slope = (1 - c) * s * (1 - s); // dP/dz
                double score = (r[q] - n[q] * p) * slope / (p * (1 - p)); // d loglik / dz
                double weight = n[q] * slope * slope / (p * (1 - p)); // expected -d² loglik / dz²
                double dzdLogA = a * (nodes[q] - b);
                double dzdB = -a;
                gA += estimateA ? score * dzdLogA : 0;
                gB += score * dzdB;
                jAA += estimateA ? weight * dzdLogA * dzdLogA : 0;
                jAB += estimateA ? weight * dzdLogA * dzdB : 0;
                jBB += weight * dzdB * dzdB;
            }
            double dLogA;
            double dB;
            if (estimateA) {
                double det = jAA * jBB - jAB * jAB;
                if (!(det > 1e-12)) {
                    break;
                }
                dLogA = (jBB * gA - jAB * gB) / det;
                dB = (jAA * gB - jAB * gA) / det;
            } else {
                dLogA = 0;
                dB = gB / jBB;
            }
            double largest = Math.max(Math.abs(dLogA), Math.abs(dB));
            if (largest > 1) { // keep a single step modest
                dLogA /= largest;
                dB /= largest;
            }
            double factor = 1;
            boolean improved = false;
            for (int halving = 0; halving < 20; halving++) {
                double nextLogA = clampLogA(logA + factor * dLogA);
                double nextB = Math.max(-MAX_ABS_B, Math.min(MAX_ABS_B, b + factor * dB));
                double value = objective(nextLogA, nextB, c, nodes, n, r, estimateA, bPriorMean);
                if (value >= current - 1e-12) {
                    logA = nextLogA;
                    b = nextB;
                    current = value;
                    improved = true;
                    break;
                }
                factor /= 2;
            }
            if (!improved || largest * factor < 1e-8) {
                break;
            }
        }
        return new ItemParameters(Math.exp(logA), b, c);
    }

    private static double objective(double logA, double b, double c, double[] nodes, double[] n, double[] r,
                                    boolean estimateA, double bPriorMean) {
        double a = Math.exp(logA);
        double value = -(b - bPriorMean) * (b - bPriorMean) / (2 * B_PRIOR_SD * B_PRIOR_SD);
        if (estimateA) {
            value -= logA * logA / (2 * LOG_A_PRIOR_SD * LOG_A_PRIOR_SD);
        }
        for (int q = 0; q < nodes.length; q++) {
            if (n[q] <= 0) {
                continue;
            }
            double p = clamp(c + (1 - c) * ItemParameters.logistic(a * (nodes[q] - b)));
            value += r[q] * Math.log(p) + (n[q] - r[q]) * Math.log(1 - p);
        }
        return value;
    }

    private static double clampLogA(double logA) {
        return Math.max(Math.log(MIN_A), Math.min(Math.log(MAX_A), logA));
    }

    private static double clamp(double p) {
        return Math.max(1e-9, Math.min(1 - 1e-9, p));
    }
}
