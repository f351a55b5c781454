package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Telegram's limits as sliding windows: bursts where Telegram allows them, never more than a window's limit. */
@Timeout(10)
class TelegramSendLimiterTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    /** Virtual time: nanoseconds since T0, set before each reservation. */
    private final AtomicLong nanos = new AtomicLong();
    private final SendLimiter limiter = new SendLimiter(SendLimits.telegramDefaults(), nanos::get);

    private Duration reserve(long chatId, Instant at) {
        return reserve(chatId, false, at);
    }

    private Duration reserve(long chatId, boolean edit, Instant at) {
        nanos.set(Duration.between(T0, at).toNanos());
        return limiter.reserve(chatId, edit);
    }

    @Test
    void aPrivateChatGetsAShortBurstThenOnePerSecondOnAverage() {
        assertThat(reserve(1, T0)).isZero();
        assertThat(reserve(1, T0)).as("a reply of two messages goes at once").isZero();
        assertThat(reserve(1, T0.plusMillis(10))).isZero();
        assertThat(reserve(1, T0.plusMillis(400))).as("then one per second: the first leaves the 3 s window")
                .isEqualTo(Duration.ofMillis(2600));
        assertThat(reserve(2, T0.plusMillis(400))).as("another chat is not held up").isZero();
        assertThat(reserve(1, T0.plusSeconds(3))).as("the two sent at T0 left the window").isZero();
        assertThat(reserve(1, T0.plusSeconds(3))).isZero();
        assertThat(reserve(1, T0.plusSeconds(3))).isEqualTo(Duration.ofMillis(10));
    }

    @Test
    void editsOfTheBotsMessagesAreNoNewMessages() {
        for (int i = 0; i < 3; i++) {
            assertThat(reserve(1, T0)).isZero();
        }
        assertThat(reserve(1, T0)).as("the chat's burst is used up").isPositive();
        assertThat(reserve(1, true, T0)).as("an edit of the pressed message still goes").isZero();
        for (int chat = 10; chat < 37; chat++) {
            assertThat(reserve(chat, T0)).isZero();
        }
        assertThat(reserve(99, T0)).as("30 new messages this second").isPositive();
        assertThat(reserve(99, true, T0)).as("edits have a budget of their own").isZero();
    }

    @Test
    void thirtyNewMessagesInAnySecondOverall() {
        assertThat(sendsWithin(T0, Duration.ofSeconds(1), chat -> chat)).as("a burst of 30 at once").isEqualTo(30);
        assertThat(sendsWithin(T0.plusSeconds(1), Duration.ofSeconds(10), chat -> chat))
                .as("trying every ms").isEqualTo(300);
    }

    @Test
    void twentyPerMinuteInAGroup() {
        assertThat(sendsWithin(T0, Duration.ofMinutes(1), chat -> -100L)).as("a burst of 20, then nothing")
                .isEqualTo(20);
        assertThat(reserve(-100, T0.plusSeconds(59))).isEqualTo(Duration.ofSeconds(1));
        assertThat(reserve(-100, T0.plusSeconds(60))).as("a minute after the first").isZero();
    }

    @Test
    void aSendCountsUntilItsRequestIsOverThenFromThen() {
        java.util.List<SendLimiter.Permit> out = new java.util.ArrayList<>();
        for (int chat = 10; chat < 40; chat++) {
            out.add(limiter.tryReserve(chat, false));
        }
        nanos.set(Duration.ofSeconds(2).toNanos());
        assertThat(limiter.tryReserve(41, false)).as("30 requests still out: any of them may arrive now").isNull();
        out.forEach(limiter::done);
        nanos.set(Duration.ofMillis(2900).toNanos());
        assertThat(limiter.tryReserve(41, false)).as("they count from when they were over").isNull();
        nanos.set(Duration.ofSeconds(3).toNanos());
        assertThat(limiter.tryReserve(41, false)).isNotNull();
    }

    @Test
    void aRefusedReservationTakesNothing() {
        for (int i = 0; i < 3; i++) {
            assertThat(reserve(1, T0)).isZero();
        }
        for (int i = 0; i < 100; i++) {
            reserve(1, T0.plusMillis(i));
        }
        assertThat(reserve(1, T0.plusSeconds(3))).isZero();
    }

    /** Tries a send every millisecond for the window (to a chat chosen per attempt) and counts the allowed ones. */
    private int sendsWithin(Instant start, Duration window, LongUnaryOperator chatOfAttempt) {
        int sent = 0;
        for (long ms = 0; ms < window.toMillis(); ms++) {
            if (reserve(chatOfAttempt.applyAsLong(ms + 1), start.plusMillis(ms)).isZero()) {
                sent++;
            }
        }
        return sent;
    }
}
