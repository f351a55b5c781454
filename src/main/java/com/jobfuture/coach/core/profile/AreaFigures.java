package com.jobfuture.coach.core.profile;

import java.util.Optional;

/**
 * A user's practice figures for one area: mastery (0..1, as {@code /progress} reports it), coverage ({@code seen}
 * of {@code total} questions answered at least once) and recent accuracy ({@code recentRight} of the last
 * {@code recentAnswers} answers there, at most {@link AreaFiguresSource#RECENT_ANSWERS}).
 */
public record AreaFigures(double mastery, int seen, int total, int recentRight, int recentAnswers) {

    /** Whether any question of the area was answered. */
    public boolean practised() {
        return seen > 0;
    }

    /** Share of the area's questions seen (0 when it has none). */
    public double coverage() {
        return total == 0 ? 0 : seen / (double) total;
    }

    /** Share right among the recent answers, empty when there are none. */
    public Optional<Double> recentAccuracy() {
        return recentAnswers == 0 ? Optional.empty() : Optional.of(recentRight / (double) recentAnswers);
    }
}
