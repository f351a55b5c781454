package com.jobfuture.coach.core.deck;

/**
 * One problem found in a deck file, printed as {@code file:line: message} (warnings as
 * {@code file:line: warning: message}). Errors make the lint fail and the question (or file) be skipped;
 * warnings are reported only.
 */
public record DeckProblem(String file, int line, String message, Severity severity)
        implements Comparable<DeckProblem> {

    /** How serious a problem is. */
    public enum Severity { ERROR, WARNING }

    /** An error. */
    public DeckProblem(String file, int line, String message) {
        this(file, line, message, Severity.ERROR);
    }

    /** A warning. */
    public static DeckProblem warning(String file, int line, String message) {
        return new DeckProblem(file, line, message, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + (isError() ? "" : "warning: ") + message;
    }

    @Override
    public int compareTo(DeckProblem other) {
        int byFile = file.compareTo(other.file);
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }
}
