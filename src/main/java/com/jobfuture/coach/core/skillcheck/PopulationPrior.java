package com.jobfuture.coach.core.skillcheck;

/**
 * The normal prior of θ in an area: N(0, 1) until a calibration says where the users who answered actually lie on
 * the θ scale anchored to the deck levels.
 */
public record PopulationPrior(double mean, double sd) {
    public PopulationPrior {
        if (!Double.isFinite(mean) || !(sd > 0) || !Double.isFinite(sd)) {
            throw new IllegalArgumentException("prior needs a finite mean and a positive sd");
        }
    }

    /** N(0, 1). */
    public static PopulationPrior standard() {
        return new PopulationPrior(0, 1);
    }
}
