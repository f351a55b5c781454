package com.jobfuture.coach.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.deck.ChoiceOption;
import com.jobfuture.coach.core.deck.ChoiceQuestion;
import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.deck.Question;
import com.jobfuture.coach.core.deck.Topic;
import com.jobfuture.coach.core.review.CardState;
import com.jobfuture.coach.core.review.ReviewCard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one-pass pick of new questions agrees with the rule as first written (rank by level, then topic order). */
class QuestionPickerTest {
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    @Test
    void newQuestionsInterleaveTopicsJuniorFirst() {
        Topic orm = new Topic("orm", "ORM", Family.ORM);
        Topic views = new Topic("views", "Views", Family.FUNDAMENTALS);
        List<Question> questions = List.of(question("o-senior", orm, Level.SENIOR),
                question("o-junior", orm, Level.JUNIOR), question("v-middle", views, Level.MIDDLE),
                question("v-junior", views, Level.JUNIOR), question("o-junior-2", orm, Level.JUNIOR));
        List<String> order = new ArrayList<>();
        Set<String> excluded = new HashSet<>();
        QuestionPicker picker = new QuestionPicker();
        for (Optional<QuestionPicker.Pick> pick = picker.next(questions, Map.of(), NOW, excluded); pick.isPresent();
             pick = picker.next(questions, Map.of(), NOW, excluded)) {
            order.add(pick.get().question().id());
            excluded.add(pick.get().question().id());
        }
        assertThat(order).containsExactly("o-junior", "v-junior", "o-junior-2", "v-middle", "o-senior");
    }

    @Test
    void agreesWithTheSortingRuleOnRandomDecks() {
        Random random = new Random(7);
        QuestionPicker picker = new QuestionPicker();
        for (int round = 0; round < 3_000; round++) {
            List<Topic> topics = new ArrayList<>();
            for (int t = 0; t < 1 + random.nextInt(5); t++) {
                topics.add(new Topic("t" + t, "T" + t, Family.ORM));
            }
            List<Question> questions = new ArrayList<>();
            Map<String, ReviewCard> cards = new HashMap<>();
            Set<String> excluded = new HashSet<>();
            int count = random.nextInt(25);
            for (int i = 0; i < count; i++) {
                // topics contiguous or mixed, as a scope may list them
                Topic topic = topics.get(random.nextBoolean() ? i * topics.size() / Math.max(1, count)
                        : random.nextInt(topics.size()));
                Question question = question("q" + i, topic, Level.values()[random.nextInt(3)]);
                questions.add(question);
                int fate = random.nextInt(6);
                if (fate == 0) {
                    excluded.add(question.id());
                } else if (fate == 1) {
                    cards.put(question.id(), new ReviewCard(CardState.REVIEW, 0, 3, 5, NOW.plusSeconds(3600), NOW));
                } else if (fate == 2) {
                    cards.put(question.id(), ReviewCard.newCard(NOW));
                }
            }
            assertThat(picker.next(questions, cards, NOW, excluded).map(p -> p.question().id()))
                    .as("round %d", round).isEqualTo(sortingRule(questions, cards, excluded));
        }
    }

    /** The rule as first written: rank each topic's questions by level (stable), lowest rank, then topic order. */
    private static Optional<String> sortingRule(List<Question> questions, Map<String, ReviewCard> cards,
                                                Set<String> excluded) {
        Map<String, List<Question>> topicToQuestions = new LinkedHashMap<>();
        for (Question question : questions) {
            topicToQuestions.computeIfAbsent(question.topic().id(), key -> new ArrayList<>()).add(question);
        }
        Map<String, Integer> rank = new HashMap<>();
        Map<String, Integer> topicOrder = new HashMap<>();
        for (List<Question> topic : topicToQuestions.values()) {
            List<Question> ranked = new ArrayList<>(topic);
            ranked.sort(Comparator.comparingInt(q -> q.level().ordinal()));
            for (int i = 0; i < ranked.size(); i++) {
                rank.put(ranked.get(i).id(), i);
            }
            topicOrder.put(topic.get(0).topic().id(), topicOrder.size());
        }
        return questions.stream()
                .filter(q -> (cards.get(q.id()) == null || cards.get(q.id()).state() == CardState.NEW)
                        && !excluded.contains(q.id()))
                .min(Comparator.<Question>comparingInt(q -> rank.get(q.id()))
                        .thenComparingInt(q -> topicOrder.get(q.topic().id())))
                .map(Question::id);
    }

    private static Question question(String id, Topic topic, Level level) {
        return new ChoiceQuestion(id, topic, level, "Which?", List.of(new ChoiceOption("right", true, ""),
                new ChoiceOption("wrong", false, "no")), "Because.", "https://docs.djangoproject.com/en/5.2/",
                Optional.empty(), List.of());
    }
}
