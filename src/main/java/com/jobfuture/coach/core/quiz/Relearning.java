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
 * capped at {@value #MAX_GAP}, so the question still comes back in a short session. A question comes back at most
 * {@value #MAX_RETURNS} times in one session (then its FSRS step, a minute or ten, brings it back in the next
 * quiz), so a few questions missed again and again cannot hold the session in a loop.
 */
final class Relearning {
    static final int MIN_GAP = 2;
    static final int MAX_GAP = 4;
    static final int MAX_RETURNS = 2;

    private Relearning() {
    }

    /**
     * How many other questions come first, or empty when the question does not come back in this session;
     * {@code answeredBefore} counts the earlier answers to it in this session.
     */
    static Optional<Integer> gap(Rating rating, Duration scheduledIn, int answeredBefore) {
        if ((rating != Rating.AGAIN && rating != Rating.HARD) || answeredBefore >= MAX_RETURNS) {
            return Optional.empty();
        }
        long minutes = Math.round(scheduledIn.toSeconds() / 60.0);
        return Optional.of((int) Math.max(MIN_GAP, Math.min(MAX_GAP, minutes)));
    }
}
