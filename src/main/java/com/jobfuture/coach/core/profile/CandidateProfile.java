package com.jobfuture.coach.core.profile;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the progress card and the share page draw from, for one user: each area with questions (figures and
 * latest skill-check level), answers in all, the streak, reviews due today and the activity of the last weeks.
 * Private as a whole; the share page shows only what the candidate chose.
 */
public record CandidateProfile(LocalDate today, List<ProfileArea> areas, int answered, int streakDays, int dueToday,
                               ActivityHeatmap activity) {
    public CandidateProfile {
        areas = List.copyOf(areas);
    }
}
