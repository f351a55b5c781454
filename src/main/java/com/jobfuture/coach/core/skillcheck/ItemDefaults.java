package com.jobfuture.coach.core.skillcheck;

import com.jobfuture.coach.core.deck.ChoiceQuestion;
import com.jobfuture.coach.core.deck.Level;

/**
 * Parameters of an item nobody has calibrated yet: difficulty from the deck level (junior -1, middle 0, senior +1
 * on the θ scale), discrimination 1, and the guessing floor of its option count.
 */
public final class ItemDefaults {
    /** The discrimination every uncalibrated item gets. */
    public static final double DISCRIMINATION = 1.0;

    private ItemDefaults() {
    }

    /** The difficulty a deck level stands for. */
    public static double difficulty(Level level) {
        return switch (level) {
            case JUNIOR -> -1.0;
            case MIDDLE -> 0.0;
            case SENIOR -> 1.0;
        };
    }

    /** Default parameters of a choice question. */
    public static ItemParameters of(ChoiceQuestion question) {
        return new ItemParameters(DISCRIMINATION, difficulty(question.level()),
                ItemParameters.floorFor(question.options().size()));
    }
}
