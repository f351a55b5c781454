package com.jobfuture.coach.core.deck;

import java.util.List;

/**
 * One point a good answer to an open question makes, with phrases that show it in a typed answer and, optionally,
 * short wrong claims a confident but mistaken candidate makes about it (the grader refuses answers closer to those).
 */
public record KeyPoint(String point, List<String> match, List<String> wrong) {
    public KeyPoint {
        match = List.copyOf(match);
        wrong = List.copyOf(wrong);
    }

    /** A key point with no authored wrong claims. */
    public KeyPoint(String point, List<String> match) {
        this(point, match, List.of());
    }
}
