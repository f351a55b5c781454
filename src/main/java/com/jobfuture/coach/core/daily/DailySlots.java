package com.jobfuture.coach.core.daily;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a community's questions are due, in its own zone: a slot is the local time on a chosen weekday, so 09:00
 * Europe/Berlin stays 09:00 local across DST changes. A local time skipped by a spring-forward gap posts at the
 * same wall-clock offset after the gap (02:30 becomes 03:30); a repeated autumn hour posts once (its first
 * occurrence). Pure functions.
 */
public final class DailySlots {
    private DailySlots() {
    }

    /** The instant of the slot on a local date. */
    public static Instant slotAt(DailySettings settings, LocalDate date) {
        return ZonedDateTime.of(date, settings.time(), settings.zone()).toInstant();
    }

    /**
     * The slot date due now: on a chosen weekday, at or before {@code now}, at or after {@code activeSince} and no
     * more than {@code grace} ago. Grace is at most 12 hours, so only today's and yesterday's slots qualify.
     */
    public static Optional<LocalDate> dueDate(DailySettings settings, Instant activeSince, Instant now,
                                              Duration grace) {
        LocalDate today = now.atZone(settings.zone()).toLocalDate();
        for (LocalDate date = today; !date.isBefore(today.minusDays(1)); date = date.minusDays(1)) {
            if (!settings.days().contains(date.getDayOfWeek())) {
                continue;
            }
            Instant slot = slotAt(settings, date);
            if (!slot.isAfter(now) && !slot.isBefore(activeSince) && !now.isAfter(slot.plus(grace))) {
                return Optional.of(date);
            }
        }
        return Optional.empty();
    }

    /** The first slot strictly after {@code after}. */
    public static ZonedDateTime next(DailySettings settings, Instant after) {
        LocalDate date = after.atZone(settings.zone()).toLocalDate();
        for (int i = 0; i < 9; i++, date = date.plusDays(1)) {
            if (settings.days().contains(date.getDayOfWeek())) {
                ZonedDateTime slot = ZonedDateTime.of(date, settings.time(), settings.zone());
                if (slot.toInstant().isAfter(after)) {
                    return slot;
                }
            }
        }
        throw new IllegalStateException("no weekday chosen");
    }
}
