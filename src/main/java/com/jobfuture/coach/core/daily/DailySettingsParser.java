package com.jobfuture.coach.core.daily;

import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.deck.Scope;
import com.jobfuture.coach.core.deck.Topic;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the arguments of {@code /daily set} in any order, e.g. {@code 09:00 Europe/Berlin mon-fri orm,apis middle
 * reveal 8h}. Values not given keep the community's current ones (or the defaults); filler words such as "at",
 * "on" or "level" are ignored. Problems come back as one clear message with the usage.
 */
public final class DailySettingsParser {
    public static final String USAGE = """
            Usage: /daily set <time> [time zone] [days] [topics|families] [level] [reveal <delay>]
            Example: /daily set 09:00 Europe/Berlin mon-fri orm,apis middle reveal 8h
            • time: 09:00 or 9am · time zone: an IANA id such as Europe/Berlin
            • days: mon-fri, weekends, daily, or mon,wed,fri (default: every day)
            • topics or families: orm,apis or n-plus-one (default: all — see /topics)
            • level: junior, middle or senior (default: all levels)
            • reveal: 8h, 90m or 18:00 (default: 8h)""";
    private static final Set<String> FILLER = Set.of("at", "on", "in", "after", "tz", "timezone", "zone", "days",
            "topic", "topics", "family", "families", "level", "every", "and", "from", "questions");
    private static final Pattern UNIT_GAP = Pattern.compile(
            "(\\d+)\\s+(h|hr|hrs|hours?|m|min|mins|minutes?)(?=\\s|$)");

    /** The outcome: settings (with notes for the admin) or a problem message. */
    public sealed interface Result {
        /** The new settings; {@code notes} mention defaults the admin may want to change. */
        record Parsed(DailySettings settings, List<String> notes) implements Result {
        }

        /** What is wrong, with the usage. */
        record Problem(String message) implements Result {
        }
    }

    /** Parses the arguments on top of the current settings (or the defaults when there are none). */
    public Result parse(String args, Optional<DailySettings> current, DeckCatalog catalog, DailyOptions options) {
        String normalized = UNIT_GAP.matcher(args.strip().replace('–', '-').replace('=', ' ')
                .replaceAll("\\s*,\\s*", ",").replaceAll("\\s+-\\s+", "-")).replaceAll("$1$2");
        List<String> tokens = normalized.isEmpty() ? List.of() : List.of(normalized.split("\\s+"));
        if (tokens.isEmpty() && current.isEmpty()) {
            return new Result.Problem("Tell me when to post.\n" + USAGE);
        }
        LocalTime time = null;
        ZoneId zone = null;
        Set<DayOfWeek> days = null;
        List<String> scopes = null;
        Optional<Level> level = null;
        Duration reveal = null;
        LocalTime revealClock = null;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String word = token.toLowerCase(Locale.ROOT);
            if (FILLER.contains(word)) {
                continue;
            }
            if (word.equals("reveal") || word.equals("answer")) {
                int next = i + 1;
                while (next < tokens.size() && FILLER.contains(tokens.get(next).toLowerCase(Locale.ROOT))) {
                    next++;
                }
                String value = next < tokens.size() ? tokens.get(next).toLowerCase(Locale.ROOT) : "";
                Optional<LocalTime> at = SettingWords.clock(value);
                Optional<Duration> delay = SettingWords.duration(value);
                if (at.isEmpty() && delay.isEmpty()) {
                    return problem("\"reveal\" needs a delay or a time, e.g. reveal 8h, reveal 90m or reveal 18:00"
                            + (value.isEmpty() ? "" : " (I got \"" + value + "\")") + ".");
                }
                revealClock = at.orElse(null);
                reveal = delay.orElse(null);
                i = next;
                continue;
            }
            Optional<LocalTime> at = SettingWords.clock(word);
            if (at.isPresent()) {
                if (time != null && !time.equals(at.get())) {
                    return problem("I got two times, " + time + " and " + at.get() + ". For the reveal time "
                            + "write reveal " + at.get() + ".");
                }
                time = at.get();
                continue;
            }
            Optional<Set<DayOfWeek>> weekdays = SettingWords.weekdays(word);
            if (weekdays.isPresent()) {
                days = days == null ? EnumSet.noneOf(DayOfWeek.class) : days;
                days.addAll(weekdays.get());
                continue;
            }
            if (word.equals("any") || word.equals("all-levels")) {
                level = Optional.empty();
                continue;
            }
            Optional<Level> parsedLevel = word.equals("mid") ? Optional.of(Level.MIDDLE) : Level.parse(word);
            if (parsedLevel.isPresent()) {
                level = parsedLevel;
                continue;
            }
            if (word.contains("/") || word.equals("utc") || word.equals("gmt")) {
                Optional<ZoneId> parsedZone = SettingWords.zone(token);
                if (parsedZone.isEmpty()) {
                    String hint = SettingWords.zoneHint(token);
                    return problem("I don't know the time zone \"" + token + "\"" + (hint.isEmpty()
                            ? ". Use an IANA id such as Europe/Berlin, America/New_York or UTC." : hint));
                }
                zone = parsedZone.get();
                continue;
            }
            Optional<List<String>> parsedScopes = scopes(word, catalog);
            if (parsedScopes.isPresent()) {
                scopes = scopes == null ? new ArrayList<>() : scopes;
                scopes.addAll(parsedScopes.get());
                continue;
            }
            return problem("I don't understand \"" + token + "\"" + topicHint(word, catalog) + ".");
        }
        List<String> notes = new ArrayList<>();
        if (time == null && current.isEmpty()) {
            return problem("Tell me when to post, e.g. 09:00.");
        }
        time = time != null ? time : current.get().time();
        if (zone == null) {
            zone = current.map(DailySettings::zone).orElse(options.defaultZone());
            if (current.isEmpty()) {
                notes.add("Time zone: " + zone.getId() + " — add one to change it, e.g. Europe/Berlin.");
            }
        }
        if (revealClock != null) {
            reveal = Duration.between(time, revealClock);
            reveal = reveal.isNegative() || reveal.isZero() ? reveal.plusDays(1) : reveal;
        }
        reveal = reveal != null ? reveal : current.map(DailySettings::revealAfter).orElse(options.defaultReveal());
        if (reveal.compareTo(DailySettings.MIN_REVEAL) < 0 || reveal.compareTo(DailySettings.MAX_REVEAL) > 0) {
            return problem("The reveal must come 5 minutes to 23 hours after the question (I got "
                    + DailyRenderer.duration(reveal) + ").");
        }
        return new Result.Parsed(new DailySettings(time, zone,
                days != null ? days : current.map(DailySettings::days).orElse(EnumSet.allOf(DayOfWeek.class)),
                scopes != null ? List.copyOf(new LinkedHashSet<>(scopes))
                        : current.map(DailySettings::scopeKeys).orElse(List.of()),
                level != null ? level : current.flatMap(DailySettings::level),
                reveal), notes);
    }

    private static Result problem(String message) {
        return new Result.Problem(message + "\n" + USAGE);
    }

    private static Optional<List<String>> scopes(String word, DeckCatalog catalog) {
        List<String> keys = new ArrayList<>();
        for (String part : word.split(",")) {
            Optional<Scope> scope = part.isEmpty() ? Optional.empty() : catalog.resolveScope(part);
            if (scope.isEmpty()) {
                return Optional.empty();
            }
            if (!scope.get().key().equals("all")) {
                keys.add(scope.get().key());
            }
        }
        return Optional.of(keys);
    }

    private static String topicHint(String word, DeckCatalog catalog) {
        List<String> similar = new ArrayList<>();
        for (String part : word.split(",")) {
            if (part.length() >= 3 && catalog.resolveScope(part).isEmpty()) {
                similar.addAll(catalog.searchTopics(part, 3).stream().map(Topic::id).toList());
            }
        }
        return similar.isEmpty() ? "" : " — did you mean " + similar.stream().distinct()
                .collect(Collectors.joining(", ")) + "? (see /topics)";
    }
}
