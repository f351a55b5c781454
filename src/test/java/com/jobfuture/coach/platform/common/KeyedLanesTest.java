package com.jobfuture.coach.platform.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Per-user lanes: one user's work in order, and a user waiting on a rate limit never holds up another. */
@Timeout(10)
class KeyedLanesTest {
    private final KeyedLanes lanes = new KeyedLanes("test-lane", 1);
    private final List<String> done = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        lanes.close(Duration.ofSeconds(1));
    }

    @Test
    void aUserWaitingForSendsHoldsNoThreadAndKeepsTheirOrder() {
        CompletableFuture<Void> danasSends = new CompletableFuture<>(); // e.g. replies held by a 429
        lanes.submitAsync("dana", () -> {
            done.add("dana 1 handled");
            return danasSends;
        });
        lanes.submit("dana", () -> done.add("dana 2"));
        lanes.submit("lee", () -> done.add("lee 1"));

        await().atMost(Duration.ofSeconds(5)).until(() -> done.contains("lee 1"));
        assertThat(done).as("one worker thread, yet Lee was not held up; Dana's next waits for her sends")
                .containsExactly("dana 1 handled", "lee 1");

        danasSends.complete(null);
        await().atMost(Duration.ofSeconds(5)).until(() -> done.contains("dana 2"));
    }

    @Test
    void aFailureNeverStopsALane() {
        lanes.submit("dana", () -> {
            throw new IllegalStateException("boom");
        });
        lanes.submitAsync("dana", () -> CompletableFuture.failedFuture(new IllegalStateException("send failed")));
        lanes.submit("dana", () -> done.add("after"));
        await().atMost(Duration.ofSeconds(5)).until(() -> done.contains("after"));
        assertThat(lanes.close(Duration.ofSeconds(1))).isTrue();
        assertThat(lanes.submit("dana", () -> done.add("too late"))).isFalse();
    }

    @Test
    void awaitIdleWaitsWhileAnyoneIsBeingAnsweredTheirSendsIncluded() throws Exception {
        assertThat(lanes.awaitIdle(Duration.ZERO)).as("nothing to do").isTrue();
        CompletableFuture<Void> sends = new CompletableFuture<>();
        lanes.submitAsync("dana", () -> sends);
        lanes.submit("lee", () -> done.add("lee"));

        assertThat(lanes.awaitIdle(Duration.ofMillis(200))).as("Dana's replies are still going out").isFalse();
        CompletableFuture<Boolean> idle = CompletableFuture.supplyAsync(() -> {
            try {
                return lanes.awaitIdle(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        sends.complete(null);

        assertThat(idle.get()).isTrue();
        assertThat(done).containsExactly("lee");
    }
}
