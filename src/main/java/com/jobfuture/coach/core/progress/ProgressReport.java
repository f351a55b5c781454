package com.jobfuture.coach.core.progress;

import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Topic;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A user's private progress: answers given, questions studied, reviews due today, the streak of consecutive days
 * with at least one answer, and per family and topic the figures of {@link AreaStats}; the weakest topics are the
 * practised ones with the lowest mastery (see docs/progress.md).
 */
public record ProgressReport(int answered, int studied, int dueToday, int streakDays, Map<Family, AreaStats> families,
                             Map<Topic, AreaStats> topics, List<Topic> weakestTopics) {
    public ProgressReport {
        families = Map.copyOf(families);
        topics = Map.copyOf(topics);
        weakestTopics = List.copyOf(weakestTopics);
    }

    /** Mastery (0..1) per family that has questions. */
    public Map<Family, Double> familyMastery() {
        Map<Family, Double> mastery = new EnumMap<>(Family.class);
        families.forEach((family, stats) -> mastery.put(family, stats.mastery()));
        return mastery;
    }

    /** Mastery (0..1) per topic. */
    public Map<Topic, Double> topicMastery() {
        Map<Topic, Double> mastery = new LinkedHashMap<>();
        topics.forEach((topic, stats) -> mastery.put(topic, stats.mastery()));
        return mastery;
    }
}
