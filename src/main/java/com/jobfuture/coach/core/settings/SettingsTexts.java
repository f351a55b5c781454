package com.jobfuture.coach.core.settings;

import com.jobfuture.coach.core.deck.Family;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** How settings are written in messages: a zone with its local time, the next reminder, areas, the goal. */
final class SettingsTexts {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private SettingsTexts() {
    }

    /** {@code Europe/Berlin (it's 10:42 there now)}. */
    static String zoneNow(ZoneId zone, Instant now) {
        return zoneName(zone) + " (it's " + TIME.format(now.atZone(zone)) + " there now)";
    }

    /** The zone's id, with fixed offsets written {@code UTC} or {@code UTC+02:00} rather than {@code Z}. */
    static String zoneName(ZoneId zone) {
        if (zone instanceof ZoneOffset offset) {
            return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
        }
        return zone.getId();
    }

    /** {@code today 18:30}, {@code tomorrow 18:30} or {@code Wed 4 Mar 18:30}, in the zone. */
    static String when(Instant at, ZoneId zone, Instant now) {
        ZonedDateTime local = at.atZone(zone);
        long days = ChronoUnit.DAYS.between(now.atZone(zone).toLocalDate(), local.toLocalDate());
        String day = days == 0 ? "today" : days == 1 ? "tomorrow" : DAY.format(local);
        return day + " " + TIME.format(local);
    }

    /** {@code ORM, APIs (DRF)} or {@code all areas}. */
    static String areas(Set<Family> areas) {
        if (areas.isEmpty() || areas.size() == Family.values().length) {
            return "all areas";
        }
        return areas.stream().sorted().map(Family::label).collect(Collectors.joining(", "));
    }

    /** {@code 2027-03-01 (in 364 days)}. */
    static String interview(LocalDate date, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, date);
        return date + (days < 0 ? " (passed)" : days == 0 ? " (today)" : days == 1 ? " (tomorrow)"
                : " (in " + days + " days)");
    }

    /** A warning when the reminder time falls inside the quiet hours, or nothing. */
    static String quietConflict(UserSettings settings) {
        Optional<QuietHours> quiet = settings.quietHours();
        if (settings.reminders().on() && quiet.isPresent()
                && quiet.get().contains(settings.reminders().timeOrDefault())) {
            return "\nNote: " + settings.reminders().timeOrDefault() + " is inside your quiet hours (" + quiet.get()
                    + "), so no reminder would come. Pick another time, or change the quiet hours.";
        }
        return "";
    }
}
