package com.jobfuture.coach.core.deck;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Holds the decks in use and reloads them on request, keeping the old decks when the new ones are invalid. */
public final class DeckRegistry {
    private final List<Path> paths;
    private final DeckLoader loader;
    private final AtomicReference<DeckCatalog> current;

    private DeckRegistry(List<Path> paths, DeckLoader loader, DeckCatalog initial) {
        this.paths = List.copyOf(paths);
        this.loader = loader;
        this.current = new AtomicReference<>(initial);
    }

    /** A registry over fixed, already validated questions (tests, simulations). */
    public static DeckRegistry of(DeckCatalog catalog) {
        return new DeckRegistry(List.of(), new DeckLoader(), catalog);
    }

    /** Loads the decks at the paths; the result tells whether they were valid. */
    public static DeckRegistry load(List<Path> paths, DeckLoader loader, List<DeckProblem> problemsOut) {
        DeckLoadResult result = loader.load(paths);
        problemsOut.addAll(result.problems());
        return new DeckRegistry(paths, loader, result.catalog());
    }

    /** The decks in use now. */
    public DeckCatalog catalog() {
        return current.get();
    }

    /**
     * Loads the decks again; they replace the current ones only if no problem was found and, unless
     * {@code force}, they keep all but at most {@code maxLossShare} (0–1) of the questions in use now.
     */
    public synchronized DeckReload reload(double maxLossShare, boolean force) {
        DeckLoadResult result = loader.load(paths);
        DeckCatalog before = current.get();
        if (!result.ok()) {
            return new DeckReload(result, before.size(), List.of(), false);
        }
        List<Question> lost = before.questions().stream()
                .filter(question -> result.catalog().question(question.id()).isEmpty()).toList();
        DeckReload reload = new DeckReload(result, before.size(), lost, true);
        if (reload.lostShare() > maxLossShare && !force) {
            return new DeckReload(result, before.size(), lost, false);
        }
        current.set(result.catalog());
        return reload;
    }

    /** Loads the decks again; they replace the current ones only if no problem was found (however many go). */
    public DeckLoadResult reload() {
        return reload(1.0, true).loaded();
    }
}
