package com.jobfuture.coach.core.quiz;

import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.Question;
import com.jobfuture.coach.core.deck.Scope;
import com.jobfuture.coach.core.review.CardState;
import com.jobfuture.coach.core.review.ReviewCard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the next question of a scope: due reviews first (most overdue first), then new questions,
 * easiest level first and interleaved across topics.
 */
public final class QuestionPicker {

    /** The chosen question and whether it is a review of an earlier answer. */
    public record Pick(Question question, boolean review) {
    }

    /** Picks the next question, skipping the excluded ids; empty when nothing is due and nothing is new. */
    public Optional<Pick> next(DeckCatalog catalog, Scope scope, Map<String, ReviewCard> cards, Instant now,
                               Collection<String> excluded) {
        List<Question> inScope = catalog.questionsIn(scope);
        Optional<Question> due = inScope.stream()
                .filter(q -> !excluded.contains(q.id()))
                .filter(q -> isDue(cards.get(q.id()), now))
                .min(Comparator.comparing(q -> cards.get(q.id()).due()));
        if (due.isPresent()) {
            return Optional.of(new Pick(due.get(), true));
        }
        Map<String, Integer> topicToCount = new HashMap<>();
        Map<String, Integer> positionInTopic = new HashMap<>();
        Map<String, Integer> topicOrder = new HashMap<>();
        List<Question> fresh = new ArrayList<>();
        for (Question question : inScope) {
            int position = topicToCount.merge(question.topic().id(), 1, Integer::sum);
            topicOrder.putIfAbsent(question.topic().id(), topicOrder.size());
            ReviewCard card = cards.get(question.id());
            if ((card == null || card.state() == CardState.NEW) && !excluded.contains(question.id())) {
                fresh.add(question);
            }
            positionInTopic.put(question.id(), position);
        }
        return fresh.stream()
                .min(Comparator.<Question>comparingInt(q -> q.level().ordinal())
                        .thenComparingInt(q -> positionInTopic.get(q.id()))
                        .thenComparingInt(q -> topicOrder.get(q.topic().id())))
                .map(q -> new Pick(q, false));
    }

    /** The earliest due time of any studied card in the scope, to tell the user when to come back. */
    public Optional<Instant> nextDue(DeckCatalog catalog, Scope scope, Map<String, ReviewCard> cards) {
        return catalog.questionsIn(scope).stream()
                .map(q -> cards.get(q.id()))
                .filter(c -> c != null && c.state() != CardState.NEW)
                .map(ReviewCard::due)
                .min(Comparator.naturalOrder());
    }

    static boolean isDue(ReviewCard card, Instant now) {
        return card != null && card.state() != CardState.NEW && !card.due().isAfter(now);
    }
}
