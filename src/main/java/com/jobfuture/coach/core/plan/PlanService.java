package com.jobfuture.coach.core.plan;

import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.DeckRegistry;
import com.jobfuture.coach.core.deck.Question;
import com.jobfuture.coach.core.deck.Topic;
import com.jobfuture.coach.core.progress.ProgressReport;
import com.jobfuture.coach.core.progress.ProgressService;
import com.jobfuture.coach.core.progress.ReviewLogEntry;
import com.jobfuture.coach.core.progress.ReviewRepository;
import com.jobfuture.coach.core.review.CardState;
import com.jobfuture.coach.core.review.ReviewCard;
import com.jobfuture.coach.core.settings.SettingsService;
import com.jobfuture.coach.core.settings.UserSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Builds a user's study plan from their settings (interview date, areas, target level, zone), the decks, their
 * review cards and their progress report; and answers the quiz's {@link StudyPace} questions. Reads only.
 */
public final class PlanService implements StudyPace {
    private final SettingsService settings;
    private final DeckRegistry decks;
    private final ReviewRepository reviews;
    private final ProgressService progress;
    private final Clock clock;
    private final StudyPlanner planner = new StudyPlanner();

    /** What /plan can say. */
    public sealed interface Outcome {
        /** No interview date is set. */
        record NoInterview(UserSettings settings) implements Outcome {
        }

        /** The interview date has passed. */
        record Passed(LocalDate interview) implements Outcome {
        }

        /** The interview is today: only the order of topics to glance over. */
        record Today(List<TopicStep> topics) implements Outcome {
        }

        /** A plan. */
        record Planned(StudyPlan plan, UserSettings settings) implements Outcome {
        }
    }

    public PlanService(SettingsService settings, DeckRegistry decks, ReviewRepository reviews, ProgressService progress,
                       Clock clock) {
        this.settings = settings;
        this.decks = decks;
        this.reviews = reviews;
        this.progress = progress;
        this.clock = clock;
    }

    /** The user's plan now. */
    public Outcome planFor(long userId) {
        UserSettings user = settings.of(userId);
        if (user.interviewDate().isEmpty()) {
            return new Outcome.NoInterview(user);
        }
        Instant now = clock.instant();
        ZoneId zone = settings.zoneIn(user);
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate interview = user.interviewDate().get();
        if (interview.isBefore(today)) {
            return new Outcome.Passed(interview);
        }
        Map<String, ReviewCard> cards = reviews.cards(userId);
        List<TopicStep> steps = steps(user, cards, progress.report(userId));
        if (interview.equals(today)) {
            return new Outcome.Today(steps);
        }
        List<ReviewCard> studied = cards.entrySet().stream()
                .filter(e -> e.getValue().state() != CardState.NEW && decks.catalog().question(e.getKey())
                        .filter(q -> user.areasOrAll().contains(q.topic().family())).isPresent())
                .map(Map.Entry::getValue).toList();
        return new Outcome.Planned(planner.plan(new StudyPlanner.Input(today, interview, zone, now, steps, studied)),
                user);
    }

    @Override
    public OptionalInt newQuestionsPerDay(long userId) {
        UserSettings user = settings.of(userId);
        ZoneId zone = settings.zoneIn(user);
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        if (user.interviewDate().isEmpty() || StudyPlanner.daysLeft(today, user.interviewDate().get()) < 1) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(pace(user, today, reviews.cards(userId), startedToday(userId, zone, today)));
    }

    @Override
    public OptionalInt newQuestionsLeftToday(long userId) {
        UserSettings user = settings.of(userId);
        ZoneId zone = settings.zoneIn(user);
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        if (user.interviewDate().isEmpty() || StudyPlanner.daysLeft(today, user.interviewDate().get()) < 1) {
            return OptionalInt.empty();
        }
        Set<String> started = startedToday(userId, zone, today);
        return OptionalInt.of(Math.max(0, pace(user, today, reviews.cards(userId), started) - started.size()));
    }

    /**
     * Today's pace: the new questions of the pool as they were this morning (still new, or first answered today)
     * spread over the days left, so starting questions today does not change today's pace.
     */
    private int pace(UserSettings user, LocalDate today, Map<String, ReviewCard> cards, Set<String> startedToday) {
        int newThisMorning = (int) decks.catalog().questions().stream()
                .filter(q -> user.areasOrAll().contains(q.topic().family()) && user.withinLevel(q.level()))
                .filter(q -> isNew(cards.get(q.id())) || startedToday.contains(q.id())).count();
        return StudyPlanner.newPerDay(newThisMorning, StudyPlanner.daysLeft(today, user.interviewDate().get()));
    }

    /** The questions the user answered for the first time today (local). */
    private Set<String> startedToday(long userId, ZoneId zone, LocalDate today) {
        Set<String> seen = new HashSet<>();
        Set<String> started = new HashSet<>();
        for (ReviewLogEntry entry : reviews.history(userId)) {
            if (seen.add(entry.questionId()) && entry.reviewedAt().atZone(zone).toLocalDate().equals(today)) {
                started.add(entry.questionId());
            }
        }
        return started;
    }

    @Override
    public double desiredRetention(long userId) {
        UserSettings user = settings.of(userId);
        return RetentionPolicy.on(clock.instant().atZone(settings.zoneIn(user)).toLocalDate(), user.interviewDate());
    }

    /**
     * The plan's topics in order: practised topics weakest first (lowest mastery in the progress report), then the
     * topics not started, in deck order; only topics of the chosen areas with questions up to the target level.
     */
    List<TopicStep> steps(UserSettings user, Map<String, ReviewCard> cards, ProgressReport report) {
        DeckCatalog catalog = decks.catalog();
        List<TopicStep> practised = new ArrayList<>();
        List<TopicStep> fresh = new ArrayList<>();
        for (Topic topic : catalog.topics()) {
            if (!user.areasOrAll().contains(topic.family())) {
                continue;
            }
            List<Question> pool = catalog.questionsOf(topic).stream().filter(q -> user.withinLevel(q.level()))
                    .toList();
            if (pool.isEmpty()) {
                continue;
            }
            int newCount = (int) pool.stream().filter(q -> isNew(cards.get(q.id()))).count();
            boolean started = catalog.questionsOf(topic).stream().anyMatch(q -> !isNew(cards.get(q.id())));
            OptionalDouble mastery = started ? OptionalDouble.of(report.topicMastery().getOrDefault(topic, 0.0))
                    : OptionalDouble.empty();
            TopicStep step = new TopicStep(topic, mastery, newCount, docsOf(catalog.questionsOf(topic)));
            (started ? practised : fresh).add(step);
        }
        practised.sort(Comparator.comparingDouble(s -> s.mastery().orElse(0)));
        List<TopicStep> ordered = new ArrayList<>(practised);
        ordered.addAll(fresh);
        return ordered;
    }

    private static boolean isNew(ReviewCard card) {
        return card == null || card.state() == CardState.NEW;
    }

    /** The docs page most of the questions cite (the first of them on a tie). */
    private static String docsOf(List<Question> questions) {
        Map<String, Integer> sourceToCount = new HashMap<>();
        String best = questions.get(0).source();
        for (Question question : questions) {
            int count = sourceToCount.merge(question.source(), 1, Integer::sum);
            if (count > sourceToCount.get(best)) {
                best = question.source();
            }
        }
        return best;
    }
}
