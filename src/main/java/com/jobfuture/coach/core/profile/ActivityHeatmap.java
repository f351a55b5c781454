package com.jobfuture.coach.core.profile;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Answers per day over the last {@link #WEEKS} weeks: columns are weeks (Monday to Sunday, oldest first, the last
 * one this week), rows days of the week. {@code answersPerDay} starts at {@code firstDay} (a Monday) and ends
 * today; days after today are not part of it.
 */
public record ActivityHeatmap(LocalDate firstDay, LocalDate today, List<Integer> answersPerDay) {
    public static final int WEEKS = 12;

    public ActivityHeatmap {
        if (firstDay.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a heatmap starts on a Monday: " + firstDay);
        }
        answersPerDay = List.copyOf(answersPerDay);
    }

    /** The Monday {@link #WEEKS} weeks back, counting this week as the last. */
    public static LocalDate firstDayFor(LocalDate today) {
        return today.minusDays(today.getDayOfWeek().getValue() - 1L).minusWeeks(WEEKS - 1L);
    }

    /** Answers on the day in column {@code week} (0 = oldest) and row {@code weekday} (0 = Monday); -1 after today. */
    public int count(int week, int weekday) {
        int index = week * 7 + weekday;
        return index < answersPerDay.size() ? answersPerDay.get(index) : -1;
    }

    /** The most answers on one day (0 if none). */
    public int max() {
        return answersPerDay.stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** Days with at least one answer. */
    public int activeDays() {
        return (int) answersPerDay.stream().filter(count -> count > 0).count();
    }

    /** All answers in the period. */
    public int total() {
        return answersPerDay.stream().mapToInt(Integer::intValue).sum();
    }

    /** How dark a day is drawn (the /progress card and the share page use the same scale): 0 for no answers,
     * otherwise 1 to 4 by its share of the busiest day. */
    public int shade(int count) {
        int max = max();
        if (count <= 0 || max <= 0) {
            return 0;
        }
        return 1 + Math.min(3, (int) Math.floor(4.0 * (count - 1) / Math.max(1, max)));
    }
}
