package com.jobfuture.coach.core.user;

import java.time.Instant;

/** A coach user: the id all progress hangs on, the name first seen, and when they first wrote. */
public record UserAccount(long id, String displayName, Instant createdAt) {
}
