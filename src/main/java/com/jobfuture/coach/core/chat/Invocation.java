package com.jobfuture.coach.core.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A command invoked with named arguments (a slash command), turned into the command line the coach reads
 * ({@code /daily set 09:00 tz Europe/Berlin}) or refused with a message for the sender. {@code answerPrivately}
 * says the answer is likely a correction (an argument named nothing known), so it should not go to everyone.
 */
public record Invocation(Optional<String> refusal, String text, boolean answerPrivately) {
    /** Older clients may still send one free-text argument to a command that now has subcommands. */
    static final int MAX_TYPED_LINE = 300;

    public static Invocation refuse(String message) {
        return new Invocation(Optional.of(message), "", true);
    }

    public static Invocation pass(String text, boolean answerPrivately) {
        return new Invocation(Optional.empty(), text, answerPrivately);
    }

    /**
     * Checks an invocation of {@code spec} against its arguments: every option must be one it declares, on one
     * line and within its length, a choice one of its choices. Typed (unlabelled) values come first in the line,
     * then each labelled value after its label, in the order the spec declares them.
     */
    public static Invocation of(CommandSpec spec, Optional<String> subcommand, Map<String, String> options) {
        String prefix = "/" + spec.name();
        List<ArgumentSpec> arguments = spec.arguments();
        String usage = spec.structuredUsage();
        if (!spec.subcommands().isEmpty()) {
            if (subcommand.isEmpty()) {
                String typed = options.getOrDefault(ArgumentSpec.TYPED, "");
                boolean onlyTyped = options.keySet().stream().allMatch(ArgumentSpec.TYPED::equals);
                return onlyTyped && plausible(typed, MAX_TYPED_LINE)
                        ? pass((prefix + " " + oneLine(typed)).strip(), false) : refuse(usage);
            }
            Optional<SubcommandSpec> sub = spec.subcommand(subcommand.get());
            if (sub.isEmpty()) {
                return refuse(usage);
            }
            prefix += " " + sub.get().name();
            arguments = sub.get().arguments();
        } else if (subcommand.isPresent()) {
            return refuse(prefix + " has no subcommand \"" + shorten(subcommand.get(), 32) + "\". " + usage);
        }
        boolean privately = false;
        for (Map.Entry<String, String> option : options.entrySet()) {
            ArgumentSpec argument = arguments.stream().filter(a -> a.name().equals(option.getKey())).findFirst()
                    .orElse(null);
            if (argument == null) {
                return refuse(prefix + " has no option \"" + shorten(option.getKey(), 32) + "\". " + usage);
            }
            String value = option.getValue();
            if (!plausible(value, argument.maxLength())) {
                return refuse("That " + argument.name() + " doesn't look right (one line, at most "
                        + argument.maxLength() + " characters). " + usage);
            }
            if (argument.kind() == ArgumentSpec.Kind.CHOICE && !value.isBlank() && !argument.isChoice(value)) {
                return refuse("There is no " + argument.name() + " \"" + shorten(value.strip(), 32)
                        + "\". Choose one of: " + String.join(", ", argument.choices().stream().map(Choice::value)
                        .toList()) + ".");
            }
            if (!value.isBlank() && argument.suggestions().isPresent()
                    && !argument.suggestions().get().recognizes(value.strip())) {
                privately = true;
            }
        }
        List<String> parts = new ArrayList<>();
        parts.add(prefix);
        arguments.stream().filter(a -> a.label().isEmpty()).forEach(a -> addPart(parts, "", options.get(a.name())));
        arguments.stream().filter(a -> !a.label().isEmpty())
                .forEach(a -> addPart(parts, a.label(), options.get(a.name())));
        return pass(String.join(" ", parts), privately);
    }

    private static void addPart(List<String> parts, String label, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(label + oneLine(value));
        }
    }

    private static boolean plausible(String value, int max) {
        return value.strip().length() <= max && value.chars().noneMatch(Character::isISOControl);
    }

    private static String oneLine(String value) {
        return value.strip().replaceAll("\\s+", " ");
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
