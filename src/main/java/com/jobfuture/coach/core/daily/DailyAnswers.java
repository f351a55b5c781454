package com.jobfuture.coach.core.daily;

import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.common.Transactions;
import com.jobfuture.coach.core.deck.ChoiceQuestion;
import com.jobfuture.coach.core.deck.DeckRegistry;
import com.jobfuture.coach.core.deck.OptionOrder;
import com.jobfuture.coach.core.progress.ReviewRecorder;
import com.jobfuture.coach.core.review.Rating;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Members' answers to a question of the day. An answer is stored for the aggregate figures and recorded in the
 * member's private progress (FSRS card and answer log) in one transaction; each member answers a post once.
 * The reply is for the member only.
 */
public final class DailyAnswers {
    private final DailyRepository repository;
    private final DeckRegistry decks;
    private final ReviewRecorder recorder;
    private final Transactions transactions;
    private final DailyRenderer renderer;
    private final Clock clock;

    public DailyAnswers(DailyRepository repository, DeckRegistry decks, ReviewRecorder recorder,
                        Transactions transactions, DailyRenderer renderer, Clock clock) {
        this.repository = repository;
        this.decks = decks;
        this.recorder = recorder;
        this.transactions = transactions;
        this.renderer = renderer;
        this.clock = clock;
    }

    /**
     * Handles a member's press on post {@code postId} in {@code community}; {@code option} is the option's index in
     * the deck file (what the button carries), so the answer and the aggregates never depend on the display order.
     */
    public Reply answer(long userId, CommunityRef community, long postId, int option) {
        Optional<DailyPost> found = repository.post(postId).filter(p -> p.community().equals(community));
        Optional<ChoiceQuestion> question = found.flatMap(p -> decks.catalog().question(p.questionId()))
                .filter(q -> q instanceof ChoiceQuestion).map(ChoiceQuestion.class::cast);
        if (found.isEmpty() || question.isEmpty()) {
            return Reply.text("That question of the day has ended. A new one comes with the next post.");
        }
        DailyPost post = found.get();
        if (post.state() == PostState.REVEALED || post.state() == PostState.CLOSED) {
            return renderer.alreadyRevealed(question.get(), post.orderOf(question.get()));
        }
        if (!post.state().acceptsAnswers() || option < 0 || option >= question.get().options().size()) {
            return Reply.text("That button has expired.");
        }
        if (post.optionOrder().filter(o -> !o.fits(question.get())).isPresent()) {
            return Reply.text("This question was edited after it was posted, so answers to it no longer count. "
                    + "A new one comes with the next post.");
        }
        ZoneId zone = repository.community(community).map(c -> c.settings().zone()).orElse(ZoneId.of("UTC"));
        Instant now = clock.instant();
        Instant revealAt = post.revealAt().orElse(now);
        boolean correct = question.get().options().get(option).correct();
        Optional<Integer> earlier = transactions.inTransaction(() -> {
            if (!repository.insertAnswer(postId, userId, option, now)) {
                return repository.answerOf(postId, userId);
            }
            recorder.record(userId, question.get().id(), correct ? Rating.GOOD : Rating.AGAIN, correct, now);
            return Optional.empty();
        });
        OptionOrder order = post.orderOf(question.get());
        return earlier.map(picked -> renderer.alreadyAnswered(letterOf(order, picked), revealAt, now, zone))
                .orElseGet(() -> renderer.recorded(order.letterOf(option), revealAt, now, zone));
    }

    /** The letter the post showed for an option; {@code ?} for an answer stored under an option since removed. */
    private static String letterOf(OptionOrder order, int option) {
        return option >= 0 && option < order.size() ? order.letterOf(option) : "?";
    }
}
