package com.jobfuture.coach.core.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A pace towards an interview: {@code newPerDay} new questions on each of the first {@code newDays} days (today
 * included), then {@code reviewOnlyDays} days of reviews only; the expected reviews per day (index 0 = today);
 * the topics in the order to take them (weakest practised first).
 */
public record StudyPlan(LocalDate today, LocalDate interview, int daysLeft, int newDays, int reviewOnlyDays,
                        int newTotal, int newPerDay, List<Double> expectedReviews, List<TopicStep> topics) {
    /** Seconds assumed for a new question (read, answer, read the explanation). */
    public static final int SECONDS_PER_NEW = 60;
    /** Seconds assumed for a review. */
    public static final int SECONDS_PER_REVIEW = 30;

    public StudyPlan {
        expectedReviews = List.copyOf(expectedReviews);
        topics = List.copyOf(topics);
    }

    /** The mean of the expected reviews per day. */
    public double averageReviews() {
        return expectedReviews.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** The day (index from today) with the most expected reviews. */
    public int peakDay() {
        int peak = 0;
        for (int i = 1; i < expectedReviews.size(); i++) {
            if (expectedReviews.get(i) > expectedReviews.get(peak)) {
                peak = i;
            }
        }
        return peak;
    }

    /** The expected reviews on the busiest day. */
    public double peakReviews() {
        return expectedReviews.isEmpty() ? 0 : expectedReviews.get(peakDay());
    }

    /** New questions on a day (index from today). */
    public int newOn(int day) {
        if (day >= newDays) {
            return 0;
        }
        return Math.max(0, Math.min(newPerDay, newTotal - newPerDay * day));
    }

    /** Minutes a day on average: new questions plus expected reviews, at the assumed times. */
    public long averageMinutes() {
        double seconds = 0;
        for (int day = 0; day < daysLeft; day++) {
            seconds += newOn(day) * SECONDS_PER_NEW + expectedReviews.get(day) * SECONDS_PER_REVIEW;
        }
        return daysLeft == 0 ? 0 : Math.round(seconds / daysLeft / 60);
    }
}
