package com.jobfuture.coach.core.profile;

import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.skillcheck.CheckRecord;
import com.jobfuture.coach.core.skillcheck.LevelConfidence;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The latest skill-check level of an area as profiles show it: the level, how sure (the statements of
 * docs/skill-check.md), the day it was measured, the number of questions and the item bank version.
 */
public record SkillLevel(Family family, Level level, List<LevelConfidence> confidence, LocalDate date,
                         int questions, String bankVersion) {
    public SkillLevel {
        confidence = List.copyOf(confidence);
    }

    static SkillLevel of(CheckRecord record, ZoneId zone) {
        return new SkillLevel(record.family(), record.level(), record.confidence(),
                LocalDate.ofInstant(record.completedAt(), zone), record.itemCount(), record.bankVersion());
    }

    /** E.g. {@code 93% sure it is not junior, 91% sure it is not senior}. */
    public String sureness() {
        return confidence.stream().map(LevelConfidence::text).collect(Collectors.joining(", "));
    }

    /** The lowest of the statements' percentages: how sure the level is at least. */
    public int leastSure() {
        return confidence.stream().mapToInt(LevelConfidence::percent).min().orElse(0);
    }
}
