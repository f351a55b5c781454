package com.jobfuture.coach.core.grading;

import com.jobfuture.coach.core.review.Rating;
import java.util.List;
import java.util.Optional;

/**
 * A typed answer's grade: one verdict per key point in deck order, and the grader that produced it (after any
 * fallback). Only the user rates the card; {@link #suggestedRating()} is a hint shown beside the buttons.
 */
public record Grade(String grader, List<PointVerdict> points) {
    public Grade {
        points = List.copyOf(points);
    }

    /** The grader name of a grade for an answer that was not typed. */
    public static final String UNTYPED = "none";

    /** The grade of nothing typed: no point covered, no suggestion. */
    public static Grade untyped(int pointCount) {
        return new Grade(UNTYPED, java.util.Collections.nCopies(pointCount, new PointVerdict(false, "nothing typed")));
    }

    /** Whether a typed answer was graded (false for {@link #untyped}). */
    public boolean typed() {
        return !grader.equals(UNTYPED);
    }

    /** The covered flags in deck order. */
    public List<Boolean> covered() {
        return points.stream().map(PointVerdict::covered).toList();
    }

    public int coveredCount() {
        return (int) points.stream().filter(PointVerdict::covered).count();
    }

    /** Every key point covered. */
    public boolean complete() {
        return !points.isEmpty() && coveredCount() == points.size();
    }

    /**
     * The rating the grade suggests: Good when every point is covered, Hard when at least half are, Again below
     * that. Never Easy: how effortless the recall felt is something only the user knows. Empty when nothing was
     * typed.
     */
    public Optional<Rating> suggestedRating() {
        if (points.isEmpty() || !typed()) {
            return Optional.empty();
        }
        int covered = coveredCount();
        if (covered == points.size()) {
            return Optional.of(Rating.GOOD);
        }
        return Optional.of(2 * covered >= points.size() ? Rating.HARD : Rating.AGAIN);
    }
}
