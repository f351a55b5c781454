package com.jobfuture.coach.core.profile;

import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.progress.AreaStats;
import com.jobfuture.coach.core.progress.ProgressReport;
import com.jobfuture.coach.core.progress.ProgressService;
import com.jobfuture.coach.core.progress.ReviewRepository;
import com.jobfuture.coach.core.skillcheck.CheckRecord;
import com.jobfuture.coach.core.skillcheck.SkillCheckRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds a user's {@link CandidateProfile} from their progress, answer log and skill checks. Thread-safe. */
public final class ProfileService {
    private final ProgressService progress;
    private final ReviewRepository reviews;
    private final SkillCheckRepository checks;
    private final Clock clock;
    private final ZoneId zone;

    public ProfileService(ProgressService progress, ReviewRepository reviews, SkillCheckRepository checks,
                          Clock clock, ZoneId zone) {
        this.progress = progress;
        this.reviews = reviews;
        this.checks = checks;
        this.clock = clock;
        this.zone = zone;
    }

    /** The user's profile now. */
    public CandidateProfile profile(long userId) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        ProgressReport report = progress.report(userId);
        Map<Family, SkillLevel> levels = latestLevels(userId);
        List<ProfileArea> areas = new ArrayList<>();
        for (Family family : Family.values()) {
            AreaStats stats = report.families().get(family);
            if (stats != null) {
                areas.add(new ProfileArea(family, stats, Optional.ofNullable(levels.get(family))));
            }
        }
        return new CandidateProfile(today, areas, report.answered(), report.streakDays(), report.dueToday(),
                heatmap(userId, today));
    }

    /** The latest skill-check level of each area the user checked. */
    public Map<Family, SkillLevel> latestLevels(long userId) {
        Map<Family, SkillLevel> levels = new EnumMap<>(Family.class);
        for (CheckRecord record : checks.results(userId)) { // newest first
            levels.putIfAbsent(record.family(), SkillLevel.of(record, zone));
        }
        return levels;
    }

    /** Answers per day over the last {@link ActivityHeatmap#WEEKS} weeks. */
    public ActivityHeatmap heatmap(long userId) {
        return heatmap(userId, LocalDate.ofInstant(clock.instant(), zone));
    }

    private ActivityHeatmap heatmap(long userId, LocalDate today) {
        LocalDate first = ActivityHeatmap.firstDayFor(today);
        int days = (int) (today.toEpochDay() - first.toEpochDay()) + 1;
        int[] perDay = new int[days];
        for (Instant time : reviews.answerTimesSince(userId, first.atStartOfDay(zone).toInstant())) {
            long index = LocalDate.ofInstant(time, zone).toEpochDay() - first.toEpochDay();
            if (index >= 0 && index < days) {
                perDay[(int) index]++;
            }
        }
        List<Integer> counts = new ArrayList<>(days);
        for (int count : perDay) {
            counts.add(count);
        }
        return new ActivityHeatmap(first, today, counts);
    }
}
