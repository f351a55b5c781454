package com.jobfuture.coach.platform.fakes;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;

/** "Eventually" for end-to-end tests on both fakes, with Awaitility: a clear description when time runs out. */
public final class Eventually {
    private static final Duration POLL = Duration.ofMillis(10);

    private Eventually() {
    }

    /** Waits until the condition holds; fails naming {@code description} after {@code timeout}. */
    public static void until(String description, Duration timeout, BooleanSupplier condition) {
        until(description, timeout, condition, () -> "");
    }

    /** The same, adding {@code context} (e.g. the fake's record) to the failure message. */
    public static void until(String description, Duration timeout, BooleanSupplier condition,
                             Supplier<String> context) {
        try {
            await(description).atMost(timeout).pollDelay(Duration.ZERO).pollInterval(POLL)
                    .until(condition::getAsBoolean);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for: " + description
                    + context.get(), e);
        }
    }

    /** Waits until {@code probe} finds a value and returns it. */
    public static <T> T value(String description, Duration timeout, Supplier<Optional<T>> probe,
                              Supplier<String> context) {
        AtomicReference<T> found = new AtomicReference<>();
        until(description, timeout, () -> probe.get().map(value -> {
            found.set(value);
            return true;
        }).orElse(false), context);
        return found.get();
    }
}
