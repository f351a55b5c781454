package com.jobfuture.coach.core.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jobfuture.coach.core.notify.DeliveryResult;
import com.jobfuture.coach.core.notify.PrivateMessage;
import com.jobfuture.coach.core.notify.PrivateMessenger;
import com.jobfuture.coach.core.reminders.ReminderScheduler.TickReport;
import com.jobfuture.coach.testing.ReminderFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several reminders wait at the platform at once (so a fan-out is paced by the platform's limits, not by its
 * round trips), never more than {@code maxInFlight}, and each answer is recorded whenever it comes.
 */
@Timeout(60)
class ReminderInFlightTest {
    private static final Instant DUE = Instant.parse("2026-03-02T17:30:00Z"); // 18:30 in Berlin
    private static final Duration WAIT = Duration.ofSeconds(20);
    @TempDir
    Path dir;
    ReminderFixture fx;
    final HeldMessenger platform = new HeldMessenger();

    /** A platform that answers only when the test says so. */
    static final class HeldMessenger implements PrivateMessenger {
        private final List<PrivateMessage> messages = new ArrayList<>();
        private final List<CompletableFuture<DeliveryResult>> answers = new ArrayList<>();

        @Override
        public synchronized CompletionStage<DeliveryResult> send(PrivateMessage message) {
            CompletableFuture<DeliveryResult> answer = new CompletableFuture<>();
            messages.add(message);
            answers.add(answer);
            return answer;
        }

        synchronized int received() {
            return messages.size();
        }

        synchronized long waiting() {
            return answers.stream().filter(a -> !a.isDone()).count();
        }

        synchronized CompletableFuture<DeliveryResult> answer(int index) {
            return answers.get(index);
        }

        synchronized String to(int index) {
            return messages.get(index).to().externalId();
        }
    }

    @BeforeEach
    void setUp() {
        fx = new ReminderFixture(dir);
        fx.core.clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        fx.options = new ReminderOptions(Duration.ofHours(2), Duration.ofSeconds(10), 500, 3);
        fx.messengers.register(ReminderFixture.PLATFORM, platform);
        fx.restart();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void atMostMaxInFlightWaitAndAnswersAreRecordedInAnyOrder() throws Exception {
        List<String> names = List.of("u1", "u2", "u3", "u4", "u5", "u6");
        names.forEach(this::remindAt1830);
        fx.core.clock.set(DUE);

        CompletableFuture<TickReport> tick = CompletableFuture.supplyAsync(fx.scheduler::tick);
        await("three reminders handed to the platform").atMost(WAIT).until(() -> platform.received() == 3);
        assertThat(tick).isNotDone();
        platform.answer(1).complete(new DeliveryResult.Delivered());            // answers out of order
        await("a fourth handed over once one was answered").atMost(WAIT).until(() -> platform.received() == 4);
        assertThat(platform.waiting()).isEqualTo(3);
        platform.answer(0).complete(new DeliveryResult.Unreachable("403 bot was blocked by the user"));
        platform.answer(2).completeExceptionally(new IllegalStateException("the adapter broke"));
        await("all six handed over").atMost(WAIT).until(() -> platform.received() == 6);
        for (int i = 3; i < 6; i++) {
            platform.answer(i).complete(new DeliveryResult.Delivered());
        }
        TickReport report = tick.get(20, TimeUnit.SECONDS);

        assertThat(report).isEqualTo(new TickReport(4, 0, 1, 1));
        assertThat(List.of(platform.to(0), platform.to(1), platform.to(2))).containsExactly("u1", "u2", "u3");
        assertThat(state("u1")).isEqualTo(ReminderState.UNREACHABLE);
        assertThat(fx.settings.of(fx.user("u1")).reminders().on()).isFalse();
        assertThat(state("u2")).isEqualTo(ReminderState.SENT);
        assertThat(state("u3")).isEqualTo(ReminderState.UNCONFIRMED);  // a failed stage may have been delivered
        assertThat(names.subList(3, 6)).allSatisfy(name -> assertThat(state(name)).isEqualTo(ReminderState.SENT));
    }

    private ReminderState state(String name) {
        List<ReminderRecord> history = fx.repository.history(fx.user(name));
        assertThat(history).hasSize(1);
        return history.get(0).state();
    }

    /** Berlin zone, reminders at 18:30 local (17:30Z), two reviews due. */
    private void remindAt1830(String name) {
        fx.set(name, "timezone Europe/Berlin");
        fx.set(name, "reminders 18:30");
        fx.dueReviews(name, 2);
    }
}
