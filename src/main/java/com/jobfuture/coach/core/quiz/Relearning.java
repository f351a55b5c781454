package com.jobfuture.coach.core.quiz;

import com.jobfuture.coach.core.review.Rating;
import java.time.Duration;
import java.util.Optional;

/**
 * When a question answered badly comes back in the same quiz. A missed choice question (Again) or an open one rated
 * Again or Hard returns after a few other questions; a right answer (Good, Easy) does not return this session.
 * The gap follows the FSRS learning step the answer was scheduled for, counting about one minute per question
 * (read, answer, read the explanation): Again's 1-minute step gives the minimum of {@value #MIN_GAP} other
 * questions, so the answer just read is no longer on screen; Hard's 5.5-minute and relearning's 10-minute steps are
 * capped at {@value #MAX_GAP}, so the question still comes back in a short session.
 */
final class Relearning {
    static final int MIN_GAP = 2;
    static final int MAX_GAP = 4;

    private Relearning() {
    }

    /** How many other questions come first, or empty when the question does not come back in this session. */
    static Optional<Integer> gap(Rating rating, Duration scheduledIn) {
        if (rating != Rating.AGAIN && rating != Rating.HARD) {
            return Optional.empty();
        }
        long minutes = Math.round(scheduledIn.toSeconds() / 60.0);
        return Optional.of((int) Math.max(MIN_GAP, Math.min(MAX_GAP, minutes)));
    }
}
