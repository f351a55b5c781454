package com.jobfuture.coach.core.grading;

import com.jobfuture.coach.core.deck.ChoiceOption;
import com.jobfuture.coach.core.deck.ChoiceQuestion;
import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.OpenQuestion;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The automatic bank of wrong claims for an open question: the wrong options of its topic's choice questions, each
 * with its {@code why} when it has one. Read from the current catalog on every call, so a deck reload is seen.
 */
public final class ChoiceOptionBank implements Function<OpenQuestion, List<String>> {
    private final Supplier<DeckCatalog> catalog;

    public ChoiceOptionBank(Supplier<DeckCatalog> catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<String> apply(OpenQuestion question) {
        return catalog.get().questionsOf(question.topic()).stream()
                .filter(ChoiceQuestion.class::isInstance).map(ChoiceQuestion.class::cast)
                .flatMap(choice -> choice.options().stream().filter(o -> !o.correct()))
                .map(ChoiceOptionBank::claim).toList();
    }

    private static String claim(ChoiceOption option) {
        return option.why().isBlank() ? option.text() : option.text() + ". " + option.why();
    }
}
