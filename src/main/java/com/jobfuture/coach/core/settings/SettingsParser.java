package com.jobfuture.coach.core.settings;

import com.jobfuture.coach.core.common.TypedTimes;
import com.jobfuture.coach.core.common.TimeZones;
import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Level;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the arguments of {@code /settings} (the forms are listed in {@link #USAGE} and docs/reminders.md): the
 * setting's name, then its value; names and words in any case. Pure: "today" is passed in, in the user's zone.
 */
public final class SettingsParser {
    /** The typed forms, one per line. */
    public static final String USAGE = String.join("\n",
            "/settings (or /settings show) — show your settings",
            "/settings timezone Europe/Berlin",
            "/settings reminders 18:30 · /settings reminders on · /settings reminders off",
            "/settings quiet 22:00-07:00 · /settings quiet off",
            "/settings goal 10 · /settings goal off",
            "/settings level junior|middle|senior|any",
            "/settings interview 2027-03-01 · /settings interview off",
            "/settings areas orm,apis · /settings areas all");
    /** How far ahead an interview date may be. */
    public static final int MAX_YEARS_AHEAD = 2;
    private static final Pattern RANGE = Pattern.compile("(\\S+?)\\s*(?:-|–|\\s+to\\s+|\\s+)\\s*(\\S+)");
    private static final Set<String> OFF = Set.of("off", "none", "no", "clear", "stop");

    /** What the arguments asked for. */
    public sealed interface Result {
        /** Show the settings. */
        record Show() implements Result {
        }

        /** Apply a change. */
        record Change(SettingChange change) implements Result {
        }

        /** Not understood: a message with usage help, and time zones the user may have meant. */
        record Problem(String message, List<String> zoneSuggestions) implements Result {
            public Problem {
                zoneSuggestions = List.copyOf(zoneSuggestions);
            }

            Problem(String message) {
                this(message, List.of());
            }
        }
    }

    /** Parses {@code args} (the text after {@code /settings}); {@code today} is the user's local date. */
    public Result parse(String args, LocalDate today) {
        String[] parts = args.strip().split("\\s+", 2);
        String name = parts[0].toLowerCase(Locale.ROOT);
        String value = parts.length > 1 ? parts[1].strip() : "";
        return switch (name) {
            case "", "show" -> new Result.Show();
            case "timezone", "tz", "zone", "time-zone" -> zone(value);
            case "reminders", "reminder", "remind" -> reminders(value);
            case "quiet", "quiet-hours" -> quiet(value);
            case "goal" -> goal(value);
            case "level" -> level(value);
            case "interview" -> interview(value, today);
            case "areas", "area", "families" -> areas(value);
            default -> new Result.Problem("I don't know the setting \"" + shorten(parts[0]) + "\". You can change:\n"
                    + USAGE);
        };
    }

    private static Result zone(String value) {
        if (value.isEmpty()) {
            return new Result.Problem("Which time zone? Send an IANA id, e.g. /settings timezone Europe/Berlin, "
                    + "America/New_York or Asia/Kolkata.");
        }
        Optional<java.time.ZoneId> zone = TimeZones.find(value);
        if (zone.isPresent()) {
            return new Result.Change(new SettingChange.Zone(zone.get()));
        }
        List<String> similar = TimeZones.suggestions(value, 3);
        String hint = similar.isEmpty() ? "" : " Did you mean " + String.join(" or ", similar) + "?";
        return new Result.Problem("\"" + shorten(value) + "\" is not a time zone I know." + hint
                + "\nTime zones are IANA ids (Area/City), e.g. /settings timezone Europe/Berlin or America/New_York.",
                similar);
    }

    private static Result reminders(String value) {
        String word = value.toLowerCase(Locale.ROOT);
        if (word.startsWith("at ")) {
            word = word.substring(3).strip();
        }
        if (OFF.contains(word)) {
            return new Result.Change(new SettingChange.RemindersOff());
        }
        if (word.equals("on") || word.equals("yes")) {
            return new Result.Change(new SettingChange.RemindersOn());
        }
        Optional<LocalTime> time = clock(word);
        if (time.isPresent()) {
            return new Result.Change(new SettingChange.RemindersAt(time.get()));
        }
        return new Result.Problem((word.isEmpty() ? "" : "\"" + shorten(value) + "\" isn't a time of day. ")
                + "Use your local time, 24-hour or am/pm: /settings reminders 18:30 (or 6:30pm), "
                + "/settings reminders on, /settings reminders off.");
    }

    private static Result quiet(String value) {
        String word = value.toLowerCase(Locale.ROOT);
        if (word.startsWith("hours ")) {
            word = word.substring(6).strip();
        }
        if (OFF.contains(word)) {
            return new Result.Change(new SettingChange.Quiet(Optional.empty()));
        }
        Matcher range = RANGE.matcher(word);
        String usage = "Quiet hours are a local time range in which I send no reminder, e.g. /settings quiet "
                + "22:00-07:00; /settings quiet off removes them.";
        if (!range.matches()) {
            return new Result.Problem(usage);
        }
        Optional<LocalTime> start = clock(range.group(1));
        Optional<LocalTime> end = clock(range.group(2));
        if (start.isEmpty() || end.isEmpty()) {
            return new Result.Problem("\"" + shorten(value) + "\" isn't a time range. " + usage);
        }
        if (start.get().equals(end.get())) {
            return new Result.Problem("Quiet hours need a start and an end that differ. " + usage);
        }
        return new Result.Change(new SettingChange.Quiet(Optional.of(new QuietHours(start.get(), end.get()))));
    }

    private static Result goal(String value) {
        String word = value.toLowerCase(Locale.ROOT);
        if (OFF.contains(word)) {
            return new Result.Change(new SettingChange.Goal(OptionalInt.empty()));
        }
        String usage = "A daily goal is how many questions you aim for each day, " + UserSettings.MIN_GOAL + " to "
                + UserSettings.MAX_GOAL + ": /settings goal 10, or /settings goal off.";
        if (!word.matches("\\d{1,4}")) {
            return new Result.Problem(usage);
        }
        int goal = Integer.parseInt(word);
        if (goal < UserSettings.MIN_GOAL || goal > UserSettings.MAX_GOAL) {
            return new Result.Problem(goal + " is out of range. " + usage);
        }
        return new Result.Change(new SettingChange.Goal(OptionalInt.of(goal)));
    }

    private static Result level(String value) {
        String word = value.toLowerCase(Locale.ROOT);
        if (word.equals("any") || word.equals("all") || OFF.contains(word)) {
            return new Result.Change(new SettingChange.TargetLevel(Optional.empty()));
        }
        Optional<Level> level = Level.parse(word.equals("mid") ? "middle" : word);
        return level.<Result>map(l -> new Result.Change(new SettingChange.TargetLevel(Optional.of(l))))
                .orElseGet(() -> new Result.Problem("The level you aim for: /settings level junior, middle or senior "
                        + "(/plan then counts questions up to that level), or /settings level any."));
    }

    private static Result interview(String value, LocalDate today) {
        String word = value.toLowerCase(Locale.ROOT);
        if (OFF.contains(word)) {
            return new Result.Change(new SettingChange.Interview(Optional.empty()));
        }
        String usage = "Send the date as YYYY-MM-DD, e.g. /settings interview " + today.plusMonths(2) + " (or "
                + "/settings interview off).";
        LocalDate date;
        try {
            date = LocalDate.parse(word);
        } catch (DateTimeParseException e) {
            return new Result.Problem((word.isEmpty() ? "When is your interview? " : "\"" + shorten(value)
                    + "\" isn't a date I can read. ") + usage);
        }
        if (date.isBefore(today)) {
            return new Result.Problem(date + " is in the past (today is " + today + " in your time zone). " + usage);
        }
        if (date.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            return new Result.Problem(date + " is more than " + MAX_YEARS_AHEAD + " years away; pick a date within "
                    + "that, or set it later. " + usage);
        }
        return new Result.Change(new SettingChange.Interview(Optional.of(date)));
    }

    private static Result areas(String value) {
        String word = value.toLowerCase(Locale.ROOT);
        if (word.equals("all") || word.equals("any") || OFF.contains(word)) {
            return new Result.Change(new SettingChange.Areas(Set.of()));
        }
        String ids = Arrays.stream(Family.values()).map(Family::id).collect(Collectors.joining(", "));
        Set<Family> families = EnumSet.noneOf(Family.class);
        for (String part : word.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            Optional<Family> family = Family.parse(part);
            if (family.isEmpty()) {
                return new Result.Problem("\"" + shorten(part) + "\" isn't an area. Areas: " + ids
                        + " — e.g. /settings areas orm,apis, or /settings areas all.");
            }
            families.add(family.get());
        }
        if (families.isEmpty()) {
            return new Result.Problem("Which areas? " + ids + " — e.g. /settings areas orm,apis, or all.");
        }
        return new Result.Change(new SettingChange.Areas(families));
    }

    static Optional<LocalTime> clock(String word) {
        return TypedTimes.clock(word);
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
