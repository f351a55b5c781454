package com.jobfuture.coach.core.quiz;

import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.deck.Question;
import com.jobfuture.coach.core.deck.Scope;
import java.util.List;
import java.util.Optional;

/** What a quiz draws from: a scope (everything, a family or a topic), optionally only one level. */
public record QuizScope(Scope scope, Optional<Level> level) {

    /** Every level of a scope. */
    public static QuizScope of(Scope scope) {
        return new QuizScope(scope, Optional.empty());
    }

    /** The questions of the catalog inside this scope, in catalog order. */
    public List<Question> questions(DeckCatalog catalog) {
        List<Question> inScope = catalog.questionsIn(scope);
        return level.isEmpty() ? inScope : inScope.stream().filter(q -> q.level() == level.get()).toList();
    }

    /** A label for messages, e.g. {@code ORM} or {@code ORM (senior)}. */
    public String label() {
        return scope.label() + level.map(l -> " (" + l.id() + ")").orElse("");
    }
}
