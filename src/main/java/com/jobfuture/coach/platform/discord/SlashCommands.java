package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.core.chat.ArgumentSpec;
import com.jobfuture.coach.core.chat.Choice;
import com.jobfuture.coach.core.chat.CommandSpec;
import com.jobfuture.coach.core.chat.Invocation;
import com.jobfuture.coach.core.chat.SubcommandSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * The slash commands offered on Discord, rendered from the coach's command specs: one string option per argument
 * (choices, autocomplete and length as declared), subcommands as declared, community-only commands in servers
 * only, community-admin commands shown by default to members with Manage Server. Bot-admin commands and the
 * greeting are left out (Discord introduces the app itself). Invocations become the text the coach reads.
 */
final class SlashCommands {
    /** Discord's limits for autocomplete: 25 choices, names of at most 100 characters. */
    static final int MAX_CHOICES = 25;
    static final int MAX_CHOICE_NAME = 100;
    private final Map<String, CommandSpec> nameToSpec = new LinkedHashMap<>();

    SlashCommands(List<CommandSpec> coachCommands) {
        for (CommandSpec spec : coachCommands) {
            if (spec.isPublic() && !spec.greeting() && spec.name().matches("[a-z0-9_-]{1,32}")) {
                nameToSpec.put(spec.name(), spec);
            }
        }
    }

    /** The command names registered, in order. */
    Set<String> names() {
        return nameToSpec.keySet();
    }

    /** Every command for one bulk overwrite of the global commands. */
    List<SlashCommandData> definitions() {
        List<SlashCommandData> definitions = new ArrayList<>();
        for (CommandSpec spec : nameToSpec.values()) {
            SlashCommandData command = Commands.slash(spec.name(), shorten(spec.summary(), 100))
                    .setIntegrationTypes(IntegrationType.GUILD_INSTALL);
            if (spec.place() == CommandSpec.Place.COMMUNITY) {
                command.setContexts(InteractionContextType.GUILD);
            } else {
                command.setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
            }
            if (spec.access() == CommandSpec.Access.COMMUNITY_ADMINS) {
                command.setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER));
            }
            spec.arguments().forEach(argument -> command.addOptions(option(argument)));
            for (SubcommandSpec sub : spec.subcommands()) {
                SubcommandData data = new SubcommandData(sub.name(), shorten(sub.summary(), 100));
                sub.arguments().forEach(argument -> data.addOptions(option(argument)));
                command.addSubcommands(data);
            }
            definitions.add(command);
        }
        return definitions;
    }

    private static OptionData option(ArgumentSpec argument) {
        OptionData option = new OptionData(OptionType.STRING, argument.name(), shorten(argument.description(), 100),
                argument.required(), argument.suggestions().isPresent());
        if (argument.kind() == ArgumentSpec.Kind.CHOICE) {
            argument.choices().forEach(choice -> option.addChoice(choice.label(), choice.value()));
        } else {
            option.setMaxLength(argument.maxLength());
        }
        return option;
    }

    /** Checks an invocation without a subcommand ({@code options}: option name to its value as typed). */
    Invocation check(String name, Map<String, String> options) {
        return check(name, Optional.empty(), options);
    }

    /** Checks an invocation (with its subcommand, if any) and says what to do with it. */
    Invocation check(String name, Optional<String> subcommand, Map<String, String> options) {
        CommandSpec spec = nameToSpec.get(name);
        if (spec == null) {
            return Invocation.refuse("I don't know /" + name + " — it may be left over from an older version of "
                    + "me. Send /help to see what I can do.");
        }
        return Invocation.of(spec, subcommand, options);
    }

    /** Autocomplete suggestions for an option of a command (empty when it offers none), within Discord's limits. */
    List<Command.Choice> suggest(String command, String option, String typed) {
        CommandSpec spec = nameToSpec.get(command);
        if (spec == null) {
            return List.of();
        }
        return Stream.concat(spec.arguments().stream(), spec.subcommands().stream().flatMap(s -> s.arguments().stream()))
                .filter(argument -> argument.name().equals(option) && argument.suggestions().isPresent())
                .findFirst()
                .map(argument -> argument.suggestions().get().suggest(typed == null ? "" : typed).stream()
                        .limit(MAX_CHOICES).map(SlashCommands::choice).toList())
                .orElse(List.of());
    }

    private static Command.Choice choice(Choice choice) {
        return new Command.Choice(shorten(choice.label(), MAX_CHOICE_NAME), choice.value());
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
