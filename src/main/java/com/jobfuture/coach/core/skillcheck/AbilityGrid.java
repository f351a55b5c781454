package com.jobfuture.coach.core.skillcheck;

/**
 * The θ values the posterior is computed on: {@code points} evenly spaced nodes from {@code min} to {@code max},
 * weighted by a normal prior (standard normal unless a calibration says otherwise). The default, 61 points on
 * [-4, 4], is the usual EAP quadrature.
 */
public record AbilityGrid(double min, double max, int points) {
    public AbilityGrid {
        if (points < 2 || !(max > min)) {
            throw new IllegalArgumentException("need at least 2 points and max > min");
        }
    }

    /** 61 points on [-4, 4] (step 2/15). */
    public static AbilityGrid standard() {
        return new AbilityGrid(-4, 4, 61);
    }

    /** Distance between neighbouring nodes. */
    public double step() {
        return (max - min) / (points - 1);
    }

    /** The nodes, lowest first. */
    public double[] nodes() {
        double[] nodes = new double[points];
        for (int i = 0; i < points; i++) {
            nodes[i] = min + i * step();
        }
        return nodes;
    }

    /** The N(0, 1) prior at the nodes, normalised to sum to 1. */
    public double[] priorWeights() {
        return priorWeights(PopulationPrior.standard());
    }

    /** A normal prior at the nodes, normalised to sum to 1. */
    public double[] priorWeights(PopulationPrior prior) {
        double[] nodes = nodes();
        double[] weights = new double[points];
        double sum = 0;
        for (int i = 0; i < points; i++) {
            double z = (nodes[i] - prior.mean()) / prior.sd();
            weights[i] = Math.exp(-z * z / 2);
            sum += weights[i];
        }
        for (int i = 0; i < points; i++) {
            weights[i] /= sum;
        }
        return weights;
    }

    /** The standard-normal prior as a posterior before any answer. */
    public Posterior prior() {
        return prior(PopulationPrior.standard());
    }

    /** A normal prior as a posterior before any answer. */
    public Posterior prior(PopulationPrior prior) {
        return new Posterior(this, priorWeights(prior));
    }
}
