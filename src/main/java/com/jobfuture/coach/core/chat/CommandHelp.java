package com.jobfuture.coach.core.chat;

/** One line of /help: the command, its usage and what it does; admin-only commands are listed to admins only. */
public record CommandHelp(String name, String usage, String summary, boolean adminOnly) {
    public static CommandHelp of(String name, String usage, String summary) {
        return new CommandHelp(name, usage, summary, false);
    }
}
