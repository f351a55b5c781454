package com.jobfuture.coach.bench;

import java.time.Duration;

/**
 * A load on a Telegram bot: {@code users} people who each act, wait for the reply, then think between
 * {@code thinkMin} and {@code thinkMax} before acting again; or, for a burst, who all write once at the same moment.
 */
record LoadScenario(String name, int users, Duration thinkMin, Duration thinkMax, boolean burst) {
    static LoadScenario humanPace(int users) {
        return new LoadScenario(users + " users, human pace", users, Duration.ofSeconds(10), Duration.ofSeconds(30),
                false);
    }

    static LoadScenario fast(int users) {
        return new LoadScenario(users + " users, fast", users, Duration.ofMillis(50), Duration.ofMillis(100), false);
    }

    static LoadScenario burst(int users) {
        return new LoadScenario(users + " users write at once", users, Duration.ZERO, Duration.ZERO, true);
    }
}
