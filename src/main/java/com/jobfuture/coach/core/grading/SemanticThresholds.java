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
 * @param wrongWords   a wrong claim refuses a unit only when the unit also uses at least this many of the claim's
 *                     own words (those the prompt, model answer and point do not use); 0: no such condition
 * @param wordWeight   added to the unit's lead of the point over a claim per point's own word the unit uses, and
 *                     taken off per claim's own word it uses (words tell apart what embeddings blur)
 */
public record SemanticThresholds(double cover, double phraseBonus, double nameBonus, double promptMargin,
                                 double minNovelty, double exclusivity, double residualWeight, double wrongMargin,
                                 double bankMargin, int wrongWords, double wordWeight) {
    /** A margin at or below this turns its check off. */
    public static final double OFF = -1;

    /** The thresholds without any wrong-claim check (as before wrong claims existed). */
    public SemanticThresholds(double cover, double phraseBonus, double nameBonus, double promptMargin,
                              double minNovelty, double exclusivity, double residualWeight) {
        this(cover, phraseBonus, nameBonus, promptMargin, minNovelty, exclusivity, residualWeight, OFF, OFF, 0, 0);
    }

    /** The same thresholds with other wrong-claim settings. */
    public SemanticThresholds withWrongClaims(double wrong, double bank, int words, double weight) {
        return new SemanticThresholds(cover, phraseBonus, nameBonus, promptMargin, minNovelty, exclusivity,
                residualWeight, wrong, bank, words, weight);
    }

    /**
     * The values searched on the calibration and holdout halves of grading/labelled-answers.jsonl; the wrong-claim
     * settings (margins 0.08 authored and -0.05 bank, one own word, word weight 0.05) chosen by {@code grade --cross-validate --margins} on all tuning
     * splits with the others fixed.
     */
    public static SemanticThresholds calibrated() {
        return new SemanticThresholds(0.60, 0.2, 0, -1, 0.3, 1, 0.75, 0.08, -0.05, 1, 0.05);
    }
}
