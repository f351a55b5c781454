package com.jobfuture.coach.core.common;

import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Local times as people type them: {@code 18:30}, {@code 18.30}, {@code 18h30}, {@code 6:30pm}, {@code 6pm}. */
public final class TypedTimes {
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})[:.h](\\d{2})");
    private static final Pattern AM_PM = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?(am|pm)");

    private TypedTimes() {
    }

    /** The time one lower-case word names, if it names a valid one. */
    public static Optional<LocalTime> clock(String word) {
        Matcher m = CLOCK.matcher(word);
        if (m.matches()) {
            return time(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = AM_PM.matcher(word);
        if (m.matches()) {
            int hour = Integer.parseInt(m.group(1));
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            return time(hour % 12 + (m.group(3).equals("pm") ? 12 : 0), minute);
        }
        return Optional.empty();
    }

    private static Optional<LocalTime> time(int hour, int minute) {
        return hour <= 23 && minute <= 59 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }
}
