package com.jobfuture.coach.core.plan;

import com.jobfuture.coach.core.review.FsrsParameters;
import com.jobfuture.coach.core.review.FsrsScheduler;
import com.jobfuture.coach.core.review.Rating;
import com.jobfuture.coach.core.review.ReviewCard;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The expected number of reviews per day until an interview, from FSRS-6's own intervals (default parameters, no
 * fuzz, the desired retention of {@link RetentionPolicy} on each review's day). Every review is followed both
 * ways: remembered (Good) with the probability FSRS predicts for that moment, forgotten (Again, then relearned)
 * otherwise; branches below a 0.1% chance are dropped. A new question counts as answered Good the first time (you
 * saw its answer); its same-day learning step counts as a review. Not thread-safe (it caches schedulers); make one
 * per forecast.
 */
final class ReviewForecast {
    private static final double PRUNE = 0.001;
    private static final int MAX_DEPTH = 60;
    private static final LocalTime INTRODUCED_AT = LocalTime.NOON;
    private final FsrsParameters parameters = FsrsParameters.defaults().withFuzz(false);
    private final Map<Double, FsrsScheduler> retentionToScheduler = new HashMap<>();
    private final LocalDate today;
    private final LocalDate interview;
    private final ZoneId zone;
    private final double[] load;

    ReviewForecast(LocalDate today, LocalDate interview, ZoneId zone) {
        this.today = today;
        this.interview = interview;
        this.zone = zone;
        this.load = new double[(int) Math.max(0, ChronoUnit.DAYS.between(today, interview))];
    }

    /** Adds {@code count} new questions first answered on {@code date}. */
    void introduce(LocalDate date, double count) {
        if (count <= 0) {
            return;
        }
        Instant at = date.atTime(INTRODUCED_AT).atZone(zone).toInstant();
        ReviewCard first = scheduler(date).review(ReviewCard.newCard(at), Rating.GOOD, at).card();
        follow(first, count, 0);
    }

    /** Adds a question already studied; a review overdue at {@code now} is counted as done now. */
    void existing(ReviewCard card, Instant now) {
        ReviewCard due = card.due().isBefore(now) ? new ReviewCard(card.state(), card.step(), card.stability(),
                card.difficulty(), now, card.lastReview()) : card;
        follow(due, 1, 0);
    }

    /** Adds every studied question. */
    void existing(Collection<ReviewCard> cards, Instant now) {
        for (ReviewCard card : cards) {
            existing(card, now);
        }
    }

    /** Expected reviews on each day from today (index 0) to the day before the interview. */
    double[] expectedPerDay() {
        return load.clone();
    }

    private void follow(ReviewCard card, double probability, int depth) {
        Instant at = card.due();
        LocalDate date = at.atZone(zone).toLocalDate();
        if (probability < PRUNE || depth > MAX_DEPTH || !date.isBefore(interview)) {
            return;
        }
        load[(int) Math.max(0, ChronoUnit.DAYS.between(today, date))] += probability;
        FsrsScheduler scheduler = scheduler(date);
        double recall = scheduler.retrievability(card, at);
        if (recall > 0) {
            follow(scheduler.review(card, Rating.GOOD, at).card(), probability * recall, depth + 1);
        }
        if (recall < 1) {
            follow(scheduler.review(card, Rating.AGAIN, at).card(), probability * (1 - recall), depth + 1);
        }
    }

    private FsrsScheduler scheduler(LocalDate date) {
        double retention = RetentionPolicy.on(date, Optional.of(interview));
        return retentionToScheduler.computeIfAbsent(retention,
                r -> new FsrsScheduler(parameters.withDesiredRetention(r), null));
    }
}
