package com.jobfuture.coach.core.progress;

import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Topic;
import java.util.List;
import java.util.Map;

/**
 * A user's private progress: answers given, reviews due today, mastery (0..1) per family and topic, and the
 * streak of consecutive days with at least one answer.
 */
public record ProgressReport(int answered, int studied, int dueToday, int streakDays,
                             Map<Family, Double> familyMastery, Map<Topic, Double> topicMastery,
                             List<Topic> weakestTopics) {
    public ProgressReport {
        familyMastery = Map.copyOf(familyMastery);
        topicMastery = Map.copyOf(topicMastery);
        weakestTopics = List.copyOf(weakestTopics);
    }
}
