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
 * Computes a user's progress (docs/progress.md). Mastery of a topic or family is the mean, over all its questions,
 * of the probability the user recalls the answer a week from now ({@link MasteryModel}; 0 for questions never
 * answered); beside it, coverage (questions seen / total) and recent accuracy (right among the last answers there).
 * "Today" and streak days are the user's local days ({@link UserZones}).
 */
public final class ProgressService {
    private static final int STREAK_WINDOW_DAYS = 400;
    private final DeckRegistry decks;
    private final ReviewRepository reviews;
    private final MasteryModel mastery;
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
        this.mastery = new MasteryModel(scheduler.model());
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
        RecentAnswers recent = RecentAnswers.of(reviews.history(userId), catalog);
        int studied = 0;
        int dueToday = 0;
        Map<Topic, AreaStats> topics = new LinkedHashMap<>();
        Map<Family, Tally> familyTallies = new EnumMap<>(Family.class);
        for (Topic topic : catalog.topics()) {
            Tally tally = new Tally();
            for (Question question : catalog.questionsOf(topic)) {
                ReviewCard card = cards.get(question.id());
                tally.add(mastery.recallAhead(card, now), card != null && card.state() != CardState.NEW);
                if (card != null && card.state() != CardState.NEW && card.due().isBefore(endOfToday)) {
                    dueToday++;
                }
            }
            studied += tally.seen;
            topics.put(topic, tally.stats(recent.ofTopic(topic)));
            familyTallies.computeIfAbsent(topic.family(), f -> new Tally()).add(tally);
        }
        Map<Family, AreaStats> families = new EnumMap<>(Family.class);
        familyTallies.forEach((family, tally) -> families.put(family, tally.stats(recent.ofFamily(family))));
        List<Topic> weakest = topics.entrySet().stream()
                .filter(e -> e.getValue().practised())
                .sorted(Comparator.comparingDouble((Map.Entry<Topic, AreaStats> e) -> e.getValue().mastery()))
                .limit(3)
                .map(Map.Entry::getKey)
                .toList();
        return new ProgressReport(reviews.answerCount(userId), studied, dueToday, streak(userId, now),
                families, topics, weakest);
    }

    /** Sums of one area's questions: predicted recall, questions seen, questions in all. */
    private static final class Tally {
        private double recall;
        private int seen;
        private int total;

        void add(double questionRecall, boolean wasSeen) {
            recall += questionRecall;
            seen += wasSeen ? 1 : 0;
            total++;
        }

        void add(Tally other) {
            recall += other.recall;
            seen += other.seen;
            total += other.total;
        }

        AreaStats stats(List<ReviewLogEntry> latest) {
            int right = (int) latest.stream().filter(MasteryModel::right).count();
            return new AreaStats(total == 0 ? 0 : recall / total, seen, total, right, latest.size());
        }
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
