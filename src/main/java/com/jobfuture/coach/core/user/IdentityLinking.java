package com.jobfuture.coach.core.user;

import com.jobfuture.coach.core.common.CoachCounter;
import com.jobfuture.coach.core.common.CoachMetrics;
import com.jobfuture.coach.core.common.Sha256;
import com.jobfuture.coach.core.common.Transactions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One identity across platforms: a one-time code (10 minutes, single use, stored hashed) entered from the other
 * account merges the two users; wrong codes are limited per user (5 per 15 minutes). Thread-safe.
 */
public final class IdentityLinking {
    public static final Duration CODE_TTL = Duration.ofMinutes(10);
    public static final int MAX_FAILURES = 5;
    public static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
    /** Letters and digits that cannot be mistaken for each other (no 0/O, 1/I/L). */
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int CODE_LENGTH = 8;

    private final LinkCodeRepository codes;
    private final UserDataService data;
    private final Transactions transactions;
    private final SecureRandom random;
    private final Clock clock;
    private final CoachMetrics metrics;

    public IdentityLinking(LinkCodeRepository codes, UserDataService data, Transactions transactions,
                           SecureRandom random, Clock clock, CoachMetrics metrics) {
        this.codes = codes;
        this.data = data;
        this.transactions = transactions;
        this.random = random;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** A fresh code for the user, shown as {@code ABCD-EFGH}; any earlier code of theirs stops working. */
    public String newCode(long userId) {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        Instant now = clock.instant();
        codes.replace(userId, Sha256.hex(code.toString()), now, now.plus(CODE_TTL));
        return code.substring(0, 4) + "-" + code.substring(4);
    }

    /**
     * A fresh code replacing the user's current one (which stops working), for a code whose message may never have
     * arrived; empty when the user has no unexpired, unused code any more.
     */
    public Optional<String> renewCode(long userId) {
        return transactions.inTransaction(() -> codes.codeExpiry(userId, clock.instant())
                .map(expiry -> newCode(userId)));
    }

    /** Enters a code as {@code userId}: on success the code's owner and this user become one. */
    public LinkResult redeem(long userId, String typed) {
        Instant now = clock.instant();
        String hash = Sha256.hex(normalize(typed));
        LinkResult checked = transactions.inTransaction(() -> {
            List<Instant> failures = codes.failuresSince(userId, now.minus(FAILURE_WINDOW));
            if (failures.size() >= MAX_FAILURES) {
                return new LinkResult.TooManyAttempts(failures.get(0).plus(FAILURE_WINDOW));
            }
            Optional<Long> owner = codes.owner(hash, now);
            if (owner.isPresent() && owner.get() == userId) {
                return new LinkResult.SameUser();
            }
            if (owner.isEmpty() || !codes.consume(hash)) {
                codes.recordFailure(userId, now, now.minus(FAILURE_WINDOW));
                return new LinkResult.Rejected(MAX_FAILURES - failures.size() - 1);
            }
            return new LinkResult.Linked(owner.get());
        });
        if (checked instanceof LinkResult.Rejected) {
            metrics.increment(CoachCounter.LINK_CODES_REJECTED);
        }
        if (checked instanceof LinkResult.Linked linked) {
            long remaining = data.merge(userId, linked.userId());
            metrics.increment(CoachCounter.IDENTITIES_LINKED);
            return new LinkResult.Linked(remaining);
        }
        return checked;
    }

    /** Upper case, without spaces and dashes, so {@code abcd efgh} and {@code ABCD-EFGH} are the same code. */
    static String normalize(String typed) {
        return typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }
}
