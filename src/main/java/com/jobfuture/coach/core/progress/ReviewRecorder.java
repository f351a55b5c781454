package com.jobfuture.coach.core.progress;

import com.jobfuture.coach.core.review.FsrsScheduler;
import com.jobfuture.coach.core.review.Rating;
import com.jobfuture.coach.core.review.ReviewCard;
import com.jobfuture.coach.core.review.ReviewOutcome;
import java.time.Instant;

/**
 * Records one answer into a user's private progress: schedules the (user, question) card with FSRS and appends
 * the answer to the log. Call it inside a transaction so both writes commit with the caller's own writes.
 */
public final class ReviewRecorder {
    private final ReviewRepository reviews;
    private final FsrsScheduler scheduler;

    public ReviewRecorder(ReviewRepository reviews, FsrsScheduler scheduler) {
        this.reviews = reviews;
        this.scheduler = scheduler;
    }

    /** Reviews the card with the rating and logs the answer; {@code correct} is null for self-rated answers. */
    public ReviewOutcome record(long userId, String questionId, Rating rating, Boolean correct, Instant now) {
        return record(userId, questionId, rating, correct, now, scheduler.parameters().desiredRetention());
    }

    /** The same, scheduling the next review for {@code desiredRetention} (e.g. higher as an interview nears). */
    public ReviewOutcome record(long userId, String questionId, Rating rating, Boolean correct, Instant now,
                                double desiredRetention) {
        ReviewCard card = reviews.cards(userId).getOrDefault(questionId, ReviewCard.newCard(now));
        ReviewOutcome outcome = scheduler.withDesiredRetention(desiredRetention).review(card, rating, now);
        reviews.saveCard(userId, questionId, outcome.card());
        reviews.log(new ReviewLogEntry(userId, questionId, rating, correct, now));
        return outcome;
    }
}
