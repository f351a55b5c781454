package com.jobfuture.coach.app;

import com.jobfuture.coach.core.common.CoachCounter;
import com.jobfuture.coach.core.common.CoachMetrics;
import com.jobfuture.coach.core.progress.ReviewLogEntry;
import com.jobfuture.coach.core.progress.ReviewRepository;
import com.jobfuture.coach.core.review.ReviewCard;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A review repository that counts every answer logged ({@link CoachCounter#ANSWERS_RECORDED}). */
final class CountingReviewRepository implements ReviewRepository {
    private final ReviewRepository delegate;
    private final CoachMetrics metrics;

    CountingReviewRepository(ReviewRepository delegate, CoachMetrics metrics) {
        this.delegate = delegate;
        this.metrics = metrics;
    }

    @Override
    public Map<String, ReviewCard> cards(long userId) {
        return delegate.cards(userId);
    }

    @Override
    public void saveCard(long userId, String questionId, ReviewCard card) {
        delegate.saveCard(userId, questionId, card);
    }

    @Override
    public void log(ReviewLogEntry entry) {
        delegate.log(entry);
        metrics.increment(CoachCounter.ANSWERS_RECORDED);
    }

    @Override
    public int answerCount(long userId) {
        return delegate.answerCount(userId);
    }

    @Override
    public List<Instant> answerTimesSince(long userId, Instant since) {
        return delegate.answerTimesSince(userId, since);
    }

    @Override
    public List<ReviewLogEntry> history(long userId) {
        return delegate.history(userId);
    }

    @Override
    public void moveLog(long from, long into) {
        delegate.moveLog(from, into);
    }
}
