package com.jobfuture.coach.core.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.notify.Priority;
import com.jobfuture.coach.testing.RecordingMessenger.Sent;
import com.jobfuture.coach.testing.ReminderFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When reminders come, on a clock moved in five-minute ticks (every reminder time here is on that grid, so a
 * reminder early or late by a tick shows): local times, DST, far-off zones, zone changes, quiet hours.
 */
class ReminderTimingTest {
    @TempDir
    Path dir;
    ReminderFixture fx;

    @BeforeEach
    void setUp() {
        fx = new ReminderFixture(dir);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void onceADayAtTheLocalTimeWhenReviewsAreDueWithStartAndTurnOffButtons() {
        fx.core.clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        fx.set("dana", "timezone Europe/Berlin");
        fx.set("dana", "reminders 18:30");
        fx.dueReviews("dana", 3);

        run(Instant.parse("2026-03-04T09:00:00Z"));

        List<Sent> sent = fx.messenger.sentTo("dana");
        assertThat(sent).extracting(Sent::at).containsExactly(Instant.parse("2026-03-02T17:30:00Z"),
                Instant.parse("2026-03-03T17:30:00Z"));
        Sent first = sent.get(0);
        assertThat(first.message().reply().text()).startsWith("3 reviews due, about 2 minutes.")
                .contains("Your daily reminder at 18:30");
        assertThat(first.message().reply().buttons()).extracting(Button::action)
                .containsExactly("quiz:all", "settings:reminders:off");
        assertThat(first.message().priority()).isEqualTo(Priority.LOW);
        assertThat(first.message().key()).isEqualTo("reminder-" + fx.user("dana") + "-2026-03-02");
        assertThat(fx.repository.history(fx.user("dana"))).extracting(ReminderRecord::state)
                .containsExactly(ReminderState.SENT, ReminderState.SENT);
    }

    @Test
    void nothingWhileOffNorWhenThereIsNothingToSay() {
        fx.core.clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        fx.dueReviews("off", 2);                       // reviews due, but reminders never turned on
        fx.set("idle", "reminders 10:00");             // on, but nothing due and no streak

        run(Instant.parse("2026-03-03T12:00:00Z"));

        assertThat(fx.messenger.sent()).isEmpty();
        assertThat(fx.repository.history(fx.user("idle"))).isEmpty();
        assertThat(fx.settings.nextReminder(fx.user("idle"))).contains(Instant.parse("2026-03-04T10:00:00Z"));
    }

    @Test
    void aStreakNudgeWhenPractisedYesterdayButNotToday() {
        fx.core.clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        fx.set("sam", "reminders 19:00");
        fx.answeredAt("sam", Instant.parse("2026-03-01T20:00:00Z"));
        fx.set("kim", "reminders 19:00");
        fx.answeredAt("kim", Instant.parse("2026-03-01T20:00:00Z"));
        fx.answeredAt("kim", Instant.parse("2026-03-02T08:00:00Z")); // already practised today

        run(Instant.parse("2026-03-02T20:00:00Z"));

        assertThat(fx.messenger.sentTo("kim")).isEmpty();
        List<Sent> sam = fx.messenger.sentTo("sam");
        assertThat(sam).hasSize(1);
        assertThat(sam.get(0).message().reply().text()).startsWith("You practised yesterday. Fancy a question or two "
                + "today to keep your streak going?");
        assertThat(fx.repository.history(fx.user("sam")).get(0).kind()).isEqualTo(ReminderKind.STREAK);
    }

    @Test
    void aTimeSkippedBySpringForwardFiresOnceRightAfterTheGap() {
        // Europe/Berlin, 2026-03-29: 02:00 CET jumps to 03:00 CEST, so 02:30 does not exist that night.
        fx.core.clock.set(Instant.parse("2026-03-28T12:00:00Z"));
        fx.set("dana", "timezone Europe/Berlin");
        fx.set("dana", "reminders 02:30");
        fx.dueReviews("dana", 1);

        run(Instant.parse("2026-03-30T12:00:00Z"));

        assertThat(fx.messenger.sentTo("dana")).extracting(Sent::at).containsExactly(
                Instant.parse("2026-03-29T01:00:00Z"),   // 03:00 CEST, the first valid instant after the gap
                Instant.parse("2026-03-30T00:30:00Z"));  // 02:30 CEST
    }

    @Test
    void aTimeRepeatedByFallBackFiresOnceAtItsFirstOccurrence() {
        // Europe/Berlin, 2026-10-25: 03:00 CEST falls back to 02:00 CET, so 02:30 happens twice.
        fx.core.clock.set(Instant.parse("2026-10-24T12:00:00Z"));
        fx.set("dana", "timezone Europe/Berlin");
        fx.set("dana", "reminders 02:30");
        fx.dueReviews("dana", 1);

        run(Instant.parse("2026-10-26T12:00:00Z"));

        assertThat(fx.messenger.sentTo("dana")).extracting(Sent::at).containsExactly(
                Instant.parse("2026-10-25T00:30:00Z"),   // 02:30 CEST; not again at 01:30Z (02:30 CET)
                Instant.parse("2026-10-26T01:30:00Z"));  // 02:30 CET
    }

    @Test
    void usersAtUtcPlus14AndUtcMinus12GetTheirOwnLocalDays() {
        fx.core.clock.set(Instant.parse("2026-03-01T12:00:00Z"));
        fx.set("kiri", "timezone Pacific/Kiritimati");   // UTC+14: already 2 March, 02:00
        fx.set("kiri", "reminders 09:00");
        fx.dueReviews("kiri", 1);
        fx.set("baker", "timezone Etc/GMT+12");         // UTC-12: still 1 March, 00:00
        fx.set("baker", "reminders 09:00");
        fx.dueReviews("baker", 1);

        run(Instant.parse("2026-03-02T12:00:00Z"));

        assertThat(fx.messenger.sentTo("kiri")).extracting(Sent::at)
                .containsExactly(Instant.parse("2026-03-01T19:00:00Z"));
        assertThat(fx.messenger.sentTo("baker")).extracting(Sent::at)
                .containsExactly(Instant.parse("2026-03-01T21:00:00Z"));
        assertThat(fx.repository.history(fx.user("kiri"))).extracting(r -> r.localDate().toString())
                .containsExactly("2026-03-02");
        assertThat(fx.repository.history(fx.user("baker"))).extracting(r -> r.localDate().toString())
                .containsExactly("2026-03-01");
    }

    @Test
    void changingTheTimeZoneMidDayMovesTheReminderToTheNewLocalTime() {
        fx.core.clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        fx.set("dana", "timezone Europe/Berlin");
        fx.set("dana", "reminders 18:30");               // 17:30Z in Berlin
        fx.dueReviews("dana", 1);

        run(Instant.parse("2026-03-02T12:00:00Z"));
        fx.set("dana", "timezone America/New_York");     // 18:30 there is 23:30Z
        run(Instant.parse("2026-03-03T12:00:00Z"));

        assertThat(fx.messenger.sentTo("dana")).extracting(Sent::at)
                .containsExactly(Instant.parse("2026-03-02T23:30:00Z"));
    }

    @Test
    void changingTheZoneOrTimeAfterTodaysReminderBringsNoSecondOneThatLocalDay() {
        fx.core.clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        fx.set("dana", "timezone Europe/Berlin");
        fx.set("dana", "reminders 18:30");
        fx.dueReviews("dana", 1);

        run(Instant.parse("2026-03-02T18:00:00Z"));      // reminded at 17:30Z, Berlin date 2 March
        fx.set("dana", "timezone America/New_York");     // 13:00 on 2 March there; 18:30 is still ahead
        run(Instant.parse("2026-03-02T23:45:00Z"));
        fx.set("dana", "reminders 19:00");               // later the same New York day
        run(Instant.parse("2026-03-03T01:00:00Z"));

        assertThat(fx.messenger.sentTo("dana")).extracting(Sent::at)
                .containsExactly(Instant.parse("2026-03-02T17:30:00Z"));
        run(Instant.parse("2026-03-04T01:00:00Z"));
        assertThat(fx.messenger.sentTo("dana")).extracting(Sent::at).containsExactly(
                Instant.parse("2026-03-02T17:30:00Z"), Instant.parse("2026-03-04T00:00:00Z"));
    }

    @Test
    void neverInsideQuietHoursEvenWhenSentLate() {
        fx.core.clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        fx.set("owl", "timezone Europe/Berlin");
        fx.set("owl", "quiet 21:00-07:00");
        fx.set("owl", "reminders 21:30");                // inside the quiet hours: never sent
        fx.dueReviews("owl", 1);
        fx.set("late", "timezone Europe/Berlin");
        fx.set("late", "quiet 21:00-07:00");
        fx.set("late", "reminders 20:30");               // 19:30Z
        fx.dueReviews("late", 1);

        run(Instant.parse("2026-03-02T19:00:00Z"));
        fx.core.clock.set(Instant.parse("2026-03-02T20:15:00Z"));  // the bot was down over 20:30; now 21:15 local
        fx.restart();
        run(Instant.parse("2026-03-03T20:00:00Z"));

        assertThat(fx.messenger.sentTo("owl")).isEmpty();
        assertThat(fx.messenger.sentTo("late")).extracting(Sent::at)
                .containsExactly(Instant.parse("2026-03-03T19:30:00Z"));
    }

    /** Ticks the scheduler every five minutes until {@code end}, as the runner would. */
    private void run(Instant end) {
        while (!fx.core.clock.instant().isAfter(end)) {
            fx.scheduler.tick();
            fx.core.clock.advance(Duration.ofMinutes(5));
        }
        fx.core.clock.set(end);
    }
}
