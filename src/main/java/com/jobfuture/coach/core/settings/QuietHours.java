package com.jobfuture.coach.core.settings;

import java.time.LocalTime;
import java.util.Objects;

/** Local hours in which the bot starts no message: from {@code start} (included) to {@code end} (excluded), possibly
 * across midnight ({@code 22:00–07:00}). */
public record QuietHours(LocalTime start, LocalTime end) {
    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.equals(end)) {
            throw new IllegalArgumentException("quiet hours need different start and end");
        }
    }

    /** Whether a local time of day is inside the quiet hours. */
    public boolean contains(LocalTime time) {
        return start.isBefore(end) ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }

    /** {@code 22:00–07:00}. */
    @Override
    public String toString() {
        return start + "–" + end;
    }
}
