package com.jobfuture.coach.core.jobs;

import com.jobfuture.coach.core.chat.ChatFeature;
import com.jobfuture.coach.core.chat.ChatRequest;
import com.jobfuture.coach.core.chat.CommandSpec;
import com.jobfuture.coach.core.chat.Reply;
import java.util.List;

/**
 * /jobs [keywords] [remote|onsite] [junior|middle|senior]: up to 5 matching Django roles and a link to all Django
 * jobs. Nothing here is personal, so in a community the answer goes to the whole conversation.
 */
public final class JobsChat implements ChatFeature {
    static final int SHOWN = 5;
    private final JobBoard board;

    public JobsChat(JobBoard board) {
        this.board = board;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(CommandSpec.of("jobs", "/jobs [keywords] [remote|onsite] [junior|middle|senior]",
                "Django roles that match").in(CommandSpec.Place.ANYWHERE)
                .withCommunityHelp("/jobs [keywords] [remote|onsite] [junior|middle|senior] — Django roles"));
    }

    @Override
    public List<Reply> onCommand(ChatRequest request, String command, String args) {
        JobQuery query = JobQuery.parse(args);
        JobBoard.Result result = board.search(query, SHOWN);
        Reply reply = Reply.text(result.shown().isEmpty() ? noMatch(query) : list(query, result));
        return List.of(request.conversation().community() ? reply.toConversation() : reply);
    }

    private String list(JobQuery query, JobBoard.Result result) {
        String filters = query.describe();
        StringBuilder text = new StringBuilder("Django roles").append(filters.isEmpty() ? "" : " · " + filters)
                .append(" — ").append(result.shown().size() < result.matched()
                        ? result.shown().size() + " of " + result.matched() + " matches" : result.matched()
                        + (result.matched() == 1 ? " match" : " matches")).append(":\n");
        int number = 1;
        for (JobPosting job : result.shown()) {
            text.append(number++).append(". ").append(job.title()).append(" — ").append(job.company())
                    .append(job.companyVerified() ? " ✓ verified" : "").append("\n   ")
                    .append(where(job)).append(" · ").append(job.level().id()).append("\n   ")
                    .append(job.url()).append('\n');
        }
        text.append("All Django jobs: ").append(board.allJobsUrl());
        if (result.shown().size() < result.matched()) {
            text.append("\nNarrow it down with keywords or filters, e.g. /jobs drf remote senior");
        }
        return text.toString().strip();
    }

    private String noMatch(JobQuery query) {
        String filters = query.describe();
        if (filters.isEmpty()) {
            return "I have no Django roles listed right now. Browse all Django jobs: " + board.allJobsUrl();
        }
        return "No Django roles match " + filters + " right now. Try fewer filters (for example /jobs "
                + (query.remote().orElse(false) ? "remote" : "without keywords") + "), or browse all Django jobs: "
                + board.allJobsUrl();
    }

    private static String where(JobPosting job) {
        if (job.remote()) {
            return job.location().isEmpty() ? "Remote" : "Remote (" + job.location() + ")";
        }
        return job.location() + " (on-site)";
    }
}
