package com.jobfuture.coach.core.skillcheck;

import com.jobfuture.coach.core.deck.ChoiceOption;
import com.jobfuture.coach.core.deck.ChoiceQuestion;
import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.deck.Question;
import com.jobfuture.coach.core.deck.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Items and small catalogs built in code for the skill-check tests. */
final class TestItems {
    private TestItems() {
    }

    static Topic topic(String id) {
        return new Topic(id, "Topic " + id, Family.ORM);
    }

    static CheckItem item(String id, String topic, double a, double b) {
        return new CheckItem(id, topic(topic), Level.MIDDLE, new ItemParameters(a, b, 0.25));
    }

    /** A four-option choice question whose correct option is the second (index 1). */
    static ChoiceQuestion question(String id, String topic, Level level) {
        List<ChoiceOption> options = List.of(new ChoiceOption("w0", false, "no"), new ChoiceOption("right", true, ""),
                new ChoiceOption("w2", false, "no"), new ChoiceOption("w3", false, "no"));
        return new ChoiceQuestion(id, topic(topic), level, "Prompt " + id, options, "Because.",
                "https://docs.djangoproject.com/", Optional.empty(), List.of());
    }

    /** {@code perTopicAndLevel} questions of each level in each of the topics t0..t(topics-1). */
    static DeckCatalog catalog(int topics, int perTopicAndLevel) {
        List<Question> questions = new ArrayList<>();
        for (int t = 0; t < topics; t++) {
            for (Level level : Level.values()) {
                for (int i = 0; i < perTopicAndLevel; i++) {
                    questions.add(question("t" + t + "-" + level.id() + "-" + i, "t" + t, level));
                }
            }
        }
        return new DeckCatalog(questions);
    }
}
