package com.jobfuture.coach.core.daily;

/**
 * Where one daily post stands. The send is at most once: {@code SENDING} is committed before the publisher is
 * called, so a post found in {@code SENDING} after a restart may or may not have reached the community and is
 * never sent again (it becomes {@code UNCONFIRMED}).
 */
public enum PostState {
    /** The slot is claimed and the question chosen; nothing was sent yet (safe to send, or to retry). */
    CHOSEN,
    /** The publisher is being called (or the process died while it was). */
    SENDING,
    /** Posted; members answer until the reveal. */
    OPEN,
    /** The send's outcome is unknown (crash or timeout); revealed only if members answered (proof it was posted). */
    UNCONFIRMED,
    /** The answer and the aggregate figures were posted. */
    REVEALED,
    /** Ended without a reveal (never proven posted, the bot was removed, or the reveal kept failing). */
    CLOSED,
    /** Not sent within the grace window; the question goes back to the pool. */
    MISSED,
    /** Refused by the platform (e.g. the bot was removed); the question goes back to the pool. */
    FAILED;

    /** Members' button presses are recorded in these states. */
    public boolean acceptsAnswers() {
        return this == SENDING || this == OPEN || this == UNCONFIRMED;
    }

    /** Whether the post used up its question in the community's rotation. */
    public boolean usedQuestion() {
        return this != MISSED && this != FAILED;
    }
}
