package com.jobfuture.coach.core.daily;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One question of the day in one community. {@code slotDate} is the local date of the scheduled slot (empty for
 * a post made with /daily now); a community has at most one post per slot date.
 */
public record DailyPost(long id, CommunityRef community, Optional<LocalDate> slotDate, String questionId,
                        PostState state, Optional<String> messageRef, Instant chosenAt, Optional<Instant> revealAt,
                        int attempts, Instant nextAttemptAt) {

    /** The same post in another state. */
    public DailyPost with(PostState newState) {
        return new DailyPost(id, community, slotDate, questionId, newState, messageRef, chosenAt, revealAt, attempts,
                nextAttemptAt);
    }

    /** The same post about to be sent: one more attempt, revealed at {@code reveal}. */
    public DailyPost sending(Instant reveal) {
        return new DailyPost(id, community, slotDate, questionId, PostState.SENDING, messageRef, chosenAt,
                Optional.of(reveal), attempts + 1, nextAttemptAt);
    }

    /** The same post, posted as the platform message {@code ref}. */
    public DailyPost posted(String ref) {
        return new DailyPost(id, community, slotDate, questionId, PostState.OPEN, Optional.of(ref), chosenAt,
                revealAt, attempts, nextAttemptAt);
    }

    /** The same post in a state, tried again no earlier than {@code next}. */
    public DailyPost retryAt(PostState newState, Instant next) {
        return new DailyPost(id, community, slotDate, questionId, newState, messageRef, chosenAt, revealAt, attempts,
                next);
    }

    /** The same post with another question (the chosen one left the decks before it was sent). */
    public DailyPost withQuestion(String newQuestionId) {
        return new DailyPost(id, community, slotDate, newQuestionId, state, messageRef, chosenAt, revealAt,
                attempts, nextAttemptAt);
    }
}
