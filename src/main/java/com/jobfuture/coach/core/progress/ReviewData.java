package com.jobfuture.coach.core.progress;

import com.jobfuture.coach.core.review.CardState;
import com.jobfuture.coach.core.review.ReviewCard;
import com.jobfuture.coach.core.user.UserDataSection;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A user's review cards and answer log as user data. On a merge the log becomes the union of both logs without
 * duplicates, and for a question answered on both sides the more informative card is kept (see {@link #better}).
 */
public final class ReviewData implements UserDataSection {
    private final ReviewRepository reviews;

    public ReviewData(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    /** One card in the export. */
    public record CardExport(String questionId, String state, int step, double stability, double difficulty,
                             Instant due, Instant lastReview) {
    }

    /** One answer in the export; {@code correct} is null for open questions. */
    public record AnswerExport(String questionId, String rating, Boolean correct, Instant answeredAt) {
    }

    @Override
    public String name() {
        return "reviews";
    }

    @Override
    public Object export(long userId) {
        List<CardExport> cards = reviews.cards(userId).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new CardExport(e.getKey(), e.getValue().state().name(), e.getValue().step(),
                        e.getValue().stability(), e.getValue().difficulty(), e.getValue().due(),
                        e.getValue().lastReview()))
                .toList();
        List<AnswerExport> log = reviews.history(userId).stream()
                .map(a -> new AnswerExport(a.questionId(), a.rating().name(), a.correct(), a.reviewedAt()))
                .toList();
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("cards", cards);
        section.put("answers", log);
        return section;
    }

    @Override
    public void merge(long from, long into) {
        Map<String, ReviewCard> kept = reviews.cards(into);
        Map<String, Integer> keptCounts = answersPerQuestion(into);
        Map<String, Integer> fromCounts = answersPerQuestion(from);
        reviews.cards(from).forEach((questionId, card) -> {
            ReviewCard mine = kept.get(questionId);
            if (mine == null || better(card, fromCounts.getOrDefault(questionId, 0), mine,
                    keptCounts.getOrDefault(questionId, 0))) {
                reviews.saveCard(into, questionId, card);
            }
        });
        reviews.moveLog(from, into);
    }

    /**
     * Whether card {@code a} (backed by {@code aAnswers} logged answers) tells more than card {@code b}: a reviewed
     * card beats a new one, then more answers behind it win, then the later last review, then the higher stability.
     */
    static boolean better(ReviewCard a, int aAnswers, ReviewCard b, int bAnswers) {
        boolean aNew = a.state() == CardState.NEW;
        if (aNew != (b.state() == CardState.NEW)) {
            return !aNew;
        }
        if (aAnswers != bAnswers) {
            return aAnswers > bAnswers;
        }
        Instant aLast = a.lastReview() == null ? Instant.MIN : a.lastReview();
        Instant bLast = b.lastReview() == null ? Instant.MIN : b.lastReview();
        if (!aLast.equals(bLast)) {
            return aLast.isAfter(bLast);
        }
        return a.stability() > b.stability();
    }

    private Map<String, Integer> answersPerQuestion(long userId) {
        Map<String, Integer> counts = new HashMap<>();
        for (ReviewLogEntry entry : reviews.history(userId)) {
            counts.merge(entry.questionId(), 1, Integer::sum);
        }
        return counts;
    }
}
