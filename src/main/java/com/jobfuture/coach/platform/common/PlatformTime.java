package com.jobfuture.coach.platform.common;

import java.time.Clock;
import java.time.Duration;

/**
 * The time a platform paces its requests and waits by (Telegram's send limits, retry back-off, 429 pauses,
 * Discord's post pacing): {@link #system()} in production; tests pass a virtual time that jumps ahead instead of
 * waiting, so pacing runs in virtual time. Like Caffeine's {@code Ticker}, it is the one seam for time-based
 * behaviour. Implementations are thread-safe.
 */
public interface PlatformTime {
    /** The current time on this time source. */
    Clock clock();

    /** A monotonic reading in nanoseconds on this time source (for rate limiters). */
    long nanoTime();

    /** A scheduler running delayed tasks on {@code threads} threads named after {@code name}, on this time. */
    TaskScheduler scheduler(String name, int threads);

    /** Waits {@code duration} on this time. */
    void sleep(Duration duration) throws InterruptedException;

    /** Real time: the system clock, {@link System#nanoTime()} and a scheduled thread pool. */
    static PlatformTime system() {
        return SystemTime.INSTANCE;
    }
}
