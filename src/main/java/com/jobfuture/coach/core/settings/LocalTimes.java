package com.jobfuture.coach.core.settings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;

/**
 * A local time of day on a local date as an instant, DST-correct: a time skipped by a spring-forward gap happens
 * at the first valid instant after it (02:30 in a 02:00–03:00 gap is 03:00 local, the end of the gap); a time
 * repeated by a fall-back overlap happens once, at its first occurrence (the earlier offset). Pure functions.
 */
public final class LocalTimes {
    private LocalTimes() {
    }

    /** The instant of {@code time} on {@code date} in {@code zone}. */
    public static Instant instantOn(LocalDate date, LocalTime time, ZoneId zone) {
        LocalDateTime local = date.atTime(time);
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }

    /**
     * The first occurrence of {@code time} at or after {@code notBefore} on a local date after {@code afterDate}
     * (pass {@code null} to allow any date).
     */
    public static Instant next(LocalTime time, ZoneId zone, Instant notBefore, LocalDate afterDate) {
        LocalDate date = notBefore.atZone(zone).toLocalDate();
        if (afterDate != null && !date.isAfter(afterDate)) {
            date = afterDate.plusDays(1);
        }
        for (int i = 0; i < 3; i++, date = date.plusDays(1)) {
            Instant candidate = instantOn(date, time, zone);
            if (!candidate.isBefore(notBefore)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no occurrence of " + time + " within 3 days in " + zone);
    }

    /** The local date of an instant in a zone. */
    public static LocalDate dateOf(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }
}
