package com.jobfuture.coach.core.review;

import java.time.Duration;
import java.util.Objects;

/** Result of one review: the new card and the interval chosen (the new card is due that long after the review). */
public record ReviewOutcome(ReviewCard card, Duration interval) {
    public ReviewOutcome {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(interval, "interval");
    }
}
