package com.jobfuture.coach.core.skillcheck;

import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Level;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A finished check as stored privately: the level with its probabilities, θ and its SD, how many items and right
 * answers, the topics that pulled it down, the item bank version, why it stopped, when it ran, and the items with
 * the answers given. {@code id} is 0 until stored.
 */
public record CheckRecord(long id, long userId, Family family, Level level, LevelProbabilities probabilities,
                          double theta, double sd, int itemCount, int correctCount, List<TopicPull> weakTopics,
                          String bankVersion, StopReason stopReason, Instant startedAt, Instant completedAt,
                          List<AskedItem> items) {
    public CheckRecord {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(probabilities, "probabilities");
        Objects.requireNonNull(bankVersion, "bankVersion");
        Objects.requireNonNull(stopReason, "stopReason");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(completedAt, "completedAt");
        weakTopics = List.copyOf(weakTopics);
        items = List.copyOf(items);
    }

    /** The record of a finished session's result. */
    static CheckRecord of(long userId, SkillCheckResult result, SkillCheckState state) {
        return new CheckRecord(0, userId, result.family(), result.level(), result.probabilities(), result.theta(),
                result.sd(), result.itemCount(), result.correctCount(), result.weakTopics(), result.bankVersion(),
                result.stopReason(), state.startedAt(), result.completedAt(),
                state.items().stream().filter(AskedItem::answered).toList());
    }

    /** The same record as stored under {@code storedId}. */
    public CheckRecord withId(long storedId) {
        return new CheckRecord(storedId, userId, family, level, probabilities, theta, sd, itemCount, correctCount,
                weakTopics, bankVersion, stopReason, startedAt, completedAt, items);
    }

    /** The same record for another user (a /link merge). */
    public CheckRecord forUser(long otherUserId) {
        return new CheckRecord(id, otherUserId, family, level, probabilities, theta, sd, itemCount, correctCount,
                weakTopics, bankVersion, stopReason, startedAt, completedAt, items);
    }

    /** The "sure it is not …" statements, from the stored probabilities (see docs/skill-check.md). */
    public List<LevelConfidence> confidence() {
        return SkillCheckScoring.confidence(level, probabilities);
    }

    /** E.g. {@code middle, 93% sure it is not junior, 91% sure it is not senior}. */
    public String summary() {
        return level.id() + ", " + confidence().stream().map(LevelConfidence::text)
                .collect(Collectors.joining(", "));
    }
}
