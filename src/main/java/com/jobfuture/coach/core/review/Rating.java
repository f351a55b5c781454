package com.jobfuture.coach.core.review;

/** The learner's self-assessment of one recall attempt, as in FSRS: Again (forgot) to Easy. */
public enum Rating {
    AGAIN,
    HARD,
    GOOD,
    EASY;

    /** The FSRS grade of this rating: 1 for AGAIN up to 4 for EASY. */
    public int value() {
        return ordinal() + 1;
    }

    /** The rating with the given FSRS grade (1..4). */
    public static Rating fromValue(int value) {
        if (value < 1 || value > 4) {
            throw new IllegalArgumentException("rating value must be 1..4, got " + value);
        }
        return values()[value - 1];
    }
}
