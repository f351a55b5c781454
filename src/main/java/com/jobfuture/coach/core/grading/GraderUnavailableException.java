package com.jobfuture.coach.core.grading;

/** A grader cannot grade now (its model failed to load, its service timed out or answered nonsense). */
public final class GraderUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GraderUnavailableException(String message) {
        super(message);
    }

    public GraderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
