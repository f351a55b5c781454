package com.jobfuture.coach.core.quiz;

import com.jobfuture.coach.core.deck.Question;
import com.jobfuture.coach.core.review.CardState;
import com.jobfuture.coach.core.review.ReviewCard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the next question among a quiz's questions: due reviews first (most overdue first), then new questions.
 * New questions are interleaved across topics: each topic's questions are ranked junior, middle, senior (file order
 * within a level), and the lowest rank not yet studied wins, topics taking turns in catalog order. So within a
 * topic junior comes before senior, and no topic is drilled through while others wait.
 */
public final class QuestionPicker {

    /** The chosen question and whether it is a review of an earlier answer. */
    public record Pick(Question question, boolean review) {
    }

    /** Picks the next of {@code questions}, skipping the excluded ids; empty when nothing is due or new. */
    public Optional<Pick> next(List<Question> questions, Map<String, ReviewCard> cards, Instant now,
                               Collection<String> excluded) {
        Optional<Question> due = questions.stream()
                .filter(q -> !excluded.contains(q.id()))
                .filter(q -> isDue(cards.get(q.id()), now))
                .min(Comparator.comparing(q -> cards.get(q.id()).due()));
        if (due.isPresent()) {
            return Optional.of(new Pick(due.get(), true));
        }
        Map<String, List<Question>> topicToQuestions = new LinkedHashMap<>();
        for (Question question : questions) {
            topicToQuestions.computeIfAbsent(question.topic().id(), key -> new ArrayList<>()).add(question);
        }
        Map<String, Integer> rank = new HashMap<>();
        Map<String, Integer> topicOrder = new HashMap<>();
        for (List<Question> topic : topicToQuestions.values()) {
            List<Question> ranked = new ArrayList<>(topic);
            ranked.sort(Comparator.comparingInt(q -> q.level().ordinal())); // stable: file order within a level
            for (int i = 0; i < ranked.size(); i++) {
                rank.put(ranked.get(i).id(), i);
            }
            topicOrder.put(topic.get(0).topic().id(), topicOrder.size());
        }
        return questions.stream()
                .filter(q -> isNew(cards.get(q.id())) && !excluded.contains(q.id()))
                .min(Comparator.<Question>comparingInt(q -> rank.get(q.id()))
                        .thenComparingInt(q -> topicOrder.get(q.topic().id())))
                .map(q -> new Pick(q, false));
    }

    /** The earliest due time of any studied card among the questions, to tell the user when to come back. */
    public Optional<Instant> nextDue(List<Question> questions, Map<String, ReviewCard> cards) {
        return questions.stream()
                .map(q -> cards.get(q.id()))
                .filter(c -> c != null && c.state() != CardState.NEW)
                .map(ReviewCard::due)
                .min(Comparator.naturalOrder());
    }

    static boolean isDue(ReviewCard card, Instant now) {
        return card != null && card.state() != CardState.NEW && !card.due().isAfter(now);
    }

    private static boolean isNew(ReviewCard card) {
        return card == null || card.state() == CardState.NEW;
    }
}
