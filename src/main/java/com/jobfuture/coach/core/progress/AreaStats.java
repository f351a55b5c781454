package com.jobfuture.coach.core.progress;

import java.util.Optional;

/**
 * A user's figures for one topic or family (docs/progress.md): mastery (mean predicted recall a week ahead over
 * all its questions, unseen = 0), coverage ({@code seen} of {@code total} questions answered at least once) and
 * recent accuracy ({@code recentRight} of the last {@code recentAnswers} answers, at most
 * {@link MasteryModel#RECENT_ANSWERS}).
 */
public record AreaStats(double mastery, int seen, int total, int recentRight, int recentAnswers) {

    /** Nothing practised yet. */
    public static AreaStats unseen(int total) {
        return new AreaStats(0, 0, total, 0, 0);
    }

    /** Whether any question of the area was answered. */
    public boolean practised() {
        return seen > 0;
    }

    /** Share right among the recent answers, empty when there are none. */
    public Optional<Double> recentAccuracy() {
        return recentAnswers == 0 ? Optional.empty() : Optional.of(recentRight / (double) recentAnswers);
    }
}
