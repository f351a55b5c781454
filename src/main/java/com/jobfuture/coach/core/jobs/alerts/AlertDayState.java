package com.jobfuture.coach.core.jobs.alerts;

/** What happened to a user's alert on one local day (one row per user and day, claimed before sending). */
public enum AlertDayState {
    /** Claimed and committed; the platform is being asked. A crash here: never sent again (at most once a day). */
    SENDING,
    /** The platform accepted it. */
    SENT,
    /** Nothing new matched that day; nothing was sent. */
    NOTHING_NEW,
    /** The platform's answer is unknown (timeout after sending, or a crash while sending); never resent. */
    UNCONFIRMED,
    /** Certainly not delivered; its roles count as unseen again, so the next day's alert can bring them. */
    NOT_DELIVERED,
    /** The user cannot be reached privately (blocked the bot, closed DMs); the alert was turned off. */
    UNREACHABLE
}
