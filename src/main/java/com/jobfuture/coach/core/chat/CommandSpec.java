package com.jobfuture.coach.core.chat;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A command a feature answers, with everything a platform needs to offer it: the name (without the slash), one
 * line of usage and a summary for /help and menus, where it may be used, who it is for, its arguments (or
 * subcommands, each with arguments) for platforms that ask for them one by one, and optionally how a community's
 * help describes it, and whether its answer shows where things stand (only the latest such answer is worth
 * sending). Platforms render menus, slash commands and help from these; they never name a feature.
 * Immutable; build with {@link #of} and the {@code with…} methods.
 */
public record CommandSpec(String name, String usage, String summary, Place place, Access access, boolean greeting,
                          List<ArgumentSpec> arguments, List<SubcommandSpec> subcommands,
                          Optional<String> communityHelp, boolean showsState) {
    /** Commands typed as words get one free-text argument up to this long on platforms that ask for arguments. */
    public static final int TYPED_MAX_LENGTH = 100;

    /** Where a command may be used. */
    public enum Place {
        /**
         * Personal: in the private chat, and in a community only where the platform can answer the sender
         * privately in place (Discord's ephemeral replies); elsewhere a community gets a pointer to the private chat.
         */
        PRIVATE,
        /** Anywhere; in a community its answer may go to everyone there. */
        ANYWHERE,
        /** In communities only (a group, a server channel); in the private chat it explains where it works. */
        COMMUNITY
    }

    /** Who a command is for. */
    public enum Access {
        /** Everyone. */
        EVERYONE,
        /**
         * Mainly a community's admins: platforms offer it to them by default (Discord: Manage Server) and say in
         * {@link Conversation#senderIsAdmin()} whether the sender administers the community; the feature decides
         * what others may do with it.
         */
        COMMUNITY_ADMINS,
        /** The bot's admins only (configured, or the console's operator): hidden from menus and other people's help. */
        BOT_ADMINS
    }

    public CommandSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(summary, "summary");
        arguments = List.copyOf(arguments);
        subcommands = List.copyOf(subcommands);
        if (!arguments.isEmpty() && !subcommands.isEmpty()) {
            throw new IllegalArgumentException("/" + name + ": arguments belong to its subcommands");
        }
    }

    /**
     * A personal command for everyone. When {@code usage} shows more than {@code /name}, the command takes typed
     * words: it gets one free-text argument ({@link ArgumentSpec#TYPED}) described by its usage.
     */
    public static CommandSpec of(String name, String usage, String summary) {
        boolean typed = !usage.strip().toLowerCase(Locale.ROOT).equals("/" + name);
        List<ArgumentSpec> arguments = typed ? List.of(ArgumentSpec.text(ArgumentSpec.TYPED,
                usage.length() <= TYPED_MAX_LENGTH ? usage : usage.substring(0, TYPED_MAX_LENGTH - 1) + "…",
                TYPED_MAX_LENGTH)) : List.of();
        return new CommandSpec(name, usage, summary, Place.PRIVATE, Access.EVERYONE, false, arguments, List.of(),
                Optional.empty(), false);
    }

    /** The same command, usable in {@code other} places. */
    public CommandSpec in(Place other) {
        return new CommandSpec(name, usage, summary, other, access, greeting, arguments, subcommands, communityHelp,
                showsState);
    }

    /** The same command, for {@code other} people. */
    public CommandSpec forAccess(Access other) {
        return new CommandSpec(name, usage, summary, place, other, greeting, arguments, subcommands, communityHelp,
                showsState);
    }

    /** The same command with these arguments (replacing any). */
    public CommandSpec withArguments(ArgumentSpec... others) {
        return new CommandSpec(name, usage, summary, place, access, greeting, List.of(others), List.of(),
                communityHelp, showsState);
    }

    /** The same command with these subcommands instead of arguments. */
    public CommandSpec withSubcommands(SubcommandSpec... others) {
        return new CommandSpec(name, usage, summary, place, access, greeting, List.of(), List.of(others),
                communityHelp, showsState);
    }

    /**
     * The same command, marked as the one platforms send when someone first opens the bot (Telegram's Start);
     * platforms that introduce the bot themselves (Discord) leave it out.
     */
    public CommandSpec asGreeting() {
        return new CommandSpec(name, usage, summary, place, access, true, arguments, subcommands, communityHelp,
                showsState);
    }

    /** The same command, described in a community's help by {@code text} (instead of usage and summary). */
    public CommandSpec withCommunityHelp(String text) {
        return new CommandSpec(name, usage, summary, place, access, greeting, arguments, subcommands,
                Optional.of(text), showsState);
    }

    /**
     * The same command, marked as showing where things stand now (a report, a file of everything): its answer is a
     * {@link Reply#snapshotOf snapshot}, so a platform still holding an unsent earlier answer sends only the latest.
     */
    public CommandSpec showingState() {
        return new CommandSpec(name, usage, summary, place, access, greeting, arguments, subcommands, communityHelp,
                true);
    }

    /** True when the command works in communities ({@link Place#ANYWHERE} or {@link Place#COMMUNITY}). */
    public boolean worksInCommunities() {
        return place != Place.PRIVATE;
    }

    /** True when the command belongs in platform menus and in everyone's help (not for bot admins only). */
    public boolean isPublic() {
        return access != Access.BOT_ADMINS;
    }

    /** The subcommand with this name, if any. */
    public Optional<SubcommandSpec> subcommand(String subName) {
        return subcommands.stream().filter(s -> s.name().equals(subName)).findFirst();
    }

    /** The usage shown when a structured invocation is refused: the subcommands' usages, or the command's. */
    public String structuredUsage() {
        if (subcommands.isEmpty()) {
            return "Usage: " + usage;
        }
        return "Usage: " + subcommands.stream().map(SubcommandSpec::usage).collect(Collectors.joining(", ")) + ".";
    }

    /** The line a community's help shows for this command. */
    public String communityLine() {
        return communityHelp.orElse(usage + " — " + summary);
    }
}
