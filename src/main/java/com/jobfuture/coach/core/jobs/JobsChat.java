package com.jobfuture.coach.core.jobs;

import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.ChatFeature;
import com.jobfuture.coach.core.chat.ChatRequest;
import com.jobfuture.coach.core.chat.CommandSpec;
import com.jobfuture.coach.core.chat.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * /jobs: Django roles, five a page with a Next button. In the private chat the candidate's level (and time zone)
 * apply unless they name others ({@code /jobs any} for every level). In a community /jobs answers only where its
 * admins allowed it ({@code /jobs here on [filters]}, off by default), with the filters they chose and nothing
 * personal; the list goes to the whole conversation.
 */
public final class JobsChat implements ChatFeature {
    static final int SHOWN = 5;
    private static final Pattern NEXT = Pattern.compile("jobs:n:(\\d{1,4}):(.*)");
    private static final String USAGE = "/jobs [keywords] [remote|onsite] [junior|middle|senior|any]";
    private static final String ALERT_USAGE = "/jobs alert on [filters] | off";
    private final JobBoard board;
    private final CandidateProfile profile;
    private final JobsCommunities communities;
    private final JobAlertCommands alerts;

    /** /jobs without alerts ({@code /jobs alert} says they are not available). */
    public JobsChat(JobBoard board, CandidateProfile profile, JobsCommunityRepository communities, Clock clock) {
        this(board, profile, communities, JobAlertCommands.unavailable(), clock);
    }

    public JobsChat(JobBoard board, CandidateProfile profile, JobsCommunityRepository communities,
                    JobAlertCommands alerts, Clock clock) {
        this.board = board;
        this.profile = profile;
        this.communities = new JobsCommunities(communities, clock);
        this.alerts = alerts;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(CommandSpec.of("jobs", USAGE, "Django roles that match you; " + ALERT_USAGE
                + ": new ones once a day, privately").in(CommandSpec.Place.ANYWHERE)
                .withCommunityHelp(USAGE + " — Django roles, where admins allowed it (/jobs here on)"));
    }

    @Override
    public List<Reply> onCommand(ChatRequest request, String command, String args) {
        String[] words = args.strip().split("\\s+", 3);
        if (words[0].equalsIgnoreCase("alert") || words[0].equalsIgnoreCase("alerts")) {
            return List.of(alerts.alert(request, words.length > 1 ? words[1].toLowerCase(Locale.ROOT) : "",
                    words.length > 2 ? words[2] : ""));
        }
        if (words[0].equalsIgnoreCase("here")) {
            return List.of(communities.configure(request, words.length > 1 ? words[1].toLowerCase(Locale.ROOT) : "",
                    words.length > 2 ? words[2] : ""));
        }
        if (request.conversation().community()) {
            Optional<JobsCommunity> allowed = communities.allowed(request);
            if (allowed.isEmpty()) {
                return List.of(Reply.text(communities.offText(request)));
            }
            JobQuery query = JobQuery.parse(allowed.get().filters()).orElse(JobQuery.parse(args));
            return List.of(page(query, 0, "").toConversation());
        }
        CandidateQuery personal = CandidateQuery.of(JobQuery.parse(args), profile.about(request.userId()));
        return List.of(page(personal.query(), 0, personal.note()));
    }

    @Override
    public Optional<List<Reply>> onAction(ChatRequest request, String action) {
        if (action.equals(JobAlertCommands.OFF_ACTION)) {
            return Optional.of(List.of(alerts.turnOffByButton(request)));
        }
        Matcher m = NEXT.matcher(action);
        if (!m.matches()) {
            return Optional.empty();
        }
        JobQuery query = JobQuery.parse(m.group(2));
        int offset = Integer.parseInt(m.group(1));
        if (request.conversation().community()) {
            if (communities.allowed(request).isEmpty()) {
                return Optional.of(List.of(Reply.text(communities.offText(request))));
            }
            return Optional.of(List.of(page(query, offset, "").toConversation().replacingOrigin()));
        }
        return Optional.of(List.of(page(query, offset, "").replacingOrigin()));
    }

    private Reply page(JobQuery query, int offset, String note) {
        JobBoard.Result result = board.search(query, offset, SHOWN);
        if (result.shown().isEmpty()) {
            return Reply.text(noMatch(query, result));
        }
        String filters = query.describe();
        StringBuilder text = new StringBuilder("Django roles").append(filters.isEmpty() ? "" : " · " + filters)
                .append(" — ").append(counts(result)).append(":\n");
        int number = result.offset() + 1;
        for (JobBoard.Listed listed : result.shown()) {
            text.append(JobsRenderer.role(number++, listed.job())).append('\n');
        }
        if (!note.isEmpty()) {
            text.append(note).append('\n');
        }
        text.append("All Django jobs: ").append(board.allJobsUrl());
        Optional<Button> next = result.hasMore() ? next(query, result.offset() + result.shown().size())
                : Optional.empty();
        if (result.hasMore() && result.offset() == 0) {
            text.append("\nNarrow it down with keywords or filters, e.g. /jobs drf remote senior");
        }
        return next.map(button -> Reply.withButtons(text.toString().strip(), List.of(button)))
                .orElseGet(() -> Reply.text(text.toString().strip()));
    }

    private static String counts(JobBoard.Result result) {
        if (!result.hasMore() && result.offset() == 0) {
            return result.matched() + (result.matched() == 1 ? " match" : " matches");
        }
        int first = result.offset() + 1;
        int last = result.offset() + result.shown().size();
        return (result.offset() == 0 ? last + "" : first + "–" + last) + " of " + result.matched() + " matches";
    }

    private static Optional<Button> next(JobQuery query, int offset) {
        String action = "jobs:n:" + offset + ":" + query.toArgs();
        return action.getBytes(StandardCharsets.UTF_8).length <= Button.MAX_ACTION_BYTES
                ? Optional.of(new Button(action, "Next " + SHOWN)) : Optional.empty();
    }

    private String noMatch(JobQuery query, JobBoard.Result result) {
        if (result.matched() > 0) {
            return "That was the last of the " + result.matched() + " matches. All Django jobs: "
                    + board.allJobsUrl();
        }
        String filters = query.describe();
        if (filters.isEmpty()) {
            return "I have no Django roles listed right now. Browse all Django jobs: " + board.allJobsUrl();
        }
        String fewer = !query.keywords().isEmpty() && query.remote().orElse(false) ? "/jobs remote"
                : query.level().isPresent() ? "/jobs any" : "/jobs";
        return "No Django roles match " + filters + " right now. Try fewer filters (for example " + fewer
                + "), or browse all Django jobs: " + board.allJobsUrl();
    }
}
