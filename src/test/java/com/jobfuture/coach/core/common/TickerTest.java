package com.jobfuture.coach.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A failing check is an error worth logging; a check cut short by stopping the bot is not. */
class TickerTest {
    final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void listen() {
        log.start();
        ((Logger) LoggerFactory.getLogger(Ticker.class)).addAppender(log);
    }

    @AfterEach
    void stopListening() {
        ((Logger) LoggerFactory.getLogger(Ticker.class)).detachAppender(log);
    }

    @Test
    void aCheckThatFailsIsLoggedAsAnErrorAndRunsAgain() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch twice = new CountDownLatch(2);
        try (Ticker ticker = new Ticker("failing", Duration.ofMillis(1), () -> {
            runs.incrementAndGet();
            twice.countDown();
            throw new IllegalStateException("database down");
        }, () -> { })) {
            ticker.start();
            assertThat(twice.await(10, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(log.list).anySatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getFormattedMessage()).isEqualTo("failing check failed; retrying at the next one");
        });
    }

    @Test
    void aCheckCutShortByClosingIsNotLoggedAsAnError() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);
        Ticker ticker = new Ticker("daily-questions", Duration.ofMinutes(1), () -> {
            running.countDown();
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("cannot open a read connection", new InterruptedException());
        }, released::countDown);
        ticker.start();
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        ticker.close();

        assertThat(log.list).noneMatch(event -> event.getLevel() == Level.ERROR);
        assertThat(log.list).anySatisfy(event -> assertThat(event.getFormattedMessage())
                .startsWith("daily-questions stopped during a check; the next start finishes it"));
    }
}
