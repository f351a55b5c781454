package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class TelegramSendLimiterTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    /** Virtual time: nanoseconds since T0, set before each reservation. */
    private final AtomicLong nanos = new AtomicLong();
    private final SendLimiter limiter = new SendLimiter(SendLimits.telegramDefaults(), nanos::get);

    private Duration reserve(long chatId, Instant at) {
        nanos.set(Duration.between(T0, at).toNanos());
        return limiter.reserve(chatId);
    }

    @Test
    void onePerSecondPerPrivateChat() {
        assertThat(reserve(1, T0)).isZero();
        assertThat(reserve(1, T0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(reserve(1, T0.plusMillis(400))).isEqualTo(Duration.ofMillis(600));
        assertThat(reserve(2, T0.plusMillis(400))).as("another chat is not held up").isZero();
        assertThat(reserve(1, T0.plusSeconds(1))).isZero();
    }

    @Test
    void thirtyPerSecondOverall() {
        assertThat(sendsWithin(T0, Duration.ofSeconds(1), chat -> chat)).isEqualTo(30);
        assertThat(sendsWithin(T0.plusSeconds(1), Duration.ofSeconds(10), chat -> chat))
                .as("trying every ms, sends are 34 ms apart").isBetween(290, 300);
    }

    @Test
    void twentyPerMinuteInAGroup() {
        assertThat(sendsWithin(T0, Duration.ofMinutes(1), chat -> -100L)).isEqualTo(20);
        assertThat(reserve(-100, T0.plusSeconds(3600))).isZero();
        assertThat(reserve(-100, T0.plusSeconds(3601)))
                .isBetween(Duration.ofMillis(1999), Duration.ofMillis(2001));
    }

    /** Tries a send every millisecond for the window (to a chat chosen per attempt) and counts the allowed ones. */
    private int sendsWithin(Instant start, Duration window, java.util.function.LongUnaryOperator chatOfAttempt) {
        int sent = 0;
        for (long ms = 0; ms < window.toMillis(); ms++) {
            if (reserve(chatOfAttempt.applyAsLong(ms + 1), start.plusMillis(ms)).isZero()) {
                sent++;
            }
        }
        return sent;
    }

    @Test
    void aLowPrioritySendNeverTakesTheSlotAnOrdinarySendIsWaitingFor() {
        Duration slot = Duration.ofSeconds(1).dividedBy(30);
        assertThat(reserve(1, T0)).isZero();
        Duration replyWaits = reserve(2, T0);                        // a reply waits for the bot-wide slot
        assertThat(replyWaits).isEqualTo(slot);

        assertThat(reserveLow(3, T0.plus(slot))).as("the reply's turn").isEqualTo(slot);
        assertThat(reserve(2, T0.plus(slot))).isZero();
        assertThat(reserveLow(3, T0.plus(slot))).as("the slot is taken").isPositive();
        assertThat(reserveLow(3, T0.plus(slot.multipliedBy(2)))).as("no reply waiting: the reminder's turn").isZero();
    }

    @Test
    void repliesWaitingOnlyForTheirOwnChatOrGoneLongAgoDoNotHoldRemindersBack() {
        assertThat(reserve(1, T0)).isZero();
        assertThat(reserve(1, T0.plusMillis(100))).as("1 s per chat").isEqualTo(Duration.ofMillis(900));
        assertThat(reserveLow(2, T0.plusMillis(200))).as("the reply's turn is 800 ms away").isZero();
        assertThat(reserve(1, T0.plusMillis(1000))).isZero();

        assertThat(reserve(5, T0.plusMillis(1000))).isPositive();    // then dropped: never comes back for its turn
        assertThat(reserveLow(6, T0.plusMillis(1100))).isPositive();
        assertThat(reserveLow(6, T0.plusMillis(2100))).as("a second late: no longer waited for").isZero();
    }

    private Duration reserveLow(long chatId, Instant at) {
        nanos.set(Duration.between(T0, at).toNanos());
        return limiter.reserveLow(chatId);
    }

    @Test
    void aRefusedReservationTakesNothing() {
        assertThat(reserve(1, T0)).isZero();
        for (int i = 0; i < 100; i++) {
            reserve(1, T0.plusMillis(i));
        }
        assertThat(reserve(1, T0.plusSeconds(1))).isZero();
    }
}
