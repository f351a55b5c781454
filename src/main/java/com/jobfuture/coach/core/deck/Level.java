package com.jobfuture.coach.core.deck;

import java.util.Locale;
import java.util.Optional;

/** The seniority a question is aimed at. */
public enum Level {
    JUNIOR, MIDDLE, SENIOR;

    /** The lowercase id used in deck files. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a level id, ignoring case. */
    public static Optional<Level> parse(String text) {
        for (Level level : values()) {
            if (level.id().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
