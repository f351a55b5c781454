package com.jobfuture.coach.core.daily;

import com.jobfuture.coach.core.common.TypedTimes;
import com.jobfuture.coach.core.common.TimeZones;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads single words of {@code /daily set}: a clock time, a delay, weekdays, a time zone (with "did you mean"). */
final class SettingWords {
    private static final Pattern DURATION = Pattern.compile(
            "(?:(\\d{1,2})(?:h|hr|hrs|hour|hours))?(?:(\\d{1,4})(?:m|min|mins|minute|minutes))?");

    private SettingWords() {
    }

    static Optional<LocalTime> clock(String word) {
        return TypedTimes.clock(word);
    }

    static Optional<Duration> duration(String word) {
        Matcher m = DURATION.matcher(word);
        if (word.isEmpty() || !m.matches()) {
            return Optional.empty();
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long minutes = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        return Optional.of(Duration.ofHours(hours).plusMinutes(minutes));
    }

    static Optional<Set<DayOfWeek>> weekdays(String word) {
        switch (word) {
            case "daily", "everyday", "day", "all-week" -> {
                return Optional.of(EnumSet.allOf(DayOfWeek.class));
            }
            case "weekdays", "workdays" -> {
                return Optional.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
            }
            case "weekends", "weekend" -> {
                return Optional.of(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
            }
            default -> {
                Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                for (String part : word.split(",")) {
                    String[] range = part.split("-", -1);
                    Optional<DayOfWeek> from = day(range[0]);
                    Optional<DayOfWeek> to = range.length == 2 ? day(range[1]) : from;
                    if (range.length > 2 || from.isEmpty() || to.isEmpty()) {
                        return Optional.empty();
                    }
                    for (DayOfWeek d = from.get(); ; d = d.plus(1)) {
                        days.add(d);
                        if (d == to.get()) {
                            break;
                        }
                    }
                }
                return Optional.of(days);
            }
        }
    }

    private static Optional<DayOfWeek> day(String text) {
        if (text.length() < 2) {
            return Optional.empty();
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.name().toLowerCase(Locale.ROOT);
            if (text.length() <= name.length() && name.startsWith(text)
                    && (text.length() >= 3 || text.equals("mo") || text.equals("tu") || text.equals("we")
                    || text.equals("th") || text.equals("fr") || text.equals("sa") || text.equals("su"))) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    static Optional<ZoneId> zone(String token) {
        return TimeZones.find(token);
    }

    static String zoneHint(String token) {
        List<String> similar = TimeZones.suggestions(token, 2);
        return similar.isEmpty() ? "" : " — did you mean " + String.join(" or ", similar) + "?";
    }
}
