package com.jobfuture.coach.core.share;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a share page may show; the user picks per link (default: name and figures per area). Raw answers are never
 * a section. {@link #LEVELS} shows the latest skill-check level of the areas the user chose (see {@link ShareLink}).
 */
public enum ShareSection {
    NAME("name", "name", "your name"),
    FAMILIES("families", "family", "figures per area"),
    TOPICS("topics", "topic", "figures per topic"),
    ACTIVITY("activity", "activities", "activity"),
    LEVELS("levels", "level", "skill-check levels");

    private final String id;
    private final String alias;
    private final String label;

    ShareSection(String id, String alias, String label) {
        this.id = id;
        this.alias = alias;
        this.label = label;
    }

    /** The word used in commands and storage, e.g. {@code topics}. */
    public String id() {
        return id;
    }

    /** How the section is described to the user, e.g. "mastery per topic". */
    public String label() {
        return label;
    }

    /** The sections a new link shows unless the user chooses otherwise. */
    public static Set<ShareSection> defaults() {
        return EnumSet.of(NAME, FAMILIES);
    }

    /** Parses a section word ({@code family} and {@code topic} are accepted too). */
    public static Optional<ShareSection> parse(String word) {
        String wanted = word.toLowerCase(Locale.ROOT);
        for (ShareSection section : values()) {
            if (section.id.equals(wanted) || section.alias.equals(wanted)) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }

    /** The comma list stored in the database, in declaration order. */
    public static String format(Set<ShareSection> sections) {
        return sorted(sections).stream().map(ShareSection::id).collect(Collectors.joining(","));
    }

    /** The ids of the sections, in declaration order. */
    public static List<String> ids(Set<ShareSection> sections) {
        return sorted(sections).stream().map(ShareSection::id).toList();
    }

    /** Reads a stored comma list; unknown words (from a newer version) are ignored. */
    public static Set<ShareSection> parseList(String stored) {
        Set<ShareSection> sections = EnumSet.noneOf(ShareSection.class);
        for (String word : stored.split(",")) {
            if (!word.isBlank()) {
                parse(word.strip()).ifPresent(sections::add);
            }
        }
        return sections;
    }

    /** "your name, mastery per family" for messages. */
    public static String describe(Set<ShareSection> sections) {
        if (sections.isEmpty()) {
            return "nothing";
        }
        return sorted(sections).stream().map(ShareSection::label).collect(Collectors.joining(", "));
    }

    private static Set<ShareSection> sorted(Set<ShareSection> sections) {
        Set<ShareSection> sorted = EnumSet.noneOf(ShareSection.class);
        sorted.addAll(sections);
        return sorted;
    }
}
