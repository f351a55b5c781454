package com.jobfuture.coach.core.skillcheck;

import com.jobfuture.coach.core.deck.Level;

/** The posterior probability that the candidate's ability lies in each level's band; they sum to 1. */
public record LevelProbabilities(double junior, double middle, double senior) {

    public double of(Level level) {
        return switch (level) {
            case JUNIOR -> junior;
            case MIDDLE -> middle;
            case SENIOR -> senior;
        };
    }

    /** The level with the most probability (ties go to the lower level). */
    public Level mostLikely() {
        if (junior >= middle && junior >= senior) {
            return Level.JUNIOR;
        }
        return middle >= senior ? Level.MIDDLE : Level.SENIOR;
    }
}
