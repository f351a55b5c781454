package com.jobfuture.coach.core.daily;

import com.jobfuture.coach.core.deck.ChoiceQuestion;
import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.deck.Scope;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A community's question-of-the-day settings: local posting time, IANA zone, weekdays, the scopes questions come
 * from (stored as {@link Scope#key()}s; empty = everything), an optional level, and the delay until the reveal.
 */
public record DailySettings(LocalTime time, ZoneId zone, Set<DayOfWeek> days, List<String> scopeKeys,
                            Optional<Level> level, Duration revealAfter) {
    public static final Duration MIN_REVEAL = Duration.ofMinutes(5);
    public static final Duration MAX_REVEAL = Duration.ofHours(23);

    public DailySettings {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(level, "level");
        if (days.isEmpty()) {
            throw new IllegalArgumentException("at least one weekday");
        }
        if (revealAfter.compareTo(MIN_REVEAL) < 0 || revealAfter.compareTo(MAX_REVEAL) > 0) {
            throw new IllegalArgumentException("reveal delay out of range: " + revealAfter);
        }
        days = Collections.unmodifiableSet(EnumSet.copyOf(days));
        scopeKeys = List.copyOf(scopeKeys);
        time = time.withSecond(0).withNano(0);
    }

    /** The scopes questions are drawn from (everything when none was chosen). */
    public List<Scope> scopes(DeckCatalog catalog) {
        return scopeKeys.isEmpty() ? List.of(Scope.all())
                : scopeKeys.stream().map(key -> Scope.fromKey(key, catalog)).toList();
    }

    /** The choice questions these settings draw from, in catalog order. */
    public List<ChoiceQuestion> pool(DeckCatalog catalog) {
        List<Scope> scopes = scopes(catalog);
        return catalog.questions().stream()
                .filter(q -> q instanceof ChoiceQuestion)
                .filter(q -> level.isEmpty() || q.level() == level.get())
                .filter(q -> scopes.stream().anyMatch(scope -> scope.contains(q)))
                .map(ChoiceQuestion.class::cast)
                .toList();
    }
}
