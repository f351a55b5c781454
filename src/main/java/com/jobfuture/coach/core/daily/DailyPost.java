package com.jobfuture.coach.core.daily;

import com.jobfuture.coach.core.deck.ChoiceQuestion;
import com.jobfuture.coach.core.deck.OptionOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One question of the day in one community. {@code slotDate} is the local date of the scheduled slot (empty for
 * a post made with /daily now); a community has at most one post per slot date. {@code optionOrder} is the order
 * the options are shown in, the same for every member (empty for posts made before options were shuffled, which
 * showed them in file order).
 */
public record DailyPost(long id, CommunityRef community, Optional<LocalDate> slotDate, String questionId,
                        Optional<OptionOrder> optionOrder, PostState state, Optional<String> messageRef,
                        Instant chosenAt, Optional<Instant> revealAt, int attempts, Instant nextAttemptAt) {

    /** The order the question's options are (or will be) shown in: the stored one, else the file order. */
    public OptionOrder orderOf(ChoiceQuestion question) {
        return optionOrder.filter(o -> o.fits(question))
                .orElseGet(() -> OptionOrder.identity(question.options().size()));
    }

    /** The same post in another state. */
    public DailyPost with(PostState newState) {
        return new DailyPost(id, community, slotDate, questionId, optionOrder, newState, messageRef, chosenAt,
                revealAt, attempts, nextAttemptAt);
    }

    /** The same post about to be sent: one more attempt, revealed at {@code reveal}. */
    public DailyPost sending(Instant reveal) {
        return new DailyPost(id, community, slotDate, questionId, optionOrder, PostState.SENDING, messageRef,
                chosenAt, Optional.of(reveal), attempts + 1, nextAttemptAt);
    }

    /** The same post, posted as the platform message {@code ref}. */
    public DailyPost posted(String ref) {
        return new DailyPost(id, community, slotDate, questionId, optionOrder, PostState.OPEN, Optional.of(ref),
                chosenAt, revealAt, attempts, nextAttemptAt);
    }

    /** The same post in a state, tried again no earlier than {@code next}. */
    public DailyPost retryAt(PostState newState, Instant next) {
        return new DailyPost(id, community, slotDate, questionId, optionOrder, newState, messageRef, chosenAt,
                revealAt, attempts, next);
    }

    /** The same post with another question and its order (the chosen one left the decks before it was sent). */
    public DailyPost withQuestion(String newQuestionId, OptionOrder newOrder) {
        return new DailyPost(id, community, slotDate, newQuestionId, Optional.of(newOrder), state, messageRef,
                chosenAt, revealAt, attempts, nextAttemptAt);
    }
}
