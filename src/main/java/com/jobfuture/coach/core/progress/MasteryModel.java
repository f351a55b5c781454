package com.jobfuture.coach.core.progress;

import com.jobfuture.coach.core.review.CardState;
import com.jobfuture.coach.core.review.FsrsModel;
import com.jobfuture.coach.core.review.Rating;
import com.jobfuture.coach.core.review.ReviewCard;
import java.time.Duration;
import java.time.Instant;

/**
 * What the progress figures mean (docs/progress.md). A question's mastery is the FSRS-6 probability of recalling
 * its answer {@link #HORIZON} from now (0 when never answered): a wrong answer lowers the memory's stability and so
 * the figure, a right one raises it, and it fades while the question is not practised. An answer counts as right
 * for recent accuracy when a choice was correct, or an open answer was self-rated Hard, Good or Easy.
 */
public final class MasteryModel {
    /** How far ahead recall is predicted: long enough that a question just seen does not count as known. */
    public static final Duration HORIZON = Duration.ofDays(7);
    /** How many of the latest answers of an area recent accuracy looks at. */
    public static final int RECENT_ANSWERS = 20;
    private static final double SECONDS_PER_DAY = 86_400.0;
    private final FsrsModel model;

    public MasteryModel(FsrsModel model) {
        this.model = model;
    }

    /** The probability (0..1) of recalling the card's answer {@link #HORIZON} after {@code now}; 0 if unseen. */
    public double recallAhead(ReviewCard card, Instant now) {
        if (card == null || card.state() == CardState.NEW) {
            return 0.0;
        }
        double elapsedDays = Math.max(0, Duration.between(card.lastReview(), now).toSeconds()) / SECONDS_PER_DAY;
        return model.forgettingCurve(elapsedDays + HORIZON.toSeconds() / SECONDS_PER_DAY, card.stability());
    }

    /** Whether an answer counts as right: a choice's correct flag; for an open answer, any rating but Again. */
    public static boolean right(ReviewLogEntry answer) {
        return answer.correct() != null ? answer.correct() : answer.rating() != Rating.AGAIN;
    }
}
