package com.jobfuture.coach.core.progress;

import com.jobfuture.coach.core.review.Rating;
import java.time.Instant;

/** One answer a user gave: what was rated and when; {@code correct} is null for open questions. */
public record ReviewLogEntry(long userId, String questionId, Rating rating, Boolean correct, Instant reviewedAt) {
}
