package com.jobfuture.coach.core.skillcheck;

import java.util.Arrays;

/**
 * The posterior of θ on an {@link AbilityGrid} after some answers: weights that sum to 1. Its mean is the EAP
 * estimate and its standard deviation the reported uncertainty. Immutable; {@link #update} returns a new one.
 */
public final class Posterior {
    private final AbilityGrid grid;
    private final double[] nodes;
    private final double[] weights;

    Posterior(AbilityGrid grid, double[] weights) {
        this(grid, grid.nodes(), weights);
    }

    private Posterior(AbilityGrid grid, double[] nodes, double[] weights) {
        if (weights.length != grid.points()) {
            throw new IllegalArgumentException("one weight per grid point expected");
        }
        this.grid = grid;
        this.nodes = nodes;
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        if (!(sum > 0) || !Double.isFinite(sum)) {
            throw new IllegalArgumentException("weights must have a positive, finite sum");
        }
        this.weights = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            this.weights[i] = weights[i] / sum;
        }
    }

    /** The posterior after one more answer to an item with these parameters. */
    public Posterior update(ItemParameters item, boolean correct) {
        double[] next = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            double p = item.probability(nodes[i]);
            next[i] = weights[i] * (correct ? p : 1 - p);
        }
        return new Posterior(grid, nodes, next);
    }

    /** The EAP estimate: the posterior mean of θ. */
    public double mean() {
        double mean = 0;
        for (int i = 0; i < weights.length; i++) {
            mean += weights[i] * nodes[i];
        }
        return mean;
    }

    /** The posterior standard deviation of θ. */
    public double sd() {
        double mean = mean();
        double variance = 0;
        for (int i = 0; i < weights.length; i++) {
            variance += weights[i] * (nodes[i] - mean) * (nodes[i] - mean);
        }
        return Math.sqrt(variance);
    }

    /**
     * Probability that θ lies below {@code x}. Each node stands for the cell of width {@link AbilityGrid#step()}
     * around it, so a cut between nodes takes the matching share of the straddling cell.
     */
    public double massBelow(double x) {
        double half = grid.step() / 2;
        double mass = 0;
        for (int i = 0; i < weights.length; i++) {
            double low = nodes[i] - half;
            double high = nodes[i] + half;
            if (high <= x) {
                mass += weights[i];
            } else if (low < x) {
                mass += weights[i] * (x - low) / (high - low);
            }
        }
        return Math.min(1, Math.max(0, mass));
    }

    /** Probability that θ lies at or above {@code x}. */
    public double massAbove(double x) {
        return 1 - massBelow(x);
    }

    /** The grid this posterior is on. */
    public AbilityGrid grid() {
        return grid;
    }

    /** A copy of the weights, node by node. */
    public double[] weights() {
        return Arrays.copyOf(weights, weights.length);
    }
}
