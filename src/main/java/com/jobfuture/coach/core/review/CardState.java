package com.jobfuture.coach.core.review;

/** Where a card is in the FSRS scheduling state machine. */
public enum CardState {
    /** Never reviewed. */
    NEW,
    /** Going through the (short) learning steps after its first reviews. */
    LEARNING,
    /** Scheduled in whole days by the memory model. */
    REVIEW,
    /** Forgotten in REVIEW and going through the relearning steps. */
    RELEARNING
}
