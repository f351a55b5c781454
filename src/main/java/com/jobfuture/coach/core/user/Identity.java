package com.jobfuture.coach.core.user;

import java.time.Instant;

/** One platform account of a user, such as {@code telegram:123456}. */
public record Identity(String platform, String externalId, Instant createdAt) {
}
