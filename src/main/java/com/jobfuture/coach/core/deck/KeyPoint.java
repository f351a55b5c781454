package com.jobfuture.coach.core.deck;

import java.util.List;

/** One point a good answer to an open question makes, with phrases that show it in a typed answer. */
public record KeyPoint(String point, List<String> match) {
    public KeyPoint {
        match = List.copyOf(match);
    }
}
