package com.jobfuture.coach.core.daily;

import com.jobfuture.coach.core.chat.ChatFeature;
import com.jobfuture.coach.core.chat.ChatRequest;
import com.jobfuture.coach.core.chat.CommandSpec;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.deck.ChoiceQuestion;
import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.DeckRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * /daily set|show|pause|resume|off|now|reveal in a community, and members' answer buttons. Only the community's
 * admins (as the platform says in {@code Conversation.senderIsAdmin}) change anything; everyone may /daily show.
 * Every reply of this feature goes to the sender only; the question and reveal are posted by the scheduler.
 */
public final class DailyChat implements ChatFeature {
    private static final Pattern ANSWER = Pattern.compile("daily:(\\d{1,18}):(\\d)");
    private static final String CHANGES = "set, pause, resume, off, now, reveal";
    private final DailyRepository repository;
    private final DailyScheduler scheduler;
    private final DailyAnswers answers;
    private final DeckRegistry decks;
    private final DailyRenderer renderer;
    private final DailyOptions options;
    private final Clock clock;
    private final DailySettingsParser parser = new DailySettingsParser();

    public DailyChat(DailyRepository repository, DailyScheduler scheduler, DailyAnswers answers, DeckRegistry decks,
                     DailyRenderer renderer, DailyOptions options, Clock clock) {
        this.repository = repository;
        this.scheduler = scheduler;
        this.answers = answers;
        this.decks = decks;
        this.renderer = renderer;
        this.options = options;
        this.clock = clock;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(DailyCommand.spec(decks));
    }

    @Override
    public List<Reply> onCommand(ChatRequest request, String command, String args) {
        String[] parts = args.split("\\s+", 2);
        String sub = parts[0].toLowerCase(Locale.ROOT);
        String rest = parts.length > 1 ? parts[1] : "";
        if (!request.conversation().community()) {
            return List.of(Reply.text("The question of the day works in groups and servers: add me to your "
                    + "Telegram group or Discord server, and an admin sends there, for example:\n"
                    + "/daily set 09:00 Europe/Berlin mon-fri orm,apis middle reveal 8h\n"
                    + "Members answer privately with buttons; the group only sees the answer and the totals."
                    + (request.user().platform().equals("console")
                    ? "\nIn this console, try it in a simulated community: /community" : "")));
        }
        CommunityRef ref = new CommunityRef(request.user().platform(), request.conversation().id());
        if (sub.isEmpty() || sub.equals("show") || sub.equals("status")) {
            return List.of(show(ref));
        }
        if (!List.of("set", "pause", "resume", "off", "stop", "now", "reveal").contains(sub)) {
            return List.of(Reply.text("I don't know /daily " + shorten(sub) + ". Use /daily show, or (admins) /daily "
                    + CHANGES.replace(", ", "|") + ".\n" + DailySettingsParser.USAGE));
        }
        if (!request.conversation().senderIsAdmin()) {
            return List.of(Reply.text("Sorry — only this community's admins can change the question of the day. "
                    + "You can answer it with the buttons when it's posted, and /daily show tells you when."));
        }
        return List.of(switch (sub) {
            case "set" -> set(ref, rest);
            case "pause" -> status(ref, CommunityStatus.PAUSED, "Paused. Nothing is posted until /daily resume.");
            case "resume" -> status(ref, CommunityStatus.ACTIVE, "Resumed.");
            case "off", "stop" -> status(ref, CommunityStatus.OFF,
                    "Turned off. /daily set turns it on again with the same settings.");
            case "now" -> now(ref);
            default -> reveal(ref);
        });
    }

    @Override
    public Optional<List<Reply>> onAction(ChatRequest request, String action) {
        Matcher m = ANSWER.matcher(action);
        if (!m.matches()) {
            return Optional.empty();
        }
        CommunityRef ref = new CommunityRef(request.user().platform(), request.conversation().id());
        return Optional.of(List.of(answers.answer(request.userId(), ref, Long.parseLong(m.group(1)),
                Integer.parseInt(m.group(2)))));
    }

    private Reply set(CommunityRef ref, String args) {
        Optional<DailyCommunity> existing = repository.community(ref);
        DeckCatalog catalog = decks.catalog();
        DailySettingsParser.Result result = parser.parse(args, existing.map(DailyCommunity::settings), catalog,
                options);
        if (result instanceof DailySettingsParser.Result.Problem problem) {
            return Reply.text(problem.message());
        }
        DailySettingsParser.Result.Parsed parsed = (DailySettingsParser.Result.Parsed) result;
        DailySettings settings = parsed.settings();
        List<ChoiceQuestion> pool = settings.pool(catalog);
        if (pool.isEmpty()) {
            return Reply.text("No choice questions match " + renderer.describe(settings, catalog)
                    + ". Try more topics or another level (see /topics).");
        }
        Instant now = clock.instant();
        Instant since = existing.filter(c -> c.status() == CommunityStatus.ACTIVE)
                .map(DailyCommunity::activeSince).orElse(now);
        repository.saveCommunity(new DailyCommunity(ref, settings, CommunityStatus.ACTIVE, since, now));
        StringBuilder text = new StringBuilder("Question of the day is set: ")
                .append(renderer.describe(settings, catalog)).append(" (").append(pool.size())
                .append(" questions, none repeated until all were asked).\nNext post: ")
                .append(renderer.slot(DailySlots.next(settings, now)));
        parsed.notes().forEach(note -> text.append('\n').append(note));
        text.append("\n/daily now posts one right away; /daily show shows these settings.");
        return Reply.text(text.toString());
    }

    private Reply show(CommunityRef ref) {
        Optional<DailyCommunity> found = repository.community(ref);
        if (found.isEmpty()) {
            return Reply.text("There's no question of the day here yet. An admin can start one, e.g.:\n"
                    + "/daily set 09:00 Europe/Berlin mon-fri orm,apis middle reveal 8h");
        }
        DailyCommunity community = found.get();
        DeckCatalog catalog = decks.catalog();
        List<ChoiceQuestion> pool = community.settings().pool(catalog);
        Map<String, Integer> used = repository.usedQuestionCounts(ref);
        StringBuilder text = new StringBuilder("Question of the day · ")
                .append(community.status().name().toLowerCase(Locale.ROOT)).append('\n')
                .append(renderer.describe(community.settings(), catalog)).append('\n');
        if (community.status() == CommunityStatus.ACTIVE) {
            text.append("Next post: ").append(renderer.slot(DailySlots.next(community.settings(), clock.instant())))
                    .append('\n');
        } else if (community.status() == CommunityStatus.REMOVED) {
            text.append("I stopped posting because I couldn't post here any more; /daily resume restarts it.\n");
        }
        text.append("Pool: ").append(pool.size()).append(" questions · ")
                .append(QuestionRotation.askedThisRound(pool, used)).append(" asked this round");
        return Reply.text(text.toString());
    }

    private Reply status(CommunityRef ref, CommunityStatus status, String done) {
        Optional<DailyCommunity> found = repository.community(ref);
        if (found.isEmpty()) {
            return Reply.text("There's no question of the day here yet. Start one with /daily set, e.g. "
                    + "/daily set 09:00 Europe/Berlin mon-fri");
        }
        if (found.get().status() == status) {
            return Reply.text("It is already " + status.name().toLowerCase(Locale.ROOT) + ".");
        }
        DailyCommunity updated = found.get().withStatus(status, clock.instant());
        repository.saveCommunity(updated);
        String next = status == CommunityStatus.ACTIVE
                ? " Next post: " + renderer.slot(DailySlots.next(updated.settings(), clock.instant())) + "." : "";
        return Reply.text(done + next);
    }

    private Reply now(CommunityRef ref) {
        DailyScheduler.Outcome outcome = scheduler.postNow(ref);
        if (outcome instanceof DailyScheduler.Outcome.Refused refused) {
            return Reply.text("Not posted: " + refused.reason() + ".");
        }
        return Reply.text("Posted. Members answer privately; /daily reveal shows the answer before its time.");
    }

    private Reply reveal(CommunityRef ref) {
        DailyScheduler.Outcome outcome = scheduler.revealNow(ref);
        if (outcome instanceof DailyScheduler.Outcome.Refused refused) {
            return Reply.text("Not revealed: " + refused.reason() + ".");
        }
        return Reply.text("Revealed.");
    }

    private static String shorten(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
