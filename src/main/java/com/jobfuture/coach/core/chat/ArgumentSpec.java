package com.jobfuture.coach.core.chat;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One argument of a command, for platforms that ask for arguments one by one (Discord's slash-command options).
 * {@code label} is how the value is written into the command line the coach reads ({@code "at "} gives
 * {@code /daily set at 09:00}); an argument without a label is typed text and comes first. Immutable.
 */
public record ArgumentSpec(String name, String description, Kind kind, boolean required, int maxLength,
                           List<Choice> choices, Optional<Suggestions> suggestions, String label) {
    /** What kind of value the argument takes. */
    public enum Kind {
        /** Free text on one line (optionally with suggestions while typing). */
        TEXT,
        /** One of {@link #choices()}. */
        CHOICE
    }

    /** The name platforms give the single free-text argument of commands that only take typed words. */
    public static final String TYPED = "arguments";

    public ArgumentSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        choices = List.copyOf(choices);
        if ((kind == Kind.CHOICE) == choices.isEmpty()) {
            throw new IllegalArgumentException("choice arguments, and only they, have choices: " + name);
        }
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be positive: " + name);
        }
    }

    /** An optional free-text argument of at most {@code maxLength} characters. */
    public static ArgumentSpec text(String name, String description, int maxLength) {
        return new ArgumentSpec(name, description, Kind.TEXT, false, maxLength, List.of(), Optional.empty(), "");
    }

    /** An optional argument taking one of {@code choices}. */
    public static ArgumentSpec choice(String name, String description, List<Choice> choices) {
        int longest = choices.stream().mapToInt(c -> c.value().length()).max().orElse(1);
        return new ArgumentSpec(name, description, Kind.CHOICE, false, longest, choices, Optional.empty(), "");
    }

    /** The same argument with suggestions while typing. */
    public ArgumentSpec suggestedBy(Suggestions source) {
        return new ArgumentSpec(name, description, kind, required, maxLength, choices, Optional.of(source), label);
    }

    /** The same argument, which platforms that ask for arguments one by one require (Discord: a required option). */
    public ArgumentSpec asRequired() {
        return new ArgumentSpec(name, description, kind, true, maxLength, choices, suggestions, label);
    }

    /** The same argument, written into the command line after {@code prefix} (e.g. {@code "tz "}). */
    public ArgumentSpec labelled(String prefix) {
        return new ArgumentSpec(name, description, kind, required, maxLength, choices, suggestions, prefix);
    }

    /** True when {@code value} (stripped) is one of the choices' values or labels, ignoring case. */
    boolean isChoice(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return choices.stream().anyMatch(c -> c.value().toLowerCase(Locale.ROOT).equals(wanted)
                || c.label().toLowerCase(Locale.ROOT).equals(wanted));
    }
}
