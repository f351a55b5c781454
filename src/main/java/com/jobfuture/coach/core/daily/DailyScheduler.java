package com.jobfuture.coach.core.daily;

import com.jobfuture.coach.core.common.Ticker;
import com.jobfuture.coach.core.common.Transactions;
import com.jobfuture.coach.core.deck.ChoiceQuestion;
import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.DeckRegistry;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts each community's question of the day and its reveal when due by the injected clock; a runner calls
 * {@link #tick()} every few seconds (tests call it directly). At most one post per community and scheduled local
 * day (the slot is a unique row in the database, inserted before sending); each send and reveal is claimed in the
 * database first, so when several processes share it exactly one sends each, and a process that dies leaves its
 * claims to the others once they run out; a post left mid-send is never resent (see {@link PostState} and
 * docs/daily-and-jobs.md). Publishing runs under one lock, one message at a time.
 */
public final class DailyScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(DailyScheduler.class);

    private final DailyRepository repository;
    private final DeckRegistry decks;
    private final CommunityPublishers publishers;
    private final Transactions transactions;
    private final QuestionRotation rotation;
    private final DailyOptions options;
    private final PostSender sender;
    private final Clock clock;
    private final ReentrantLock publishing = new ReentrantLock();

    /** What one tick did, for logs and tests. */
    public record TickReport(int posted, int revealed, int failed) {
    }

    /** What an admin's /daily now or /daily reveal led to. */
    public sealed interface Outcome {
        /** The message went out. */
        record Done(DailyPost post) implements Outcome {
        }

        /** Nothing to do, with a reason for the admin. */
        record Refused(String reason) implements Outcome {
        }
    }

    public DailyScheduler(DailyRepository repository, DeckRegistry decks, CommunityPublishers publishers,
                          Transactions transactions, QuestionRotation rotation, DailyRenderer renderer,
                          DailyOptions options, Clock clock) {
        this.repository = repository;
        this.decks = decks;
        this.publishers = publishers;
        this.transactions = transactions;
        this.rotation = rotation;
        this.options = options;
        this.sender = new PostSender(repository, decks, publishers, renderer, options);
        this.clock = clock;
    }

    /**
     * Resolves posts left mid-send by a stopped process, claims due slots, sends chosen posts and posts due
     * reveals — each post only after claiming it, and only in communities this process reaches.
     */
    /** What runs {@link #tick} at start and then every {@code every} (posts missed while down are caught up). */
    public Ticker ticker(Duration every) {
        return new Ticker("daily-questions", every, () -> {
            tick();
            return false;
        }, () -> { });
    }

    public TickReport tick() {
        publishing.lock();
        try {
            Instant now = clock.instant();
            sender.recover(now);
            for (DailyCommunity community : repository.communities(CommunityStatus.ACTIVE)) {
                if (reaches(community.ref())) {
                    claimDueSlot(community, now);
                }
            }
            int posted = 0;
            int failed = 0;
            for (DailyPost post : repository.posts(EnumSet.of(PostState.CHOSEN))) {
                if (!post.nextAttemptAt().isAfter(now) && reaches(post.community())) {
                    Optional<DailyPost> claimed = sender.claim(post, now);
                    if (claimed.isPresent()) {
                        DailyPost after = sender.send(withQuestion(claimed.get()), now);
                        posted += after.state() == PostState.OPEN ? 1 : 0;
                        failed += after.state() == PostState.OPEN ? 0 : 1;
                    }
                }
            }
            int revealed = 0;
            for (DailyPost post : repository.posts(EnumSet.of(PostState.OPEN, PostState.UNCONFIRMED))) {
                if (!post.revealAt().orElse(now).isAfter(now) && !post.nextAttemptAt().isAfter(now)
                        && reaches(post.community())) {
                    Optional<DailyPost> claimed = sender.claim(post, now);
                    if (claimed.isPresent()) {
                        revealed += sender.reveal(claimed.get(), now).state() == PostState.REVEALED ? 1 : 0;
                    }
                }
            }
            if (posted + revealed + failed > 0) {
                LOG.info("Daily questions: {} posted, {} revealed, {} not posted", posted, revealed, failed);
            }
            return new TickReport(posted, revealed, failed);
        } finally {
            publishing.unlock();
        }
    }

    /** Posts a question into the community at once (/daily now), outside its schedule. */
    public Outcome postNow(CommunityRef ref) {
        publishing.lock();
        try {
            Optional<DailyCommunity> community = repository.community(ref);
            if (community.isEmpty()) {
                return new Outcome.Refused("there is no question of the day here yet — set it up with /daily set");
            }
            if (publishers.forPlatform(ref.platform()).isEmpty()) {
                return new Outcome.Refused("I can't post into " + ref.platform() + " communities in this build");
            }
            Instant now = clock.instant();
            Optional<DailyPost> chosen = choose(community.get(), Optional.empty(), now);
            if (chosen.isEmpty()) {
                return new Outcome.Refused("no choice question matches these settings any more — change the "
                        + "topics or level with /daily set");
            }
            Optional<DailyPost> claimed = sender.claim(chosen.get(), now);
            if (claimed.isEmpty()) {
                return new Outcome.Refused("another bot process is posting it right now — it will be here in a "
                        + "moment");
            }
            DailyPost sent = sender.send(claimed.get(), now);
            return sent.state() == PostState.OPEN ? new Outcome.Done(sent)
                    : new Outcome.Refused("the platform did not take the message (" + sent.state().name()
                    .toLowerCase(Locale.ROOT) + ") — please try again later");
        } finally {
            publishing.unlock();
        }
    }

    /** Reveals the community's open question at once (/daily reveal). */
    public Outcome revealNow(CommunityRef ref) {
        publishing.lock();
        try {
            Optional<DailyPost> latest = repository.latestPost(ref)
                    .filter(p -> p.state() == PostState.OPEN || p.state() == PostState.UNCONFIRMED);
            if (latest.isEmpty()) {
                return new Outcome.Refused("no question is open here right now");
            }
            if (publishers.forPlatform(ref.platform()).isEmpty()) {
                return new Outcome.Refused("I can't post into " + ref.platform() + " communities in this build");
            }
            Instant now = clock.instant();
            Optional<DailyPost> claimed = sender.claim(latest.get(), now);
            if (claimed.isEmpty()) {
                return new Outcome.Refused("the reveal is on its way (another bot process is posting it)");
            }
            DailyPost after = sender.reveal(claimed.get(), now);
            return after.state() == PostState.REVEALED ? new Outcome.Done(after)
                    : new Outcome.Refused("the reveal did not go out — I'll retry at the next check");
        } finally {
            publishing.unlock();
        }
    }

    private boolean reaches(CommunityRef community) {
        return publishers.forPlatform(community.platform()).filter(p -> p.reaches(community)).isPresent();
    }

    private void claimDueSlot(DailyCommunity community, Instant now) {
        Optional<LocalDate> due = DailySlots.dueDate(community.settings(), community.activeSince(), now,
                options.grace());
        if (due.isPresent() && !repository.hasPostFor(community.ref(), due.get())) {
            if (choose(community, due, now).isEmpty() && !repository.hasPostFor(community.ref(), due.get())) {
                LOG.warn("No choice question matches the daily settings of {}; nothing posted", community.ref());
            }
        }
    }

    private Optional<DailyPost> choose(DailyCommunity community, Optional<LocalDate> slot, Instant now) {
        return transactions.inTransaction(() -> pickQuestion(community)
                .flatMap(question -> repository.insertChosen(community.ref(), slot, question.id(),
                        rotation.optionOrder(question), now)));
    }

    private Optional<ChoiceQuestion> pickQuestion(DailyCommunity community) {
        DeckCatalog catalog = decks.catalog();
        return rotation.pick(community.settings().pool(catalog), repository.usedQuestionCounts(community.ref()),
                repository.latestPost(community.ref()).map(DailyPost::questionId));
    }

    /** The post with a question still in the decks: a question removed by a reload is replaced before sending. */
    private DailyPost withQuestion(DailyPost post) {
        if (sender.question(post.questionId()).isPresent()) {
            return post;
        }
        Optional<DailyPost> replaced = repository.community(post.community()).flatMap(this::pickQuestion)
                .map(question -> post.withQuestion(question.id(), rotation.optionOrder(question)));
        replaced.ifPresent(p -> repository.updatePost(p, PostState.CHOSEN));
        return replaced.orElse(post);
    }
}
