package com.jobfuture.coach.core.daily;

import com.jobfuture.coach.core.common.Transactions;
import com.jobfuture.coach.core.deck.ChoiceQuestion;
import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.DeckRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts each active community's question of the day and its reveal, driven by the injected clock: a runner calls
 * {@link #tick()} every few seconds (tests call it directly).
 *
 * <p>Each tick (1) claims every due slot by inserting a CHOSEN post with its question (unique per community and
 * local date, so at most one post per scheduled day, across restarts), (2) sends the CHOSEN posts one by one,
 * committing SENDING before the publisher is called and OPEN with the message reference after, and (3) posts the
 * reveals that are due. A crash before SENDING is committed leaves CHOSEN posts that are sent on start (nothing
 * went out); a crash while SENDING leaves a post that may or may not have been delivered: it is never sent again
 * (UNCONFIRMED) and its reveal is posted only if members answered it, which proves it was posted. A slot missed
 * while the bot was down is posted on start if it is at most {@code grace} old. Reveals are at least once: a crash
 * after the platform accepted a reveal and before it was recorded repeats that reveal.
 *
 * <p>All publishing happens under one lock, one message at a time; admin commands wait for a running tick.
 */
public final class DailyScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(DailyScheduler.class);
    private static final Duration REVEAL_GIVE_UP = Duration.ofHours(24);
    private static final Duration REVEAL_RETRY = Duration.ofMinutes(1);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    private final DailyRepository repository;
    private final DeckRegistry decks;
    private final CommunityPublishers publishers;
    private final Transactions transactions;
    private final QuestionRotation rotation;
    private final DailyRenderer renderer;
    private final DailyOptions options;
    private final Clock clock;
    private final ReentrantLock publishing = new ReentrantLock();
    private boolean recovered;

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
        this.renderer = renderer;
        this.options = options;
        this.clock = clock;
    }

    /** Claims due slots, sends chosen posts and posts due reveals. The first tick first recovers from a crash. */
    public TickReport tick() {
        publishing.lock();
        try {
            if (!recovered) {
                recover();
                recovered = true;
            }
            Instant now = clock.instant();
            for (DailyCommunity community : repository.communities(CommunityStatus.ACTIVE)) {
                if (publishers.forPlatform(community.ref().platform()).isPresent()) {
                    claimDueSlot(community, now);
                }
            }
            int posted = 0;
            int failed = 0;
            for (DailyPost post : repository.posts(EnumSet.of(PostState.CHOSEN))) {
                if (!post.nextAttemptAt().isAfter(now) && publishers.forPlatform(post.community().platform())
                        .isPresent()) {
                    DailyPost after = send(post, now);
                    posted += after.state() == PostState.OPEN ? 1 : 0;
                    failed += after.state() == PostState.OPEN ? 0 : 1;
                }
            }
            int revealed = 0;
            for (DailyPost post : repository.posts(EnumSet.of(PostState.OPEN, PostState.UNCONFIRMED))) {
                if (!post.revealAt().orElse(now).isAfter(now) && !post.nextAttemptAt().isAfter(now)
                        && publishers.forPlatform(post.community().platform()).isPresent()) {
                    revealed += reveal(post, now).state() == PostState.REVEALED ? 1 : 0;
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
            DailyPost sent = send(chosen.get(), now);
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
            DailyPost after = reveal(latest.get(), clock.instant());
            return after.state() == PostState.REVEALED ? new Outcome.Done(after)
                    : new Outcome.Refused("the reveal did not go out — I'll retry at the next check");
        } finally {
            publishing.unlock();
        }
    }

    private void recover() {
        for (DailyPost post : repository.posts(EnumSet.of(PostState.SENDING))) {
            boolean answered = !repository.answerCounts(post.id()).isEmpty();
            PostState state = answered ? PostState.OPEN : PostState.UNCONFIRMED;
            repository.updatePost(post.with(state), PostState.SENDING);
            LOG.warn("Daily post {} in {} was being sent when the bot stopped; not sending it again ({})",
                    post.id(), post.community(), answered ? "members answered it, so it was posted"
                            : "its reveal is posted only if members answer it");
        }
    }

    private void claimDueSlot(DailyCommunity community, Instant now) {
        Optional<LocalDate> due = DailySlots.dueDate(community.settings(), community.activeSince(), now,
                options.grace());
        if (due.isPresent() && !repository.hasPostFor(community.ref(), due.get())) {
            if (choose(community, due, now).isEmpty()) {
                LOG.warn("No choice question matches the daily settings of {}; nothing posted", community.ref());
            }
        }
    }

    private Optional<DailyPost> choose(DailyCommunity community, Optional<LocalDate> slot, Instant now) {
        return transactions.inTransaction(() -> pickQuestion(community)
                .flatMap(question -> repository.insertChosen(community.ref(), slot, question.id(), now)));
    }

    private Optional<ChoiceQuestion> pickQuestion(DailyCommunity community) {
        DeckCatalog catalog = decks.catalog();
        return rotation.pick(community.settings().pool(catalog), repository.usedQuestionCounts(community.ref()),
                repository.latestPost(community.ref()).map(DailyPost::questionId));
    }

    private DailyPost send(DailyPost chosen, Instant now) {
        Optional<DailyCommunity> community = repository.community(chosen.community());
        if (community.isEmpty()) {
            return finish(chosen, PostState.FAILED, PostState.CHOSEN);
        }
        if (chosen.slotDate().isPresent() && community.get().status() != CommunityStatus.ACTIVE) {
            return finish(chosen, PostState.MISSED, PostState.CHOSEN);
        }
        if (chosen.slotDate().isPresent() && now.isAfter(DailySlots.slotAt(community.get().settings(),
                chosen.slotDate().get()).plus(options.grace()))) {
            LOG.warn("Daily post {} in {} missed its grace window", chosen.id(), chosen.community());
            return finish(chosen, PostState.MISSED, PostState.CHOSEN);
        }
        Optional<ChoiceQuestion> question = question(chosen.questionId());
        DailyPost post = chosen;
        if (question.isEmpty()) {
            question = pickQuestion(community.get());
            if (question.isEmpty()) {
                return finish(chosen, PostState.MISSED, PostState.CHOSEN);
            }
            post = chosen.withQuestion(question.get().id());
        }
        DailySettings settings = community.get().settings();
        DailyPost sending = post.sending(revealTime(post, settings, now));
        repository.updatePost(sending, PostState.CHOSEN);
        CommunityMessage message = new CommunityMessage(sending.community(), CommunityMessage.Kind.QUESTION,
                renderer.question(sending, question.get(), sending.revealAt().orElseThrow(), now, settings.zone()),
                "daily-" + sending.id() + "-question", Optional.empty());
        PublishResult result = publish(message);
        if (result instanceof PublishResult.Posted posted) {
            return finish(sending.posted(posted.messageRef()), null, PostState.SENDING);
        } else if (result instanceof PublishResult.BotRemoved removed) {
            disable(community.get(), removed.reason(), now);
            return finish(sending, PostState.FAILED, PostState.SENDING);
        } else if (result instanceof PublishResult.NotDelivered notDelivered) {
            LOG.warn("Daily post {} to {} not delivered: {}", sending.id(), sending.community(),
                    notDelivered.reason());
            if (sending.slotDate().isEmpty()) {
                return finish(sending, PostState.FAILED, PostState.SENDING);
            }
            DailyPost retry = sending.retryAt(PostState.CHOSEN, now.plus(backoff(sending.attempts())));
            repository.updatePost(retry, PostState.SENDING);
            return retry;
        }
        LOG.warn("Daily post {} to {} may or may not have been delivered ({}); not sending it again",
                sending.id(), sending.community(), ((PublishResult.Unknown) result).reason());
        return finish(sending, PostState.UNCONFIRMED, PostState.SENDING);
    }

    private DailyPost reveal(DailyPost post, Instant now) {
        Optional<ChoiceQuestion> question = question(post.questionId());
        Optional<DailyCommunity> community = repository.community(post.community());
        Map<Integer, Integer> counts = repository.answerCounts(post.id());
        if (question.isEmpty() || community.isEmpty() || community.get().status() == CommunityStatus.REMOVED
                || (post.state() == PostState.UNCONFIRMED && counts.isEmpty())) {
            return finish(post, PostState.CLOSED, post.state());
        }
        CommunityMessage message = new CommunityMessage(post.community(), CommunityMessage.Kind.REVEAL,
                renderer.reveal(question.get(), counts), "daily-" + post.id() + "-reveal", post.messageRef());
        PublishResult result = publish(message);
        if (result instanceof PublishResult.BotRemoved removed) {
            disable(community.get(), removed.reason(), now);
            return finish(post, PostState.CLOSED, post.state());
        } else if (result instanceof PublishResult.NotDelivered notDelivered) {
            if (now.isAfter(post.revealAt().orElse(now).plus(REVEAL_GIVE_UP))) {
                LOG.warn("Giving up the reveal of daily post {} in {}: {}", post.id(), post.community(),
                        notDelivered.reason());
                return finish(post, PostState.CLOSED, post.state());
            }
            DailyPost retry = post.retryAt(post.state(), now.plus(REVEAL_RETRY));
            repository.updatePost(retry, post.state());
            return retry;
        }
        return finish(post, PostState.REVEALED, post.state());
    }

    /** A scheduled post reveals at slot + delay even when sent late; at least 5 minutes after it goes out. */
    private static Instant revealTime(DailyPost post, DailySettings settings, Instant now) {
        Instant planned = post.slotDate().map(date -> DailySlots.slotAt(settings, date)).orElse(now)
                .plus(settings.revealAfter());
        Instant earliest = now.plus(DailySettings.MIN_REVEAL);
        return planned.isBefore(earliest) ? earliest : planned;
    }

    private PublishResult publish(CommunityMessage message) {
        CommunityPublisher publisher = publishers.forPlatform(message.community().platform()).orElseThrow();
        try {
            PublishResult result = publisher.publish(message);
            return result == null ? new PublishResult.Unknown("publisher returned nothing") : result;
        } catch (RuntimeException e) {
            LOG.warn("Publishing to {} failed", message.community(), e);
            return new PublishResult.Unknown(e.toString());
        }
    }

    private void disable(DailyCommunity community, String reason, Instant now) {
        LOG.info("Daily questions disabled in {}: the bot was removed ({})", community.ref(), reason);
        repository.saveCommunity(community.withStatus(CommunityStatus.REMOVED, now));
    }

    private DailyPost finish(DailyPost post, PostState state, PostState expected) {
        DailyPost done = state == null ? post : post.with(state);
        repository.updatePost(done, expected);
        return done;
    }

    private Optional<ChoiceQuestion> question(String id) {
        return decks.catalog().question(id).filter(q -> q instanceof ChoiceQuestion).map(ChoiceQuestion.class::cast);
    }

    private static Duration backoff(int attempts) {
        Duration delay = Duration.ofSeconds(15L << Math.min(attempts - 1, 10));
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }
}
