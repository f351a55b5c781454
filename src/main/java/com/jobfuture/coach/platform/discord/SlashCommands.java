package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.core.chat.CommandHelp;
import com.jobfuture.coach.core.deck.DeckRegistry;
import com.jobfuture.coach.core.deck.Family;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * The slash commands offered on Discord, derived from the coach's own command list (so new core commands appear
 * without adapter changes), and the check that turns an invocation into the text the coach reads.
 */
final class SlashCommands {
    static final String TOPIC = "topic";
    static final String FAMILY = "family";
    static final String ARGUMENTS = "arguments";
    static final int MAX_OPTION_LENGTH = 100;
    /** Commands that make no sense as Discord slash commands (Discord introduces the app itself). */
    private static final Set<String> LEFT_OUT = Set.of("start");
    private final Map<String, CommandHelp> nameToHelp = new LinkedHashMap<>();
    private final DeckRegistry decks;
    private final TopicAutocomplete topics;
    private final DailySlashCommand daily;

    SlashCommands(List<CommandHelp> coachCommands, DeckRegistry decks) {
        this.decks = decks;
        this.topics = new TopicAutocomplete(decks);
        this.daily = new DailySlashCommand(topics);
        for (CommandHelp help : coachCommands) {
            if (!help.adminOnly() && !LEFT_OUT.contains(help.name()) && help.name().matches("[a-z0-9_-]{1,32}")) {
                nameToHelp.put(help.name(), help);
            }
        }
    }

    /** The command names registered, in order. */
    Set<String> names() {
        return nameToHelp.keySet();
    }

    /**
     * Every command for one bulk overwrite of the global commands: usable in servers and in DMs with the bot,
     * except {@code /daily} (servers only, see {@link DailySlashCommand}).
     */
    List<SlashCommandData> definitions() {
        List<SlashCommandData> definitions = new ArrayList<>();
        for (CommandHelp help : nameToHelp.values()) {
            if (help.name().equals(DailySlashCommand.NAME)) {
                definitions.add(daily.definition());
                continue;
            }
            SlashCommandData command = Commands.slash(help.name(), shorten(help.summary(), 100))
                    .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
                    .setIntegrationTypes(IntegrationType.GUILD_INSTALL);
            String option = optionOf(help.name());
            if (option.equals(TOPIC)) {
                command.addOptions(new OptionData(OptionType.STRING, TOPIC, "a topic or family, e.g. orm or n-plus-one",
                        false, true).setMaxLength(MAX_OPTION_LENGTH));
            } else if (option.equals(FAMILY)) {
                OptionData family = new OptionData(OptionType.STRING, FAMILY, "only the topics of one family", false);
                for (Family value : Family.values()) {
                    family.addChoice(value.label(), value.id());
                }
                command.addOptions(family);
            } else if (hasArguments(help)) {
                command.addOptions(new OptionData(OptionType.STRING, ARGUMENTS, shorten(help.usage(), 100), false)
                        .setMaxLength(MAX_OPTION_LENGTH));
            }
            definitions.add(command);
        }
        return definitions;
    }

    /** Checks an invocation without a subcommand ({@code options}: option name to its value as typed). */
    SlashVerdict check(String name, Map<String, String> options) {
        return check(name, Optional.empty(), options);
    }

    /** Checks an invocation (with its subcommand, if any) and says what to do with it. */
    SlashVerdict check(String name, Optional<String> subcommand, Map<String, String> options) {
        CommandHelp help = nameToHelp.get(name);
        if (help == null) {
            return SlashVerdict.refuse("I don't know /" + name + " — it may be left over from an older version of "
                    + "me. Send /help to see what I can do.");
        }
        if (name.equals(DailySlashCommand.NAME)) {
            return daily.check(subcommand, options);
        }
        if (subcommand.isPresent()) {
            return SlashVerdict.refuse("/" + name + " has no subcommand \"" + shorten(subcommand.get(), 32)
                    + "\". Usage: " + help.usage());
        }
        String expected = optionOf(name).isEmpty() && hasArguments(help) ? ARGUMENTS : optionOf(name);
        for (String option : options.keySet()) {
            if (!option.equals(expected)) {
                return SlashVerdict.refuse("/" + name + " has no option \"" + shorten(option, 32) + "\". Usage: "
                        + help.usage());
            }
        }
        String value = options.getOrDefault(expected, "").strip();
        if (value.length() > MAX_OPTION_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
            return SlashVerdict.refuse("That " + expected + " doesn't look right (one line, at most "
                    + MAX_OPTION_LENGTH + " characters). Usage: " + help.usage());
        }
        if (expected.equals(FAMILY) && !value.isEmpty() && Family.parse(value).isEmpty()) {
            return SlashVerdict.refuse("There is no family \"" + shorten(value, 32) + "\". Families: "
                    + familyIds() + ".");
        }
        boolean unknownTopic = expected.equals(TOPIC) && decks.catalog().size() > 0
                && decks.catalog().resolveScope(value).isEmpty();
        String text = "/" + name + (value.isEmpty() ? "" : " " + value.replaceAll("\\s+", " "));
        return SlashVerdict.pass(text, unknownTopic);
    }

    /** Autocomplete suggestions for an option of a command (empty when it offers none). */
    List<Command.Choice> suggest(String command, String option, String typed) {
        if (command.equals(DailySlashCommand.NAME)) {
            return daily.autocomplete(option, typed);
        }
        return option.equals(TOPIC) ? topics.choices(typed) : List.of();
    }

    private static String optionOf(String command) {
        return switch (command) {
            case "quiz" -> TOPIC;
            case "topics" -> FAMILY;
            default -> "";
        };
    }

    private static boolean hasArguments(CommandHelp help) {
        return !help.usage().strip().toLowerCase(Locale.ROOT).equals("/" + help.name());
    }

    private static String familyIds() {
        return java.util.Arrays.stream(Family.values()).map(Family::id).collect(Collectors.joining(", "));
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
