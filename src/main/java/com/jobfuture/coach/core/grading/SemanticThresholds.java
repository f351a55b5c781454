package com.jobfuture.coach.core.grading;

/**
 * The semantic grader's calibrated numbers (see docs/grading.md for how they were chosen).
 *
 * @param cover        a unit covers a point when its cosine similarity to one of the point's references, plus
 *                     the bonuses, reaches this
 * @param phraseBonus  added when the unit contains one of the point's deck phrases (one typo allowed)
 * @param nameBonus    added when the unit names one of the code names the point is about
 * @param promptMargin the unit must be at least this much more similar to the point than the prompt itself is
 * @param minNovelty   a unit whose share of content words not already in the prompt is below this is an echo
 * @param exclusivity  a unit counts only for the points it is most similar to, within this margin of its best
 *                     point (a clause states one thing; a wrong answer that swaps two points earns neither);
 *                     1 or more turns it off
 * @param residualWeight share of each similarity measured after removing the prompt's direction from both
 *                     vectors (0: plain cosine)
 * @param wrongMargin  a unit counts only when its similarity to the point exceeds its similarity to each of the
 *                     point's authored wrong claims by at least this much; {@link #OFF} or less turns it off
 * @param bankMargin   the same against the automatic bank of wrong claims (the topic's wrong choice options);
 *                     {@link #OFF} or less turns it off
 */
public record SemanticThresholds(double cover, double phraseBonus, double nameBonus, double promptMargin,
                                 double minNovelty, double exclusivity, double residualWeight, double wrongMargin,
                                 double bankMargin) {
    /** A margin at or below this turns its check off. */
    public static final double OFF = -1;

    /** The thresholds without any wrong-claim check (as before wrong claims existed). */
    public SemanticThresholds(double cover, double phraseBonus, double nameBonus, double promptMargin,
                              double minNovelty, double exclusivity, double residualWeight) {
        this(cover, phraseBonus, nameBonus, promptMargin, minNovelty, exclusivity, residualWeight, OFF, OFF);
    }

    /** The same thresholds with other wrong-claim margins. */
    public SemanticThresholds withWrongMargins(double wrong, double bank) {
        return new SemanticThresholds(cover, phraseBonus, nameBonus, promptMargin, minNovelty, exclusivity,
                residualWeight, wrong, bank);
    }

    /** The values searched on the calibration and holdout halves of grading/labelled-answers.jsonl. */
    public static SemanticThresholds calibrated() {
        return new SemanticThresholds(0.60, 0.2, 0, -1, 0.3, 1, 0.75);
    }
}
