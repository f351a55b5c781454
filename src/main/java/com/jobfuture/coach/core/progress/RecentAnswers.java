package com.jobfuture.coach.core.progress;

import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Question;
import com.jobfuture.coach.core.deck.Topic;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A user's latest answers per topic and per family, at most {@link MasteryModel#RECENT_ANSWERS} each, newest first. */
final class RecentAnswers {
    private final Map<String, List<ReviewLogEntry>> topicIdToLatest;
    private final Map<Family, List<ReviewLogEntry>> familyToLatest;

    private RecentAnswers(Map<String, List<ReviewLogEntry>> topics, Map<Family, List<ReviewLogEntry>> families) {
        this.topicIdToLatest = topics;
        this.familyToLatest = families;
    }

    /** Groups a history (oldest first) by the topic and family of each question still in the decks. */
    static RecentAnswers of(List<ReviewLogEntry> history, DeckCatalog catalog) {
        Map<String, List<ReviewLogEntry>> topics = new HashMap<>();
        Map<Family, List<ReviewLogEntry>> families = new EnumMap<>(Family.class);
        for (int i = history.size() - 1; i >= 0; i--) {
            ReviewLogEntry answer = history.get(i);
            Optional<Topic> topic = catalog.question(answer.questionId()).map(Question::topic);
            if (topic.isEmpty()) {
                continue;
            }
            keep(topics.computeIfAbsent(topic.get().id(), k -> new ArrayList<>()), answer);
            keep(families.computeIfAbsent(topic.get().family(), k -> new ArrayList<>()), answer);
        }
        return new RecentAnswers(topics, families);
    }

    List<ReviewLogEntry> ofTopic(Topic topic) {
        return topicIdToLatest.getOrDefault(topic.id(), List.of());
    }

    List<ReviewLogEntry> ofFamily(Family family) {
        return familyToLatest.getOrDefault(family, List.of());
    }

    private static void keep(List<ReviewLogEntry> latest, ReviewLogEntry answer) {
        if (latest.size() < MasteryModel.RECENT_ANSWERS) {
            latest.add(answer);
        }
    }
}
