package com.jobfuture.coach.core.share;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one share page shows, already limited to the sections the candidate chose: never raw answers. When the
 * skill check exists, its levels become one more optional field here and one more {@link ShareSection}.
 */
public record SharePage(Optional<String> name, LocalDate sharedOn, LocalDate validUntil, Set<ShareSection> sections,
                        List<Mastery> families, List<Mastery> topics, Optional<Activity> activity) {
    public SharePage {
        sections = Set.copyOf(sections);
        families = List.copyOf(families);
        topics = List.copyOf(topics);
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
