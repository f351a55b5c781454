package com.jobfuture.coach.core.chat;

import java.util.List;
import java.util.Objects;

/**
 * A subcommand ({@code /daily set}): its name, what it does, how to use it (one line, e.g.
 * {@code /daily set (time, timezone …)}) and its arguments. Immutable.
 */
public record SubcommandSpec(String name, String summary, String usage, List<ArgumentSpec> arguments) {
    public SubcommandSpec {
        Objects.requireNonNull(name, "name");
        arguments = List.copyOf(arguments);
    }

    /** A subcommand without arguments, used as {@code /command name}. */
    public static SubcommandSpec of(String command, String name, String summary) {
        return new SubcommandSpec(name, summary, "/" + command + " " + name, List.of());
    }
}
