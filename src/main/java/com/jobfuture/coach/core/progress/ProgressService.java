package com.jobfuture.coach.core.progress;

import com.jobfuture.coach.core.common.UserZones;
import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.DeckRegistry;
import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Question;
import com.jobfuture.coach.core.deck.Topic;
import com.jobfuture.coach.core.review.CardState;
import com.jobfuture.coach.core.review.FsrsScheduler;
import com.jobfuture.coach.core.review.ReviewCard;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes a user's progress. Mastery of a topic is the mean, over all its questions, of the probability the
 * user recalls the answer now (FSRS retrievability; 0 for questions never answered). "Today" and streak days are
 * the user's local days ({@link UserZones}).
 */
public final class ProgressService {
    private static final int STREAK_WINDOW_DAYS = 400;
    private final DeckRegistry decks;
    private final ReviewRepository reviews;
    private final FsrsScheduler scheduler;
    private final Clock clock;
    private final UserZones zones;

    /** Progress with one zone for every user's days. */
    public ProgressService(DeckRegistry decks, ReviewRepository reviews, FsrsScheduler scheduler, Clock clock,
                           ZoneId zone) {
        this(decks, reviews, scheduler, clock, UserZones.fixed(zone));
    }

    /** Progress with each user's days counted in their own zone. */
    public ProgressService(DeckRegistry decks, ReviewRepository reviews, FsrsScheduler scheduler, Clock clock,
                           UserZones zones) {
        this.decks = decks;
        this.reviews = reviews;
        this.scheduler = scheduler;
        this.clock = clock;
        this.zones = zones;
    }

    /** The user's progress now. */
    public ProgressReport report(long userId) {
        Instant now = clock.instant();
        DeckCatalog catalog = decks.catalog();
        Map<String, ReviewCard> cards = reviews.cards(userId);
        ZoneId zone = zones.zoneOf(userId);
        Instant endOfToday = LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
        int studied = 0;
        int dueToday = 0;
        Map<Topic, Double> topicMastery = new LinkedHashMap<>();
        Map<Family, double[]> familySums = new EnumMap<>(Family.class);
        for (Topic topic : catalog.topics()) {
            List<Question> questions = catalog.questionsOf(topic);
            double sum = 0;
            for (Question question : questions) {
                ReviewCard card = cards.get(question.id());
                if (card == null || card.state() == CardState.NEW) {
                    continue;
                }
                studied++;
                if (card.due().isBefore(endOfToday)) {
                    dueToday++;
                }
                sum += scheduler.retrievability(card, now);
            }
            topicMastery.put(topic, questions.isEmpty() ? 0 : sum / questions.size());
            double[] familySum = familySums.computeIfAbsent(topic.family(), f -> new double[2]);
            familySum[0] += sum;
            familySum[1] += questions.size();
        }
        Map<Family, Double> familyMastery = new EnumMap<>(Family.class);
        familySums.forEach((family, sums) -> familyMastery.put(family, sums[1] == 0 ? 0 : sums[0] / sums[1]));
        List<Topic> weakest = topicMastery.entrySet().stream()
                .filter(e -> catalog.questionsOf(e.getKey()).stream().anyMatch(q -> cards.containsKey(q.id())))
                .sorted(Map.Entry.comparingByValue())
                .limit(3)
                .map(Map.Entry::getKey)
                .toList();
        return new ProgressReport(reviews.answerCount(userId), studied, dueToday, streak(userId, now),
                familyMastery, topicMastery, weakest);
    }

    /** Consecutive days with an answer, counted back from today (or from yesterday if today has none yet). */
    int streak(long userId, Instant now) {
        ZoneId zone = zones.zoneOf(userId);
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant since = today.minusDays(STREAK_WINDOW_DAYS).atStartOfDay(zone).toInstant();
        Set<LocalDate> days = new HashSet<>();
        for (Instant time : reviews.answerTimesSince(userId, since)) {
            days.add(LocalDate.ofInstant(time, zone));
        }
        LocalDate day = days.contains(today) ? today : today.minusDays(1);
        int streak = 0;
        while (days.contains(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }

}
