package com.jobfuture.coach.core.jobs;

import com.jobfuture.coach.core.deck.Level;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The level a role is for, read from words: a source's level field ("Senior", "Mid-level", "Entry level") or, when
 * the source has none, the title. Senior: senior, sr, lead, principal, staff, "head of". Junior: junior, jr,
 * graduate, entry(-level), intern(ship), trainee, apprentice. Middle: mid, middle, mid-level, intermediate. A title
 * with words of two levels ("Junior to Senior") or none says nothing.
 */
public final class LevelWords {
    private static final Set<String> SENIOR = Set.of("senior", "sr", "lead", "principal", "staff", "snr");
    private static final Set<String> JUNIOR = Set.of("junior", "jr", "graduate", "grad", "entry", "intern",
            "internship", "trainee", "apprentice", "jnr");
    private static final Set<String> MIDDLE = Set.of("mid", "middle", "intermediate", "midlevel");

    private LevelWords() {
    }

    /** The level the words of {@code text} name, if exactly one. */
    public static Optional<Level> in(String text) {
        List<String> words = JobText.words(text);
        Set<Level> found = EnumSet.noneOf(Level.class);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (SENIOR.contains(word) || word.equals("head") && i + 1 < words.size() && words.get(i + 1).equals("of")) {
                found.add(Level.SENIOR);
            } else if (JUNIOR.contains(word)) {
                found.add(Level.JUNIOR);
            } else if (MIDDLE.contains(word)) {
                found.add(Level.MIDDLE);
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }
}
