package com.jobfuture.coach.core.settings;

import com.jobfuture.coach.core.chat.ArgumentSpec;
import com.jobfuture.coach.core.chat.Choice;
import com.jobfuture.coach.core.chat.CommandSpec;
import com.jobfuture.coach.core.chat.SubcommandSpec;
import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code /settings}'s command: one subcommand per typed form ({@code show}, {@code timezone}, {@code reminders},
 * {@code quiet}, {@code goal}, {@code level}, {@code interview}, {@code areas}), each with one required argument
 * written right after it, so a platform that asks for arguments one by one (Discord's slash commands) produces
 * exactly the typed form {@link SettingsParser} reads: {@code /settings timezone Europe/Berlin}. The time zone
 * completes from {@link ZoneSuggestions}, the areas from the families, the reminder time from common times.
 */
public final class SettingsCommand {
    static final String NAME = "settings";
    private static final int MAX_ZONE = 40;
    private static final int MAX_AREAS = 80;
    private static final List<String> TIMES = List.of("18:00", "18:30", "19:00", "20:00", "21:00", "07:30", "08:00",
            "12:30", "on", "off");

    private SettingsCommand() {
    }

    /** The command and its subcommands. */
    public static CommandSpec spec() {
        List<Choice> levels = new ArrayList<>();
        for (Level level : Level.values()) {
            levels.add(new Choice(level.id(), level.id()));
        }
        levels.add(new Choice("any level", "any"));
        return CommandSpec.of(NAME, "/settings [timezone|reminders|quiet|goal|level|interview|areas …]",
                        "your time zone, reminders, daily goal and interview date")
                .withSubcommands(
                        SubcommandSpec.of(NAME, "show", "your settings, with buttons to change them"),
                        sub("timezone", "the time zone your days and reminders follow", "Europe/Berlin",
                                ArgumentSpec.text("zone", "IANA time zone (Area/City), e.g. Europe/Berlin", MAX_ZONE)
                                        .suggestedBy(new ZoneSuggestions())),
                        sub("reminders", "a daily review reminder at your local time, or off", "18:30",
                                ArgumentSpec.text("time", "local time (18:30, 6:30pm), on or off", 10)
                                        .suggestedBy(SettingsCommand::times)),
                        sub("quiet", "hours in which no reminder comes", "22:00-07:00",
                                ArgumentSpec.text("hours", "a local time range (22:00-07:00), or off", 20)),
                        sub("goal", "your daily goal in questions", "10",
                                ArgumentSpec.text("questions", "questions a day, " + UserSettings.MIN_GOAL + "–"
                                        + UserSettings.MAX_GOAL + ", or off", 4)),
                        sub("level", "the level you aim for (/plan counts up to it)", "middle",
                                ArgumentSpec.choice("level", "junior, middle, senior or any", levels)),
                        sub("interview", "your interview date (/plan paces towards it)", "2027-03-01",
                                ArgumentSpec.text("date", "YYYY-MM-DD, or off", 10)),
                        sub("areas", "the areas /plan covers", "orm,apis",
                                ArgumentSpec.text("areas", "families, comma-separated (orm,apis), or all", MAX_AREAS)
                                        .suggestedBy(SettingsCommand::areas)));
    }

    private static SubcommandSpec sub(String name, String summary, String example, ArgumentSpec argument) {
        return new SubcommandSpec(name, summary, "/" + NAME + " " + name + " " + example,
                List.of(argument.asRequired()));
    }

    /** Common reminder times (and on/off) starting with what was typed. */
    static List<Choice> times(String typed) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return TIMES.stream().filter(t -> t.startsWith(wanted)).map(t -> new Choice(t, t)).toList();
    }

    /** Areas are a comma-separated list: the families completing its last item, then "all". */
    static List<Choice> areas(String typed) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        int comma = text.lastIndexOf(',');
        String before = comma < 0 ? "" : text.substring(0, comma + 1).replaceAll("\\s+", "");
        String last = text.substring(comma + 1).strip();
        List<Choice> choices = new ArrayList<>();
        Arrays.stream(Family.values()).filter(f -> f.id().startsWith(last) && !before.contains(f.id() + ","))
                .forEach(f -> choices.add(new Choice(before.isEmpty() ? f.label() : before + f.id(),
                        before + f.id())));
        if (before.isEmpty() && "all".startsWith(last)) {
            choices.add(new Choice("all areas", "all"));
        }
        return choices;
    }
}
