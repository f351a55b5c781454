package com.jobfuture.coach.core.daily;

import com.jobfuture.coach.core.common.TimeZones;
import com.jobfuture.coach.core.chat.ArgumentSpec;
import com.jobfuture.coach.core.chat.Choice;
import com.jobfuture.coach.core.chat.CommandSpec;
import com.jobfuture.coach.core.chat.SubcommandSpec;
import com.jobfuture.coach.core.chat.Suggestions;
import com.jobfuture.coach.core.deck.DeckRegistry;
import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.deck.TopicSuggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code /daily}'s command: in communities only, mainly for their admins, one subcommand per action ({@code set},
 * {@code show}, {@code pause}, {@code resume}, {@code off}, {@code now}, {@code reveal}); {@code set} takes one
 * argument per setting (time, time zone, days, topics, level, reveal — time zone, days and topics with
 * suggestions) or all of them typed in {@code settings}. Each labelled argument is written the way
 * {@link DailySettingsParser} reads it ({@code at 09:00 tz Europe/Berlin on mon-fri topics orm level junior}).
 */
public final class DailyCommand {
    static final int MAX_SETTINGS = 300;
    static final int MAX_TOPICS = 200;
    static final int MAX_DAYS = 60;
    private static final int MAX_CHOICES = 25;
    private static final int MAX_LABEL = 100;
    private static final List<String> DAY_SUGGESTIONS = List.of("every day", "mon-fri", "weekends", "mon,wed,fri",
            "tue,thu", "mon-sat");

    private DailyCommand() {
    }

    /** The command, with topic suggestions from {@code decks}. */
    public static CommandSpec spec(DeckRegistry decks) {
        TopicSuggestions topics = new TopicSuggestions(decks);
        List<Choice> levels = new ArrayList<>();
        for (Level level : Level.values()) {
            levels.add(new Choice(level.id(), level.id()));
        }
        levels.add(new Choice("any level", "any"));
        SubcommandSpec set = new SubcommandSpec("set", "set up the question of the day here (admins)",
                "/daily set (time, timezone, days, topics, level, reveal — or all typed in settings)", List.of(
                ArgumentSpec.text("time", "local time of the post, e.g. 09:00 or 9am", 10).labelled("at "),
                ArgumentSpec.text("timezone", "IANA time zone, e.g. Europe/Berlin", 40)
                        .suggestedBy(DailyCommand::zones).labelled("tz "),
                ArgumentSpec.text("days", "e.g. mon-fri, weekends, mon,wed,fri (default every day)", MAX_DAYS)
                        .suggestedBy(DailyCommand::days).labelled("on "),
                ArgumentSpec.text("topics", "families or topics, comma-separated, e.g. orm,apis", MAX_TOPICS)
                        .suggestedBy(typed -> topicList(topics, typed)).labelled("topics "),
                ArgumentSpec.choice("level", "only questions of one level", levels).labelled("level "),
                ArgumentSpec.text("reveal", "when the answer comes: a delay (8h, 90m) or a time (18:00)", 10)
                        .labelled("reveal "),
                ArgumentSpec.text("settings", "or type it all: 09:00 Europe/Berlin mon-fri orm middle reveal 8h",
                        MAX_SETTINGS)));
        return CommandSpec.of("daily", "/daily set|show|pause|resume|off|now",
                        "a question of the day for your group or server (its admins set it up)")
                .in(CommandSpec.Place.COMMUNITY)
                .forAccess(CommandSpec.Access.COMMUNITY_ADMINS)
                .withSubcommands(set,
                        SubcommandSpec.of("daily", "show", "the settings and the next post"),
                        SubcommandSpec.of("daily", "pause", "stop posting until resumed (admins)"),
                        SubcommandSpec.of("daily", "resume", "post again from the next scheduled time (admins)"),
                        SubcommandSpec.of("daily", "off", "turn it off; settings are kept (admins)"),
                        SubcommandSpec.of("daily", "now", "post a question right away (admins)"),
                        SubcommandSpec.of("daily", "reveal", "reveal the open question now (admins)"))
                .withCommunityHelp("/daily — the question of the day: when it comes and what it covers. Admins "
                        + "set it up, e.g. /daily set 09:00 Europe/Berlin mon-fri orm,apis middle reveal 8h, and use "
                        + "/daily pause, resume, off, now or reveal. Answer the question of the day with its buttons: "
                        + "only you see your answer; the group sees the totals. I answer /daily to you privately.");
    }

    /** Zone ids completing what was typed (berl → Europe/Berlin), as /settings offers them. */
    static List<Choice> zones(String typed) {
        return TimeZones.completions(typed, MAX_CHOICES).stream().map(id -> new Choice(id, id)).toList();
    }

    /** Topics are a comma-separated list: suggestions complete its last item and keep the ones before. */
    static List<Choice> topicList(Suggestions topics, String typed) {
        String text = typed == null ? "" : typed.strip();
        int comma = text.lastIndexOf(',');
        String before = comma < 0 ? "" : text.substring(0, comma + 1).replaceAll("\\s+", "");
        String last = text.substring(comma + 1);
        List<Choice> choices = new ArrayList<>();
        for (Choice choice : topics.suggest(last)) {
            String value = before + choice.value();
            if (value.length() <= MAX_TOPICS) {
                String label = before.isEmpty() ? choice.label() : before + " " + choice.label();
                choices.add(new Choice(shorten(label, MAX_LABEL), value));
            }
        }
        return choices;
    }

    /** What was typed (if it is not a suggestion already), then the common day sets that contain it. */
    static List<Choice> days(String typed) {
        String text = typed == null ? "" : typed.strip();
        String wanted = text.toLowerCase(Locale.ROOT);
        List<Choice> choices = new ArrayList<>();
        if (!wanted.isEmpty() && !DAY_SUGGESTIONS.contains(wanted)) {
            choices.add(new Choice(shorten(text, MAX_LABEL), shorten(text, MAX_DAYS)));
        }
        DAY_SUGGESTIONS.stream().filter(d -> d.contains(wanted)).forEach(d -> choices.add(new Choice(d, d)));
        return choices;
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
