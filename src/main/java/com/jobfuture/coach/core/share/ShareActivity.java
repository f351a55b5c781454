package com.jobfuture.coach.core.share;

import com.jobfuture.coach.core.progress.ReviewRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Summarises when a user practised (counts per week and day, never which answers) for the activity section. */
public final class ShareActivity {
    static final int WEEKS = 8;
    private final ReviewRepository reviews;
    private final ZoneId zone;

    public ShareActivity(ReviewRepository reviews, ZoneId zone) {
        this.reviews = reviews;
        this.zone = zone;
    }

    /** Answers and active days in the last 30 days, the last practice day and answers per week (oldest first). */
    public SharePage.Activity summary(long userId, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate firstWeekDay = today.minusDays(WEEKS * 7L - 1);
        LocalDate thirtyDaysAgo = today.minusDays(29);
        int[] perWeek = new int[WEEKS];
        int answers30 = 0;
        Set<LocalDate> activeDays = new HashSet<>();
        List<Instant> times = reviews.answerTimesSince(userId, today.minusYears(1).atStartOfDay(zone).toInstant());
        for (Instant time : times) {
            LocalDate day = LocalDate.ofInstant(time, zone);
            if (!day.isBefore(firstWeekDay) && !day.isAfter(today)) {
                perWeek[(int) ((day.toEpochDay() - firstWeekDay.toEpochDay()) / 7)]++;
            }
            if (!day.isBefore(thirtyDaysAgo) && !day.isAfter(today)) {
                answers30++;
                activeDays.add(day);
            }
        }
        Optional<LocalDate> last = times.isEmpty() ? Optional.empty()
                : Optional.of(LocalDate.ofInstant(times.get(times.size() - 1), zone));
        List<Integer> weeks = new ArrayList<>();
        for (int count : perWeek) {
            weeks.add(count);
        }
        return new SharePage.Activity(answers30, activeDays.size(), last, weeks);
    }
}
