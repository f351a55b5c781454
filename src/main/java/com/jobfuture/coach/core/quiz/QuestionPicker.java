package com.jobfuture.coach.core.quiz;

import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.deck.Question;
import com.jobfuture.coach.core.review.CardState;
import com.jobfuture.coach.core.review.ReviewCard;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
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
    private static final int LEVELS = Level.values().length;

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
        // One pass, no sorting: a question's rank in its topic is the number of the topic's questions of a lower
        // level plus its place among those of its own level (file order); a topic's best is its first new,
        // not excluded question of the lowest level that has one.
        Map<String, TopicScan> topics = new LinkedHashMap<>(); // in catalog order
        for (Question question : questions) {
            TopicScan topic = topics.computeIfAbsent(question.topic().id(), key -> new TopicScan());
            int level = question.level().ordinal();
            int place = topic.perLevel[level]++;
            if (topic.first[level] == null && isNew(cards.get(question.id())) && !excluded.contains(question.id())) {
                topic.first[level] = question;
                topic.placeOfFirst[level] = place;
            }
        }
        Question best = null;
        int bestRank = Integer.MAX_VALUE;
        for (TopicScan topic : topics.values()) {
            int below = 0;
            for (int level = 0; level < LEVELS; level++) {
                if (topic.first[level] != null) {
                    int rank = below + topic.placeOfFirst[level];
                    if (rank < bestRank) { // ties go to the topic earlier in the catalog
                        bestRank = rank;
                        best = topic.first[level];
                    }
                    break;
                }
                below += topic.perLevel[level];
            }
        }
        return Optional.ofNullable(best).map(q -> new Pick(q, false));
    }

    /** One topic's questions seen so far, per level: how many, and the first that may be picked with its place. */
    private static final class TopicScan {
        private final int[] perLevel = new int[LEVELS];
        private final Question[] first = new Question[LEVELS];
        private final int[] placeOfFirst = new int[LEVELS];
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
