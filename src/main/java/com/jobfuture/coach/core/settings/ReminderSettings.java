package com.jobfuture.coach.core.settings;

import com.jobfuture.coach.core.notify.PrivateAddress;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's review reminders: on or off, the local time of day, the private chat they go to (where the user turned
 * them on), and, when off, why and since when.
 */
public record ReminderSettings(boolean on, Optional<LocalTime> time, Optional<PrivateAddress> address,
                               Optional<OffReason> offReason, Optional<Instant> changedAt) {
    /** The time used when reminders are turned on before any time was chosen. */
    public static final LocalTime DEFAULT_TIME = LocalTime.of(18, 0);

    /** Why reminders are off. */
    public enum OffReason {
        /** The user turned them off (or never turned them on). */
        USER,
        /** A reminder could not reach the user (blocked bot, closed DMs); they stay off until turned on again. */
        UNREACHABLE
    }

    public ReminderSettings {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(offReason, "offReason");
        Objects.requireNonNull(changedAt, "changedAt");
        if (on && (time.isEmpty() || address.isEmpty())) {
            throw new IllegalArgumentException("reminders that are on need a time and an address");
        }
        if (on) {
            offReason = Optional.empty();
        }
    }

    /** Off, never set up: the default. */
    public static ReminderSettings off() {
        return new ReminderSettings(false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** On at {@code at}, sent to {@code to}. */
    public ReminderSettings turnedOn(LocalTime at, PrivateAddress to, Instant now) {
        return new ReminderSettings(true, Optional.of(at), Optional.of(to), Optional.empty(), Optional.of(now));
    }

    /** Off for a reason; the time and address are kept for turning them on again. */
    public ReminderSettings turnedOff(OffReason reason, Instant now) {
        return new ReminderSettings(false, time, address, Optional.of(reason), Optional.of(now));
    }

    /** The time to use when turned on without one: the last chosen, else {@link #DEFAULT_TIME}. */
    public LocalTime timeOrDefault() {
        return time.orElse(DEFAULT_TIME);
    }
}
