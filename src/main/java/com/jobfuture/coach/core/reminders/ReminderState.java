package com.jobfuture.coach.core.reminders;

/**
 * Where one claimed reminder (one user, one local day) stands. The send is at most once: {@code SENDING} is
 * committed before the messenger is called, so a reminder found in {@code SENDING} after a restart may or may not
 * have reached the user and is never sent again (it becomes {@code UNCONFIRMED}).
 */
public enum ReminderState {
    /** Claimed; the messenger is being called (or the process died while it was). */
    SENDING,
    /** The platform accepted it. */
    SENT,
    /** Certainly not delivered; tried again after {@code next_attempt_at} while the grace window lasts. */
    RETRY,
    /** The outcome is unknown (crash during the send, or a timeout after it); never resent. */
    UNCONFIRMED,
    /** The user blocked the bot or closed private messages; reminders were switched off. */
    UNREACHABLE,
    /** Retried until the grace window ended, or the platform kept refusing it. */
    FAILED,
    /** A retry was dropped: reminders were turned off, quiet hours began or nothing was due any more. */
    DROPPED
}
