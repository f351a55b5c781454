package com.jobfuture.coach.core.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobfuture.coach.core.notify.DeliveryResult;
import com.jobfuture.coach.core.reminders.ReminderScheduler.TickReport;
import com.jobfuture.coach.core.settings.ReminderSettings;
import com.jobfuture.coach.core.settings.SettingChange;
import com.jobfuture.coach.testing.RecordingMessenger.Sent;
import com.jobfuture.coach.testing.ReminderFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The delivery guarantees: claims before sends, crashes, blocked users, retries, pacing, late starts. */
class ReminderDeliveryTest {
    private static final Instant DUE = Instant.parse("2026-03-02T17:30:00Z"); // 18:30 in Berlin
    @TempDir
    Path dir;
    ReminderFixture fx;

    @BeforeEach
    void setUp() {
        fx = new ReminderFixture(dir);
        fx.core.clock.set(Instant.parse("2026-03-02T09:00:00Z"));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    /** A messenger failure that is not an exception the scheduler handles: the process stops mid-send. */
    static final class ProcessDied extends Error {
        ProcessDied() {
            super("the process died while the message was on its way");
        }
    }

    @Test
    void aCrashBetweenClaimAndSendLosesThatReminderAndNeverSendsItTwice() {
        remindAt1830("dana");
        fx.messenger.script("dana", message -> {
            throw new ProcessDied();
        });
        fx.core.clock.set(DUE);

        assertThatThrownBy(() -> fx.scheduler.tick()).isInstanceOf(ProcessDied.class);
        assertThat(fx.repository.history(fx.user("dana"))).extracting(ReminderRecord::state)
                .containsExactly(ReminderState.SENDING); // the claim was committed before the call

        fx.messenger.clearScript("dana");
        fx.restart();
        run(Instant.parse("2026-03-02T23:00:00Z"));

        assertThat(fx.messenger.sentTo("dana")).hasSize(1); // only the call that "died"
        assertThat(fx.repository.history(fx.user("dana"))).extracting(ReminderRecord::state)
                .containsExactly(ReminderState.UNCONFIRMED);
        run(Instant.parse("2026-03-03T18:00:00Z"));
        assertThat(fx.messenger.sentTo("dana")).extracting(Sent::at)
                .containsExactly(DUE, Instant.parse("2026-03-03T17:30:00Z"));
    }

    @Test
    void remindersMissedWhileDownAreSentOnStartWithinGraceOnce() {
        remindAt1830("dana");
        remindAt1830("sam");

        fx.core.clock.set(DUE.plus(Duration.ofMinutes(90)));   // the bot comes back 1 h 30 late
        fx.restart();
        TickReport first = fx.scheduler.tick();
        run(Instant.parse("2026-03-02T23:00:00Z"));

        assertThat(first.sent()).isEqualTo(2);
        assertThat(fx.messenger.sent()).extracting(Sent::at).containsOnly(DUE.plus(Duration.ofMinutes(90)))
                .hasSize(2);
    }

    @Test
    void remindersOlderThanTheGraceWindowAreSkippedForThatDay() {
        remindAt1830("dana");

        fx.core.clock.set(DUE.plus(Duration.ofHours(2)).plusSeconds(60));
        TickReport report = fx.scheduler.tick();

        assertThat(report.sent()).isZero();
        assertThat(report.skipped()).isEqualTo(1);
        assertThat(fx.messenger.sent()).isEmpty();
        assertThat(fx.settings.nextReminder(fx.user("dana"))).contains(Instant.parse("2026-03-03T17:30:00Z"));
        fx.core.clock.set(Instant.parse("2026-03-02T20:00:00Z"));
        run(Instant.parse("2026-03-03T18:00:00Z"));
        assertThat(fx.messenger.sentTo("dana")).extracting(Sent::at)
                .containsExactly(Instant.parse("2026-03-03T17:30:00Z"));
    }

    @Test
    void turnedOffBetweenSchedulingAndSendingMeansNothingIsSent() {
        remindAt1830("ann");
        remindAt1830("bob");                       // due in the same tick, after ann
        fx.messenger.script("ann", message -> {    // while ann's reminder is in flight, bob turns reminders off
            fx.apply("bob", new SettingChange.RemindersOff());
            return new DeliveryResult.Delivered();
        });

        run(Instant.parse("2026-03-03T18:00:00Z"));

        assertThat(fx.messenger.sentTo("ann")).hasSize(2);
        assertThat(fx.messenger.sentTo("bob")).isEmpty();
        assertThat(fx.repository.history(fx.user("bob"))).isEmpty();
    }

    @Test
    void aBlockedUserIsSwitchedOffOnceWithNoRetries() {
        remindAt1830("dana");
        fx.messenger.script("dana", message -> new DeliveryResult.Unreachable("403 bot was blocked by the user"));

        run(Instant.parse("2026-03-05T18:00:00Z"));

        assertThat(fx.messenger.sentTo("dana")).hasSize(1);
        ReminderSettings reminders = fx.settings.of(fx.user("dana")).reminders();
        assertThat(reminders.on()).isFalse();
        assertThat(reminders.offReason()).contains(ReminderSettings.OffReason.UNREACHABLE);
        assertThat(fx.settings.nextReminder(fx.user("dana"))).isEmpty();
        assertThat(fx.repository.history(fx.user("dana"))).extracting(ReminderRecord::state)
                .containsExactly(ReminderState.UNREACHABLE);
        assertThat(fx.say("dana", "").text()).contains("Reminders: off — my last reminder could not reach you");

        fx.messenger.clearScript("dana");
        fx.set("dana", "reminders on");            // the user is back and turns them on again
        run(Instant.parse("2026-03-06T18:00:00Z"));
        assertThat(fx.messenger.sentTo("dana")).hasSize(2);
    }

    @Test
    void aFailedSendIsRetriedWithBackOffAndDeliveredOnce() {
        remindAt1830("dana");
        AtomicInteger calls = new AtomicInteger();
        fx.messenger.script("dana", message -> calls.incrementAndGet() <= 2
                ? new DeliveryResult.NotDelivered("502 Bad Gateway") : new DeliveryResult.Delivered());

        runEveryMinute(Instant.parse("2026-03-02T19:00:00Z"));

        assertThat(fx.messenger.sentTo("dana")).extracting(Sent::at).containsExactly(DUE,
                DUE.plusSeconds(60), DUE.plusSeconds(180));
        assertThat(fx.repository.history(fx.user("dana"))).singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo(ReminderState.SENT))
                .satisfies(r -> assertThat(r.attempts()).isEqualTo(3));
    }

    @Test
    void aSendThatKeepsFailingStopsAtTheEndOfTheGraceWindow() {
        remindAt1830("dana");
        fx.messenger.script("dana", message -> new DeliveryResult.NotDelivered("503"));

        runEveryMinute(Instant.parse("2026-03-02T21:00:00Z"));

        // 1, 2, 4, 8, 15, 15, 15, 15 … minutes apart, all within the 2 h grace: a bounded handful, not a storm.
        assertThat(fx.messenger.sentTo("dana")).hasSizeBetween(5, 12)
                .allSatisfy(s -> assertThat(s.at()).isBeforeOrEqualTo(DUE.plus(Duration.ofHours(2))));
        assertThat(fx.repository.history(fx.user("dana"))).extracting(ReminderRecord::state)
                .containsExactly(ReminderState.FAILED);
        assertThat(fx.settings.of(fx.user("dana")).reminders().on()).isTrue();
    }

    @Test
    void anUnknownOutcomeIsNeverResent() {
        remindAt1830("dana");
        fx.messenger.script("dana", message -> new DeliveryResult.Unknown("timeout after the request was sent"));

        run(Instant.parse("2026-03-02T22:00:00Z"));

        assertThat(fx.messenger.sentTo("dana")).hasSize(1);
        assertThat(fx.repository.history(fx.user("dana"))).extracting(ReminderRecord::state)
                .containsExactly(ReminderState.UNCONFIRMED);
    }

    @Test
    void eachTickSendsAtMostOneBatchEarliestFirst() {
        fx.options = new ReminderOptions(Duration.ofHours(2), Duration.ofSeconds(10), 2);
        fx.restart();
        for (String name : new String[] {"u1", "u2", "u3", "u4", "u5"}) {
            remindAt1830(name);
        }
        fx.core.clock.set(DUE);

        assertThat(fx.scheduler.tick().sent()).isEqualTo(2);
        assertThat(fx.scheduler.tick().sent()).isEqualTo(2);
        assertThat(fx.scheduler.tick().sent()).isEqualTo(1);
        assertThat(fx.scheduler.tick().handled()).isZero();
        assertThat(fx.messenger.sent()).extracting(s -> s.message().to().externalId())
                .containsExactly("u1", "u2", "u3", "u4", "u5");
    }

    @Test
    void usersOfAPlatformThatCannotSendAreLeftAloneWithoutBlockingOthers() {
        fx.options = new ReminderOptions(Duration.ofHours(2), Duration.ofSeconds(10), 1);
        fx.restart();
        long away = fx.user("away");
        fx.settings.apply(away, new com.jobfuture.coach.core.notify.PrivateAddress("elsewhere", "away"),
                new SettingChange.Zone(java.time.ZoneId.of("Europe/Berlin")));
        fx.settings.apply(away, new com.jobfuture.coach.core.notify.PrivateAddress("elsewhere", "away"),
                new SettingChange.RemindersAt(java.time.LocalTime.of(18, 0)));  // earlier than dana's
        fx.dueReviews("away", 1);
        remindAt1830("dana");

        run(Instant.parse("2026-03-02T18:00:00Z"));

        assertThat(fx.messenger.sent()).extracting(s -> s.message().to().externalId()).containsExactly("dana");
        assertThat(fx.repository.history(away)).isEmpty();
    }

    @Test
    void theOffButtonOfAReminderTurnsThemOffAndNoneComesTheNextDay() {
        remindAt1830("dana");
        run(Instant.parse("2026-03-02T18:00:00Z"));
        String off = fx.messenger.sentTo("dana").get(0).message().reply().buttons().get(1).action();

        var reply = fx.chat.onAction(new com.jobfuture.coach.core.chat.ChatRequest(fx.user("dana"),
                new com.jobfuture.coach.core.chat.ChatUser("test", "dana", "dana", false), false), off).orElseThrow();
        run(Instant.parse("2026-03-04T18:00:00Z"));

        assertThat(reply.get(0).text()).startsWith("Reminders off.");
        assertThat(fx.messenger.sentTo("dana")).hasSize(1);
    }

    /** Berlin zone, reminders at 18:30 local (17:30Z), two reviews due. */
    private void remindAt1830(String name) {
        fx.set(name, "timezone Europe/Berlin");
        fx.set(name, "reminders 18:30");
        fx.dueReviews(name, 2);
    }

    private void run(Instant end) {
        tickUntil(end, Duration.ofMinutes(5));
    }

    private void runEveryMinute(Instant end) {
        tickUntil(end, Duration.ofMinutes(1));
    }

    private void tickUntil(Instant end, Duration step) {
        while (!fx.core.clock.instant().isAfter(end)) {
            fx.scheduler.tick();
            fx.core.clock.advance(step);
        }
        fx.core.clock.set(end);
    }
}
