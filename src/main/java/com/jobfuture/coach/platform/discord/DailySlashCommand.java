package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.core.deck.Level;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * {@code /daily} on Discord: one subcommand per action ({@code set}, {@code show}, {@code pause}, {@code resume},
 * {@code off}, {@code now}, {@code reveal}); {@code set} takes one option per setting (time, time zone and topics
 * with autocomplete, days, level, reveal) or all of them typed in {@code settings}. Servers only, and shown by
 * default only to members with Manage Server (admins can open it to other roles under Integrations); the core
 * still checks Manage Server on every change. Each invocation becomes the text the core reads, e.g.
 * {@code /daily set at 09:00 tz Europe/Berlin on mon-fri topics orm level junior reveal 8h}.
 */
final class DailySlashCommand {
    static final String NAME = "daily";
    static final String SET = "set";
    static final String TIME = "time";
    static final String TIMEZONE = "timezone";
    static final String DAYS = "days";
    static final String TOPICS = "topics";
    static final String LEVEL = "level";
    static final String REVEAL = "reveal";
    static final String SETTINGS = "settings";
    /** The free-text option of older versions ({@code /daily arguments:...}), still read from stale clients. */
    static final String LEGACY = SlashCommands.ARGUMENTS;
    static final int MAX_SETTINGS = 300;
    private static final int MAX_CHOICES = 25;
    private static final int MAX_CHOICE = 100;
    private static final List<String> PLAIN = List.of("show", "pause", "resume", "off", "now", "reveal");
    private static final Map<String, Integer> SET_OPTION_LENGTH = new LinkedHashMap<>();
    private static final List<String> DAY_SUGGESTIONS = List.of("every day", "mon-fri", "weekends", "mon,wed,fri",
            "tue,thu", "mon-sat");
    /** IANA region ids (plus UTC) offered by autocomplete, sorted; legacy aliases like "US/Eastern" left out. */
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+"))
            .sorted().toList();

    static {
        SET_OPTION_LENGTH.put(TIME, 10);
        SET_OPTION_LENGTH.put(TIMEZONE, 40);
        SET_OPTION_LENGTH.put(DAYS, 60);
        SET_OPTION_LENGTH.put(TOPICS, 200);
        SET_OPTION_LENGTH.put(LEVEL, 10);
        SET_OPTION_LENGTH.put(REVEAL, 10);
        SET_OPTION_LENGTH.put(SETTINGS, MAX_SETTINGS);
    }

    private final TopicAutocomplete topics;

    DailySlashCommand(TopicAutocomplete topics) {
        this.topics = topics;
    }

    /** The command: servers only, Manage Server by default, subcommands with typed options. */
    SlashCommandData definition() {
        SubcommandData set = new SubcommandData(SET, "set up the question of the day here (admins)")
                .addOptions(
                        new OptionData(OptionType.STRING, TIME, "local time of the post, e.g. 09:00 or 9am", false)
                                .setMaxLength(SET_OPTION_LENGTH.get(TIME)),
                        new OptionData(OptionType.STRING, TIMEZONE, "IANA time zone, e.g. Europe/Berlin", false, true)
                                .setMaxLength(SET_OPTION_LENGTH.get(TIMEZONE)),
                        new OptionData(OptionType.STRING, DAYS, "e.g. mon-fri, weekends, mon,wed,fri (default every "
                                + "day)", false, true).setMaxLength(SET_OPTION_LENGTH.get(DAYS)),
                        new OptionData(OptionType.STRING, TOPICS, "families or topics, comma-separated, e.g. orm,apis",
                                false, true).setMaxLength(SET_OPTION_LENGTH.get(TOPICS)),
                        levelOption(),
                        new OptionData(OptionType.STRING, REVEAL, "when the answer comes: a delay (8h, 90m) or a time "
                                + "(18:00)", false).setMaxLength(SET_OPTION_LENGTH.get(REVEAL)),
                        new OptionData(OptionType.STRING, SETTINGS, "or type it all: 09:00 Europe/Berlin mon-fri orm "
                                + "middle reveal 8h", false).setMaxLength(MAX_SETTINGS));
        return Commands.slash(NAME, "a question of the day for this channel (admins set it up)")
                .setContexts(InteractionContextType.GUILD)
                .setIntegrationTypes(IntegrationType.GUILD_INSTALL)
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
                .addSubcommands(set,
                        new SubcommandData("show", "the settings and the next post"),
                        new SubcommandData("pause", "stop posting until resumed (admins)"),
                        new SubcommandData("resume", "post again from the next scheduled time (admins)"),
                        new SubcommandData("off", "turn it off; settings are kept (admins)"),
                        new SubcommandData("now", "post a question right away (admins)"),
                        new SubcommandData("reveal", "reveal the open question now (admins)"));
    }

    private static OptionData levelOption() {
        OptionData level = new OptionData(OptionType.STRING, LEVEL, "only questions of one level", false);
        for (Level value : Level.values()) {
            level.addChoice(value.id(), value.id());
        }
        return level.addChoice("any level", "any");
    }

    /** The coach's text for {@code /daily <subcommand>} with these options, or a refusal for the user. */
    SlashVerdict check(Optional<String> subcommand, Map<String, String> options) {
        if (subcommand.isEmpty()) {
            // A client that still shows the old single-option command.
            String legacy = options.getOrDefault(LEGACY, "");
            if (!Set.of(LEGACY).containsAll(options.keySet()) || !plausible(legacy, MAX_SETTINGS)) {
                return SlashVerdict.refuse(usage());
            }
            return SlashVerdict.pass(("/daily " + oneLine(legacy)).strip(), false);
        }
        String sub = subcommand.get();
        if (PLAIN.contains(sub)) {
            return options.isEmpty() ? SlashVerdict.pass("/daily " + sub, false) : SlashVerdict.refuse(usage());
        }
        if (!sub.equals(SET)) {
            return SlashVerdict.refuse(usage());
        }
        for (Map.Entry<String, String> option : options.entrySet()) {
            Integer max = SET_OPTION_LENGTH.get(option.getKey());
            if (max == null) {
                return SlashVerdict.refuse("/daily set has no option \"" + shorten(option.getKey(), 32) + "\". "
                        + usage());
            }
            if (!plausible(option.getValue(), max)) {
                return SlashVerdict.refuse("That " + option.getKey() + " doesn't look right (one line, at most " + max
                        + " characters). " + usage());
            }
        }
        StringBuilder text = new StringBuilder("/daily set");
        // The typed settings first; each option then names what it is, so a value is read as what it was given as.
        append(text, "", options.get(SETTINGS));
        append(text, "at ", options.get(TIME));
        append(text, "tz ", options.get(TIMEZONE));
        append(text, "on ", options.get(DAYS));
        append(text, "topics ", options.get(TOPICS));
        append(text, "level ", options.get(LEVEL));
        append(text, "reveal ", options.get(REVEAL));
        return SlashVerdict.pass(text.toString(), false);
    }

    /** Suggestions while typing {@code timezone}, {@code topics} or {@code days} of {@code /daily set}. */
    List<Command.Choice> autocomplete(String option, String typed) {
        String value = typed == null ? "" : typed.strip();
        return switch (option) {
            case TIMEZONE -> zones(value);
            case TOPICS -> topicList(value);
            case DAYS -> days(value);
            default -> List.of();
        };
    }

    private static List<Command.Choice> zones(String typed) {
        String wanted = typed.toLowerCase(Locale.ROOT).replace(' ', '_');
        List<String> matches = new ArrayList<>();
        if ("utc".contains(wanted)) {
            matches.add("UTC");
        }
        // Cities whose name starts with the text first (berl → Europe/Berlin), then any id containing it.
        Comparator<String> cityFirst = Comparator.comparing(id -> !city(id).startsWith(wanted));
        ZONES.stream().filter(id -> id.toLowerCase(Locale.ROOT).contains(wanted)).sorted(cityFirst)
                .limit(MAX_CHOICES - matches.size()).forEach(matches::add);
        return matches.stream().map(id -> new Command.Choice(id, id)).toList();
    }

    private static String city(String zoneId) {
        return zoneId.substring(zoneId.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    /** Topics are a comma-separated list: suggestions complete its last item and keep the ones before. */
    private List<Command.Choice> topicList(String typed) {
        int comma = typed.lastIndexOf(',');
        String before = comma < 0 ? "" : typed.substring(0, comma + 1).replaceAll("\\s+", "");
        String last = typed.substring(comma + 1);
        List<Command.Choice> choices = new ArrayList<>();
        for (Command.Choice choice : topics.choices(last)) {
            String value = before + choice.getAsString();
            if (value.length() <= SET_OPTION_LENGTH.get(TOPICS)) {
                String name = before.isEmpty() ? choice.getName() : before + " " + choice.getName();
                choices.add(new Command.Choice(shorten(name, MAX_CHOICE), value));
            }
        }
        return choices;
    }

    private static List<Command.Choice> days(String typed) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        List<Command.Choice> choices = new ArrayList<>();
        if (!wanted.isEmpty() && !DAY_SUGGESTIONS.contains(wanted)) {
            choices.add(new Command.Choice(shorten(typed, MAX_CHOICE), shorten(typed, SET_OPTION_LENGTH.get(DAYS))));
        }
        DAY_SUGGESTIONS.stream().filter(d -> d.contains(wanted)).forEach(d -> choices.add(new Command.Choice(d, d)));
        return choices;
    }

    private static void append(StringBuilder text, String label, String value) {
        if (value != null && !value.isBlank()) {
            text.append(' ').append(label).append(oneLine(value));
        }
    }

    private static boolean plausible(String value, int max) {
        return value.strip().length() <= max && value.chars().noneMatch(Character::isISOControl);
    }

    private static String oneLine(String value) {
        return value.strip().replaceAll("\\s+", " ");
    }

    static String usage() {
        return "Usage: /daily set (time, timezone, days, topics, level, reveal — or all typed in settings), "
                + "/daily show, /daily pause, /daily resume, /daily off, /daily now, /daily reveal.";
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
