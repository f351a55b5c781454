package com.jobfuture.coach.core.share;

import com.jobfuture.coach.core.profile.ActivityHeatmap;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one share page shows, already limited to what the candidate chose: never raw answers. {@code levels} are
 * the latest skill-check levels of the areas the candidate chose to show; {@code heatmap} is there with the
 * activity; {@code notShown} names, in plain words, what the candidate chose not to show; {@code preview} marks
 * the owner's own view (not counted).
 */
public record SharePage(Optional<String> name, LocalDate sharedOn, LocalDate validUntil, Set<ShareSection> sections,
                        List<Mastery> families, List<Mastery> topics, Optional<Activity> activity,
                        List<Level> levels, Optional<ActivityHeatmap> heatmap, List<String> notShown,
                        boolean preview) {
    public SharePage {
        sections = Set.copyOf(sections);
        families = List.copyOf(families);
        topics = List.copyOf(topics);
        levels = List.copyOf(levels);
        notShown = List.copyOf(notShown);
    }

    /**
     * The latest skill-check level of one area: the level, how sure ({@code 93% sure it is not junior, …}), the
     * lowest of those percentages, the day it was measured and how many questions it took.
     */
    public record Level(String area, String level, String sureness, int leastSure, LocalDate date, int questions) {
    }

    /**
     * The figures of one family, or of one topic within {@code group} (its family), as docs/progress.md defines
     * them: mastery (0..1), questions seen of the total, and right answers among the latest (up to 20).
     */
    public record Mastery(String group, String label, double share, int seen, int total, int recentRight,
                          int recentAnswers) {
    }

    /** Practice in the last weeks: counts only, oldest week first. */
    public record Activity(int answersLast30Days, int activeDaysLast30Days, Optional<LocalDate> lastPractised,
                           List<Integer> answersPerWeek) {
        public Activity {
            answersPerWeek = List.copyOf(answersPerWeek);
        }
    }
}
