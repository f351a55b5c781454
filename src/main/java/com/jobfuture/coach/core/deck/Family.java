package com.jobfuture.coach.core.deck;

import java.util.Locale;
import java.util.Optional;

/** The topic families a user's mastery is summarised by. */
public enum Family {
    PYTHON("python", "Python"),
    FUNDAMENTALS("fundamentals", "Fundamentals"),
    ORM("orm", "ORM"),
    APIS("apis", "APIs (DRF)"),
    PRODUCTION("production", "Production"),
    SECURITY("security", "Security");

    private final String id;
    private final String label;

    Family(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The lowercase id used in deck files and commands. */
    public String id() {
        return id;
    }

    /** A short human label. */
    public String label() {
        return label;
    }

    /** Parses a family id, ignoring case. */
    public static Optional<Family> parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (Family family : values()) {
            if (family.id.equals(wanted)) {
                return Optional.of(family);
            }
        }
        return Optional.empty();
    }
}
