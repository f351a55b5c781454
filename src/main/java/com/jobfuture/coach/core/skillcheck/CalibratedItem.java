package com.jobfuture.coach.core.skillcheck;

/**
 * Calibrated parameters of one item: discrimination {@code a}, difficulty {@code b}, how many responses they rest
 * on, and whether {@code a} was estimated or kept at 1 because the sample was small.
 */
public record CalibratedItem(double discrimination, double difficulty, int responses, boolean discriminationEstimated) {
    public CalibratedItem {
        if (!(discrimination > 0) || !Double.isFinite(discrimination) || !Double.isFinite(difficulty)) {
            throw new IllegalArgumentException("bad item parameters a=" + discrimination + " b=" + difficulty);
        }
        if (responses < 0) {
            throw new IllegalArgumentException("responses must not be negative: " + responses);
        }
    }
}
