package com.jobfuture.coach.core.skillcheck;

import com.jobfuture.coach.core.deck.Level;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A statement such as "90% sure it is not junior": the posterior probability that the ability is not in any of
 * {@code ruledOut} (the levels on one side of the result).
 */
public record LevelConfidence(List<Level> ruledOut, double probability) {
    public LevelConfidence {
        ruledOut = List.copyOf(ruledOut);
    }

    /**
     * The probability as a whole percentage, rounded down so it never overstates, and at most 99 (a model is never
     * certain).
     */
    public int percent() {
        return (int) Math.min(99, Math.floor(probability * 100 + 1e-9));
    }

    /** E.g. {@code 90% sure it is not junior} or {@code 97% sure it is not middle or senior}. */
    public String text() {
        return percent() + "% sure it is not " + ruledOut.stream().map(Level::id).collect(Collectors.joining(" or "));
    }
}
