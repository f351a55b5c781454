package com.jobfuture.coach.core.notify;

/** How urgent a message the bot starts on its own is, relative to replies to people who are chatting. */
public enum Priority {
    /**
     * Background fan-out (reminders): sent only when no reply to an interactive message is waiting on that
     * platform, and counted against the same limits, so it never delays people who are chatting.
     */
    LOW,
    /** Something a user is waiting for (e.g. a result they asked for earlier): queued like an ordinary reply. */
    NORMAL
}
