package com.jobfuture.coach.core.user;

import java.time.Instant;

/** What entering a /link code did. */
public sealed interface LinkResult {
    /** The two users are now one: {@code userId} remains. */
    record Linked(long userId) implements LinkResult {
    }

    /** The code is this user's own (or both identities are already one user); nothing changed. */
    record SameUser() implements LinkResult {
    }

    /** Wrong, used or expired; {@code triesLeft} more wrong codes are allowed in the window. */
    record Rejected(int triesLeft) implements LinkResult {
    }

    /** Too many wrong codes lately; the user may try again at {@code retryAt}. */
    record TooManyAttempts(Instant retryAt) implements LinkResult {
    }
}
