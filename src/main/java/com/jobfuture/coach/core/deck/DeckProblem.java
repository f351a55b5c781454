package com.jobfuture.coach.core.deck;

/** One problem found in a deck file, printed as {@code file:line: message}. */
public record DeckProblem(String file, int line, String message) implements Comparable<DeckProblem> {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }

    @Override
    public int compareTo(DeckProblem other) {
        int byFile = file.compareTo(other.file);
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }
}
