package com.jobfuture.coach.core.skillcheck;

import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Level;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of a check: the level (the band with the most posterior probability), how sure the engine is
 * about the bands it rules out, the EAP ability θ and its posterior SD, the item count, the topics that pulled
 * the level down (most first, at most three), and the version of the item bank it was measured with (the
 * version the check started with; answered items keep the parameters they were asked with).
 * {@code stopReason} other than CLASSIFIED means the statements may be below 90%.
 */
public record SkillCheckResult(Family family, Level level, List<LevelConfidence> confidence,
                               LevelProbabilities probabilities, double theta, double sd, int itemCount,
                               int correctCount, List<TopicPull> weakTopics, String bankVersion,
                               StopReason stopReason, Instant completedAt) {
    public SkillCheckResult {
        confidence = List.copyOf(confidence);
        weakTopics = List.copyOf(weakTopics);
    }

    /** E.g. {@code middle, 90% sure it is not junior, 85% sure it is not senior}. */
    public String summary() {
        return level.id() + ", " + confidence.stream().map(LevelConfidence::text).collect(Collectors.joining(", "));
    }
}
