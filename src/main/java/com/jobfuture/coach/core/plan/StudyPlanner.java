package com.jobfuture.coach.core.plan;

import com.jobfuture.coach.core.review.ReviewCard;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The plan's arithmetic (see docs/reminders.md): with {@code N} days left (today up to the day before the
 * interview), the last {@code min(3, N - 1)} days are kept for reviews only; the new questions are spread evenly
 * over the {@code max(1, N - 3)} days before them ({@code ceil(new / days)} a day). Recomputed each day from what
 * is still new, the pace stays the same for someone who keeps it and catches up for someone who does not. The
 * reviews they cause, and those of questions already studied, come from {@link ReviewForecast}. Pure.
 */
public final class StudyPlanner {
    /** The most days kept for reviews only at the end. */
    public static final int MAX_REVIEW_ONLY_DAYS = 3;

    /** What a plan is made from: dates, the user's zone, the topics in order and the questions already studied. */
    public record Input(LocalDate today, LocalDate interview, ZoneId zone, Instant now, List<TopicStep> topics,
                        Collection<ReviewCard> studied) {
        public Input {
            topics = List.copyOf(topics);
            studied = List.copyOf(studied);
        }
    }

    /** The plan; the interview must be after today. */
    public StudyPlan plan(Input input) {
        int daysLeft = daysLeft(input.today(), input.interview());
        if (daysLeft < 1) {
            throw new IllegalArgumentException("the interview must be after today");
        }
        int newTotal = input.topics().stream().mapToInt(TopicStep::newQuestions).sum();
        int reviewOnly = reviewOnlyDays(daysLeft);
        int newDays = daysLeft - reviewOnly;
        int perDay = newPerDay(newTotal, daysLeft);
        ReviewForecast forecast = new ReviewForecast(input.today(), input.interview(), input.zone());
        forecast.existing(input.studied(), input.now());
        StudyPlan shape = new StudyPlan(input.today(), input.interview(), daysLeft, newDays, reviewOnly, newTotal,
                perDay, List.of(), input.topics());
        for (int day = 0; day < newDays; day++) {
            forecast.introduce(input.today().plusDays(day), shape.newOn(day));
        }
        List<Double> reviews = new ArrayList<>();
        for (double expected : forecast.expectedPerDay()) {
            reviews.add(expected);
        }
        return new StudyPlan(input.today(), input.interview(), daysLeft, newDays, reviewOnly, newTotal, perDay,
                reviews, input.topics());
    }

    /** Days from today (included) to the interview (excluded). */
    public static int daysLeft(LocalDate today, LocalDate interview) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(today, interview));
    }

    /** Days kept for reviews only at the end: {@code min(3, daysLeft - 1)}, never negative. */
    public static int reviewOnlyDays(int daysLeft) {
        return Math.max(0, Math.min(MAX_REVIEW_ONLY_DAYS, daysLeft - 1));
    }

    /** New questions a day to introduce {@code newTotal} with {@code daysLeft} days left (0 in the last days). */
    public static int newPerDay(int newTotal, int daysLeft) {
        int newDays = daysLeft - reviewOnlyDays(daysLeft);
        return newDays <= 0 || newTotal == 0 ? 0 : (newTotal + newDays - 1) / newDays;
    }
}
