package com.jobfuture.coach.core.review;

import java.time.Instant;
import java.util.Objects;

/**
 * Scheduling state of one (user, question) pair. stability/difficulty are 0 when NEW; step is the learning/relearning
 * step index (0 when NEW or REVIEW); lastReview null when NEW.
 */
public record ReviewCard(CardState state, int step, double stability, double difficulty, Instant due,
        Instant lastReview) {

    public ReviewCard {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(due, "due");
        if (step < 0) {
            throw new IllegalArgumentException("step must be >= 0, got " + step);
        }
        if (state == CardState.NEW) {
            if (lastReview != null || stability != 0 || difficulty != 0 || step != 0) {
                throw new IllegalArgumentException(
                        "a NEW card has no last review, step 0 and stability/difficulty 0");
            }
        } else {
            Objects.requireNonNull(lastReview, "lastReview (required unless NEW)");
            // Validates stability > 0 and difficulty in [1, 10].
            new MemoryState(stability, difficulty);
            if (state == CardState.REVIEW && step != 0) {
                throw new IllegalArgumentException("a REVIEW card has step 0, got " + step);
            }
        }
    }

    /** A card never reviewed, due immediately. */
    public static ReviewCard newCard(Instant now) {
        return new ReviewCard(CardState.NEW, 0, 0, 0, now, null);
    }

    /** The memory state, or null for a NEW card. */
    public MemoryState memoryState() {
        return state == CardState.NEW ? null : new MemoryState(stability, difficulty);
    }
}
