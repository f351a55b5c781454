package com.jobfuture.coach.core.jobs.alerts;

import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.ChatRequest;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.jobs.CandidateProfile;
import com.jobfuture.coach.core.jobs.CandidateQuery;
import com.jobfuture.coach.core.jobs.JobAlertCommands;
import com.jobfuture.coach.core.jobs.JobBoard;
import com.jobfuture.coach.core.jobs.JobQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * {@code /jobs alert on [filters]}, {@code /jobs alert off}, {@code /jobs alert}, and the off button under each
 * alert. Alerts are private: in a community the answer points to the private chat and nothing changes. Turning
 * them on marks the roles that match now as seen, so alerts bring only roles that appear later.
 */
public final class JobAlerts implements JobAlertCommands {
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");
    private final JobAlertRepository repository;
    private final JobBoard board;
    private final CandidateProfile profile;
    private final AlertTimes times;
    private final Clock clock;

    public JobAlerts(JobAlertRepository repository, JobBoard board, CandidateProfile profile, AlertTimes times,
                     Clock clock) {
        this.repository = repository;
        this.board = board;
        this.profile = profile;
        this.times = times;
        this.clock = clock;
    }

    @Override
    public Reply alert(ChatRequest request, String action, String filters) {
        if (request.conversation().community()) {
            return Reply.text("Job alerts come to your private chat, never to a group. Send me /jobs alert on "
                    + "there.");
        }
        return switch (action) {
            case "on" -> on(request, filters);
            case "off" -> off(request.userId());
            case "", "show" -> show(request.userId());
            default -> Reply.text("Use /jobs alert on [filters], /jobs alert off, or /jobs alert to see how it "
                    + "stands.");
        };
    }

    @Override
    public Reply turnOffByButton(ChatRequest request) {
        return off(request.userId()).replacingOrigin();
    }

    private Reply on(ChatRequest request, String filterWords) {
        Instant now = clock.instant();
        JobQuery filters = JobQuery.parse(filterWords);
        CandidateQuery personal = CandidateQuery.of(filters, profile.about(request.userId()));
        JobBoard.Result result = board.search(personal.query(), 0, Integer.MAX_VALUE);
        int matching = result.matched();
        List<String> matchingNow = result.shown().stream()
                .flatMap(listed -> JobBoard.keys(listed.job()).stream()).toList();
        Optional<JobAlert> before = repository.find(request.userId());
        repository.markSeen(request.userId(), matchingNow, now);
        repository.save(new JobAlert(request.userId(), filters.toArgs(), request.user().platform(),
                request.user().externalId(), true, before.filter(JobAlert::active).map(JobAlert::since).orElse(now),
                now));
        String described = personal.query().describe();
        return Reply.withButtons("Job alerts are on" + (described.isEmpty() ? "" : " for " + described) + ". Once a "
                + "day at " + when(request.userId()) + " I'll send you new matching roles — only when there are "
                + "some (" + matching + " match now: /jobs" + (filters.toArgs().isEmpty() ? ""
                : " " + filters.toArgs()) + "). Only you see them.",
                List.of(new Button(OFF_ACTION, "Turn off job alerts")));
    }

    private Reply off(long userId) {
        Optional<JobAlert> alert = repository.find(userId).filter(JobAlert::active);
        alert.ifPresent(a -> repository.save(a.off(clock.instant())));
        return Reply.text((alert.isPresent() ? "Job alerts are off." : "Job alerts were not on.")
                + " /jobs alert on turns them on again.");
    }

    private Reply show(long userId) {
        return Reply.text(repository.find(userId).filter(JobAlert::active)
                .map(a -> "Job alerts are on" + (a.filters().isEmpty() ? "" : " for "
                        + JobQuery.parse(a.filters()).describe()) + ": new matching roles once a day at "
                        + when(userId) + ". /jobs alert off turns them off.")
                .orElse("Job alerts are off. /jobs alert on [filters] sends you new matching roles once a day, at "
                        + "your reminder time (" + when(userId) + ")."));
    }

    private String when(long userId) {
        AlertTimes.AlertTime at = times.of(userId);
        return HOURS.format(at.time()) + " (" + at.zone().getId() + ")";
    }
}
