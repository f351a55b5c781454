package com.jobfuture.coach.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityHeatmapTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3); // a Thursday

    @Test
    void shadesGrowWithTheShareOfTheBusiestDay() {
        ActivityHeatmap busy = heatmap(10);
        assertThat(busy.shade(0)).isZero();
        assertThat(busy.shade(1)).isEqualTo(1);
        assertThat(busy.shade(4)).isEqualTo(2);
        assertThat(busy.shade(7)).isEqualTo(3);
        assertThat(busy.shade(10)).isEqualTo(4);
        assertThat(heatmap(1).shade(1)).isEqualTo(1);
        assertThat(heatmap(0).shade(0)).isZero();
    }

    @Test
    void daysAfterTodayAreNotPartOfItAndItStartsOnAMonday() {
        ActivityHeatmap heatmap = heatmap(3);
        LocalDate first = ActivityHeatmap.firstDayFor(TODAY);
        assertThat(first).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(heatmap.count(ActivityHeatmap.WEEKS - 1, 3)).isEqualTo(3); // Thursday of this week: today
        assertThat(heatmap.count(ActivityHeatmap.WEEKS - 1, 4)).isEqualTo(-1);
        assertThat(heatmap.total()).isEqualTo(3);
        assertThat(heatmap.activeDays()).isEqualTo(1);
        assertThatThrownBy(() -> new ActivityHeatmap(first.plusDays(1), TODAY, List.of()))
                .hasMessageContaining("Monday");
    }

    /** A heatmap with {@code today} answers today and none before. */
    private static ActivityHeatmap heatmap(int today) {
        LocalDate first = ActivityHeatmap.firstDayFor(TODAY);
        int days = (int) (TODAY.toEpochDay() - first.toEpochDay()) + 1;
        List<Integer> perDay = new ArrayList<>(Collections.nCopies(days, 0));
        perDay.set(days - 1, today);
        return new ActivityHeatmap(first, TODAY, perDay);
    }
}
