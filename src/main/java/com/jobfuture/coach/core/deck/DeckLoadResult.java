package com.jobfuture.coach.core.deck;

import java.util.List;

/** What loading a set of deck files produced: the catalog of valid questions and every problem found. */
public record DeckLoadResult(DeckCatalog catalog, List<DeckProblem> problems, int fileCount) {
    public DeckLoadResult {
        problems = List.copyOf(problems);
    }

    /** True when no error was found (warnings may remain). */
    public boolean ok() {
        return errors().isEmpty();
    }

    /** The errors: each skipped a question or a file. */
    public List<DeckProblem> errors() {
        return problems.stream().filter(DeckProblem::isError).toList();
    }

    /** The warnings: reported, nothing skipped. */
    public List<DeckProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
