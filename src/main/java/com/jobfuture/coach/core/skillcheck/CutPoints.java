package com.jobfuture.coach.core.skillcheck;

import com.jobfuture.coach.core.deck.Level;

/**
 * Where the levels meet on the θ scale. The defaults, -0.5 and +0.5, lie half way between the difficulties the
 * deck levels stand for (-1, 0, +1): a candidate's level is the one whose questions match their ability best.
 */
public record CutPoints(double juniorMiddle, double middleSenior) {
    public CutPoints {
        if (!(juniorMiddle < middleSenior)) {
            throw new IllegalArgumentException("junior/middle cut must lie below middle/senior cut");
        }
    }

    /** -0.5 and +0.5. */
    public static CutPoints standard() {
        return new CutPoints(-0.5, 0.5);
    }

    /** The level a known ability belongs to (a θ exactly on a cut counts as the higher level). */
    public Level levelOf(double theta) {
        if (theta < juniorMiddle) {
            return Level.JUNIOR;
        }
        return theta < middleSenior ? Level.MIDDLE : Level.SENIOR;
    }

    /** The posterior probability of each level. */
    public LevelProbabilities probabilities(Posterior posterior) {
        double junior = posterior.massBelow(juniorMiddle);
        double belowSenior = posterior.massBelow(middleSenior);
        return new LevelProbabilities(junior, Math.max(0, belowSenior - junior), 1 - belowSenior);
    }
}
