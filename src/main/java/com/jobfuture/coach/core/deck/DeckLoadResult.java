package com.jobfuture.coach.core.deck;

import java.util.List;

/** What loading a set of deck files produced: the catalog of valid questions and every problem found. */
public record DeckLoadResult(DeckCatalog catalog, List<DeckProblem> problems, int fileCount) {
    public DeckLoadResult {
        problems = List.copyOf(problems);
    }

    /** True when no problem was found. */
    public boolean ok() {
        return problems.isEmpty();
    }
}
