package com.jobfuture.coach.core.jobs;

import com.jobfuture.coach.core.chat.ChatRequest;
import com.jobfuture.coach.core.chat.Reply;
import java.time.Clock;
import java.util.Optional;

/**
 * /jobs in communities: off until an admin sends {@code /jobs here on [filters]}; {@code /jobs here off} turns it
 * off again; {@code /jobs here} says how it stands. Every answer here goes to the sender only.
 */
final class JobsCommunities {
    private final JobsCommunityRepository repository;
    private final Clock clock;

    JobsCommunities(JobsCommunityRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The community's setting when /jobs is allowed there. */
    Optional<JobsCommunity> allowed(ChatRequest request) {
        return repository.find(request.user().platform(), request.conversation().id())
                .filter(JobsCommunity::allowed);
    }

    /** What a member (or an admin) is told when /jobs is off in their community. */
    String offText(ChatRequest request) {
        return request.conversation().senderIsAdmin()
                ? "Job links are off in this community. Turn them on with /jobs here on — optionally with the "
                + "filters members should see, e.g. /jobs here on remote senior."
                : "Job links are off in this community (its admins can turn them on). Ask me in a private chat "
                + "instead: /jobs";
    }

    Reply configure(ChatRequest request, String action, String filterWords) {
        if (!request.conversation().community()) {
            return Reply.text("/jobs here is for groups and servers: there, an admin sends /jobs here on "
                    + "[filters] to let members ask for Django roles. Here, just send /jobs.");
        }
        String platform = request.user().platform();
        String conversation = request.conversation().id();
        Optional<JobsCommunity> current = repository.find(platform, conversation);
        if (action.isEmpty() || action.equals("show")) {
            return Reply.text(current.filter(JobsCommunity::allowed)
                    .map(c -> "/jobs is on here" + (c.filters().isEmpty() ? ", with no filters."
                            : ", with the filters " + JobQuery.parse(c.filters()).describe() + ".")
                            + " Admins: /jobs here off turns it off.")
                    .orElse("/jobs is off here. Admins: /jobs here on [filters] turns it on."));
        }
        if (!request.conversation().senderIsAdmin()) {
            return Reply.text("Sorry — only this community's admins can turn /jobs on or off here.");
        }
        switch (action) {
            case "on" -> {
                JobQuery filters = JobQuery.parse(filterWords);
                repository.save(new JobsCommunity(platform, conversation, true, filters.toArgs(), clock.instant()));
                return Reply.text("/jobs is on here" + (filters.describe().isEmpty() ? "" : ", showing only "
                        + filters.describe()) + ". Members' own words narrow it further. /jobs here off turns it "
                        + "off.");
            }
            case "off" -> {
                repository.save(new JobsCommunity(platform, conversation, false,
                        current.map(JobsCommunity::filters).orElse(""), clock.instant()));
                return Reply.text("/jobs is off here now. Members can still ask me privately. /jobs here on turns "
                        + "it on again.");
            }
            default -> {
                return Reply.text("Use /jobs here on [filters], /jobs here off, or /jobs here to see how it stands.");
            }
        }
    }
}
