package com.jobfuture.coach.core.daily;

import com.jobfuture.coach.core.deck.ChoiceQuestion;
import com.jobfuture.coach.core.deck.DeckRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves one post through its states by calling the community's publisher (see {@link PostState}); callers hold
 * the scheduler's lock, so at most one message is in flight in this process, and claim each post first
 * ({@link #claim}), so only one process sends it.
 */
final class PostSender {
    /**
     * How long a claim keeps other processes off a post: longer than any publish call takes. A process that died
     * holding one leaves the post to the others once it runs out (a post it left SENDING is never resent).
     */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(2);
    private static final Logger LOG = LoggerFactory.getLogger(PostSender.class);
    private static final Duration REVEAL_GIVE_UP = Duration.ofHours(24);
    private static final Duration REVEAL_RETRY = Duration.ofMinutes(1);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);
    private final DailyRepository repository;
    private final DeckRegistry decks;
    private final CommunityPublishers publishers;
    private final DailyRenderer renderer;
    private final DailyOptions options;

    PostSender(DailyRepository repository, DeckRegistry decks, CommunityPublishers publishers, DailyRenderer renderer,
               DailyOptions options) {
        this.repository = repository;
        this.decks = decks;
        this.publishers = publishers;
        this.renderer = renderer;
        this.options = options;
    }

    /**
     * Claims the post for this process (see {@link DailyRepository#claimPost}): the post with its claim, or empty
     * when it is no longer due or another process has it.
     */
    Optional<DailyPost> claim(DailyPost post, Instant now) {
        Instant until = now.plus(CLAIM_LEASE);
        return repository.claimPost(post.id(), post.state(), now, until)
                ? Optional.of(post.retryAt(post.state(), until)) : Optional.empty();
    }

    /**
     * Posts left SENDING by a process that stopped (a crash, or kill -9; its claim ran out) are never resent;
     * answered ones count as posted.
     */
    void recover(Instant now) {
        for (DailyPost post : repository.posts(EnumSet.of(PostState.SENDING))) {
            if (post.nextAttemptAt().isAfter(now)) {
                continue; // still claimed: its process may be sending it right now
            }
            boolean answered = !repository.answerCounts(post.id()).isEmpty();
            PostState state = answered ? PostState.OPEN : PostState.UNCONFIRMED;
            repository.updatePost(post.with(state), PostState.SENDING);
            LOG.warn("Daily post {} in {} was being sent when the bot stopped; not sending it again ({})",
                    post.id(), post.community(), answered ? "members answered it, so it was posted"
                            : "its reveal is posted only if members answer it");
        }
    }

    /**
     * Sends a CHOSEN post this process claimed: SENDING is committed before the publisher is called, the outcome
     * after.
     */
    DailyPost send(DailyPost chosen, Instant now) {
        Optional<DailyCommunity> community = repository.community(chosen.community());
        if (community.isEmpty()) {
            return finish(chosen, PostState.FAILED, PostState.CHOSEN, now);
        }
        if (chosen.slotDate().isPresent() && community.get().status() != CommunityStatus.ACTIVE) {
            return finish(chosen, PostState.MISSED, PostState.CHOSEN, now);
        }
        if (chosen.slotDate().isPresent() && now.isAfter(DailySlots.slotAt(community.get().settings(),
                chosen.slotDate().get()).plus(options.grace()))) {
            LOG.warn("Daily post {} in {} missed its grace window", chosen.id(), chosen.community());
            return finish(chosen, PostState.MISSED, PostState.CHOSEN, now);
        }
        Optional<ChoiceQuestion> question = question(chosen.questionId());
        if (question.isEmpty()) {
            return finish(chosen, PostState.MISSED, PostState.CHOSEN, now);
        }
        DailyPost post = chosen;
        DailySettings settings = community.get().settings();
        DailyPost sending = post.sending(revealTime(post, settings, now));
        repository.updatePost(sending, PostState.CHOSEN);
        CommunityMessage message = new CommunityMessage(sending.community(), CommunityMessage.Kind.QUESTION,
                renderer.question(sending, question.get(), sending.revealAt().orElseThrow(), now, settings.zone()),
                "daily-" + sending.id() + "-question", Optional.empty());
        PublishResult result = publish(message);
        if (result instanceof PublishResult.Posted posted) {
            return finish(sending.posted(posted.messageRef()), null, PostState.SENDING, now);
        } else if (result instanceof PublishResult.BotRemoved removed) {
            disable(community.get(), removed.reason(), now);
            return finish(sending, PostState.FAILED, PostState.SENDING, now);
        } else if (result instanceof PublishResult.NotDelivered notDelivered) {
            LOG.warn("Daily post {} to {} not delivered: {}", sending.id(), sending.community(),
                    notDelivered.reason());
            if (sending.slotDate().isEmpty()) {
                return finish(sending, PostState.FAILED, PostState.SENDING, now);
            }
            DailyPost retry = sending.retryAt(PostState.CHOSEN, now.plus(backoff(sending.attempts())));
            repository.updatePost(retry, PostState.SENDING);
            return retry;
        }
        LOG.warn("Daily post {} to {} may or may not have been delivered ({}); not sending it again",
                sending.id(), sending.community(), ((PublishResult.Unknown) result).reason());
        return finish(sending, PostState.UNCONFIRMED, PostState.SENDING, now);
    }

    /** Posts the reveal of an OPEN or UNCONFIRMED post (an UNCONFIRMED one only if members answered it). */
    DailyPost reveal(DailyPost post, Instant now) {
        Optional<ChoiceQuestion> question = question(post.questionId());
        Optional<DailyCommunity> community = repository.community(post.community());
        Map<Integer, Integer> counts = repository.answerCounts(post.id());
        if (question.isEmpty() || community.isEmpty() || community.get().status() == CommunityStatus.REMOVED
                || (post.state() == PostState.UNCONFIRMED && counts.isEmpty())) {
            return finish(post, PostState.CLOSED, post.state(), now);
        }
        CommunityMessage message = new CommunityMessage(post.community(), CommunityMessage.Kind.REVEAL,
                renderer.reveal(question.get(), post.orderOf(question.get()), counts), "daily-" + post.id() + "-reveal",
                post.messageRef());
        PublishResult result = publish(message);
        if (result instanceof PublishResult.BotRemoved removed) {
            disable(community.get(), removed.reason(), now);
            return finish(post, PostState.CLOSED, post.state(), now);
        } else if (result instanceof PublishResult.NotDelivered notDelivered) {
            if (now.isAfter(post.revealAt().orElse(now).plus(REVEAL_GIVE_UP))) {
                LOG.warn("Giving up the reveal of daily post {} in {}: {}", post.id(), post.community(),
                        notDelivered.reason());
                return finish(post, PostState.CLOSED, post.state(), now);
            }
            DailyPost retry = post.retryAt(post.state(), now.plus(REVEAL_RETRY));
            repository.updatePost(retry, post.state());
            return retry;
        }
        return finish(post, PostState.REVEALED, post.state(), now);
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

    /** Writes the post's new state and gives up this process's claim on it (its next attempt time is now). */
    private DailyPost finish(DailyPost post, PostState state, PostState expected, Instant now) {
        DailyPost done = post.retryAt(state == null ? post.state() : state, now);
        repository.updatePost(done, expected);
        return done;
    }

    Optional<ChoiceQuestion> question(String id) {
        return decks.catalog().question(id).filter(q -> q instanceof ChoiceQuestion).map(ChoiceQuestion.class::cast);
    }

    private static Duration backoff(int attempts) {
        Duration delay = Duration.ofSeconds(15L << Math.min(attempts - 1, 10));
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }
}
