package com.jobfuture.coach.app;

import com.jobfuture.coach.core.notify.PrivateMessenger;
import com.jobfuture.coach.core.notify.PrivateMessengers;
import com.jobfuture.coach.core.reminders.ReminderScheduler;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who ticks the reminder scheduler. {@link #scheduled()} (production): a runner checks every
 * {@code reminders.check_every} once a platform runs. {@link #byHand()} (tests): nothing checks by itself; the test
 * calls {@link #tick()} after moving its clock, and may deliver on a platform it only simulates
 * ({@link #deliverOn}). Given to {@link CoachApplication#start} once; thread-safe.
 */
public final class ReminderChecks {
    private final boolean byHand;
    private final Map<String, PrivateMessenger> simulated = new LinkedHashMap<>();
    private ReminderScheduler scheduler;
    private PrivateMessengers messengers;

    private ReminderChecks(boolean byHand) {
        this.byHand = byHand;
    }

    /** Checks on a runner thread every {@code reminders.check_every} (what the application does by default). */
    public static ReminderChecks scheduled() {
        return new ReminderChecks(false);
    }

    /** No runner: the test ticks the scheduler itself. */
    public static ReminderChecks byHand() {
        return new ReminderChecks(true);
    }

    /**
     * Delivers reminders of users on {@code platform} (one no adapter serves, such as a test's) through
     * {@code messenger}; call it before or after the application starts.
     */
    public synchronized ReminderChecks deliverOn(String platform, PrivateMessenger messenger) {
        simulated.put(platform, messenger);
        if (messengers != null) {
            messengers.register(platform, messenger);
        }
        return this;
    }

    /** Runs one check now, on the caller's thread, and says what it did (by-hand checks of a started app only). */
    public ReminderScheduler.TickReport tick() {
        ReminderScheduler attached;
        synchronized (this) {
            if (!byHand || scheduler == null) {
                throw new IllegalStateException("tick() needs ReminderChecks.byHand() given to a started application");
            }
            attached = scheduler;
        }
        return attached.tick();
    }

    boolean isByHand() {
        return byHand;
    }

    /** Connects these checks to the application's scheduler and messengers (once). */
    synchronized void attach(ReminderScheduler reminderScheduler, PrivateMessengers privateMessengers) {
        if (scheduler != null) {
            throw new IllegalStateException("these reminder checks belong to another application already");
        }
        scheduler = reminderScheduler;
        messengers = privateMessengers;
        simulated.forEach(messengers::register);
    }
}
