package com.jobfuture.coach.core.reminders;

/** What a reminder is about; a user gets at most one reminder per local day, of either kind. */
public enum ReminderKind {
    /** Reviews are due now: "7 reviews due, about 4 minutes". */
    REVIEWS_DUE,
    /** Nothing is due, and the user practised yesterday but not yet today. */
    STREAK
}
