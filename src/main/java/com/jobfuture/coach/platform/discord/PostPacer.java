package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.platform.common.Pace;
import com.jobfuture.coach.platform.common.PlatformTime;
import java.time.Duration;

/**
 * Spaces requests evenly: at most {@code perSecond} start in any second (a {@link Pace} from the platform kit).
 * JDA paces each route's bucket and waits out 429s, but only learns of Discord's global limit (50 requests/s per
 * bot) from a 429; this keeps a burst of community posts below it. Thread-safe; callers wait their turn on the
 * platform's time.
 */
final class PostPacer {
    private final Pace pace;
    private final PlatformTime time;

    PostPacer(int perSecond, PlatformTime time) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("perSecond must be positive: " + perSecond);
        }
        this.time = time;
        this.pace = new Pace(Duration.ofSeconds(1).dividedBy(perSecond), time::nanoTime);
    }

    /** Waits until the next request may start. */
    void acquire() throws InterruptedException {
        while (true) {
            Duration wait;
            synchronized (pace) {
                wait = pace.waitTime();
                if (wait.isZero()) {
                    pace.take();
                    return;
                }
            }
            time.sleep(wait);
        }
    }
}
