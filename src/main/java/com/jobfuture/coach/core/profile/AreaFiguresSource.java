package com.jobfuture.coach.core.profile;

import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.DeckRegistry;
import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Question;
import com.jobfuture.coach.core.progress.ProgressReport;
import com.jobfuture.coach.core.progress.ProgressService;
import com.jobfuture.coach.core.progress.ReviewLogEntry;
import com.jobfuture.coach.core.progress.ReviewRepository;
import com.jobfuture.coach.core.review.CardState;
import com.jobfuture.coach.core.review.Rating;
import com.jobfuture.coach.core.review.ReviewCard;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Per-area figures from the progress report and the answer log: mastery as the report gives it, questions seen
 * (a card beyond NEW) of the area's total, and right answers among the latest {@link #RECENT_ANSWERS} there (a
 * choice's correctness; an open answer self-rated anything but Again).
 */
public final class AreaFiguresSource {
    /** How many of an area's latest answers recent accuracy looks at. */
    public static final int RECENT_ANSWERS = 20;
    private final ProgressService progress;
    private final ReviewRepository reviews;
    private final DeckRegistry decks;

    public AreaFiguresSource(ProgressService progress, ReviewRepository reviews, DeckRegistry decks) {
        this.progress = progress;
        this.reviews = reviews;
        this.decks = decks;
    }

    /** The figures of every area that has questions, in {@link Family} order. */
    public Map<Family, AreaFigures> figures(long userId) {
        return figures(userId, progress.report(userId));
    }

    /** The same, with the mastery of a report already made. */
    public Map<Family, AreaFigures> figures(long userId, ProgressReport report) {
        DeckCatalog catalog = decks.catalog();
        Map<String, ReviewCard> cards = reviews.cards(userId);
        Map<Family, int[]> counts = new EnumMap<>(Family.class); // seen, total
        for (Question question : catalog.questions()) {
            int[] count = counts.computeIfAbsent(question.topic().family(), f -> new int[2]);
            ReviewCard card = cards.get(question.id());
            count[0] += card != null && card.state() != CardState.NEW ? 1 : 0;
            count[1]++;
        }
        Map<Family, List<ReviewLogEntry>> latest = new EnumMap<>(Family.class);
        List<ReviewLogEntry> history = reviews.history(userId);
        for (int i = history.size() - 1; i >= 0; i--) {
            ReviewLogEntry answer = history.get(i);
            Optional<Family> family = catalog.question(answer.questionId()).map(q -> q.topic().family());
            if (family.isPresent()) {
                List<ReviewLogEntry> kept = latest.computeIfAbsent(family.get(), f -> new ArrayList<>());
                if (kept.size() < RECENT_ANSWERS) {
                    kept.add(answer);
                }
            }
        }
        Map<Family, AreaFigures> figures = new EnumMap<>(Family.class);
        counts.forEach((family, count) -> {
            List<ReviewLogEntry> recent = latest.getOrDefault(family, List.of());
            int right = (int) recent.stream().filter(AreaFiguresSource::right).count();
            figures.put(family, new AreaFigures(report.familyMastery().getOrDefault(family, 0.0), count[0],
                    count[1], right, recent.size()));
        });
        return figures;
    }

    private static boolean right(ReviewLogEntry answer) {
        return answer.correct() != null ? answer.correct() : answer.rating() != Rating.AGAIN;
    }
}
