package com.jobfuture.coach.core.progress;

import com.jobfuture.coach.core.review.ReviewCard;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Stores each user's review cards (FSRS state per question) and the log of answers. */
public interface ReviewRepository {
    /** All cards of a user, keyed by question id. */
    Map<String, ReviewCard> cards(long userId);

    /** Inserts or replaces the card of (user, question). */
    void saveCard(long userId, String questionId, ReviewCard card);

    /** Appends an answer to the log. */
    void log(ReviewLogEntry entry);

    /** How many answers the user has given in all. */
    int answerCount(long userId);

    /** The times of the user's answers since an instant, oldest first (for streaks). */
    List<Instant> answerTimesSince(long userId, Instant since);

    /** Every answer of the user, oldest first. */
    List<ReviewLogEntry> history(long userId);

    /**
     * Moves {@code from}'s answers to {@code into}, skipping any that {@code into} already has (same question,
     * time and rating), so the merged log is the union without duplicates.
     */
    void moveLog(long from, long into);
}
