package com.jobfuture.coach.core.deck;

import java.util.List;

/**
 * What a reload did: the decks read from the files, the questions in use before that they lack ({@code lost}),
 * and whether they replaced the decks in use ({@code applied}: false when the files had problems, or when too many
 * questions would have been lost without being forced).
 */
public record DeckReload(DeckLoadResult loaded, int before, List<Question> lost, boolean applied) {
    public DeckReload {
        lost = List.copyOf(lost);
    }

    /** The share of the questions in use before that the new decks lack (0 when there were none). */
    public double lostShare() {
        return before == 0 ? 0 : (double) lost.size() / before;
    }
}
