package com.jobfuture.coach.core.jobs.source;

/** A source's body is not what it should be (not XML, not RSS or Atom, not JSON, no list of jobs, a DOCTYPE). */
public final class UnreadableBodyException extends Exception {
    public UnreadableBodyException(String message) {
        super(message);
    }

    public UnreadableBodyException(String message, Throwable cause) {
        super(message, cause);
    }
}
