package com.jobfuture.coach.platform.telegram;

import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * The wait after a failed getUpdates: 0.5 s, doubling up to 30 s, reset by a successful poll. Replaces the
 * library's default, which after 15 minutes of failures waits 15 minutes between attempts.
 */
final class PollBackOff implements BackOff {
    private static final long FIRST_MILLIS = 500;
    private static final long MAX_MILLIS = 30_000;
    private long next = FIRST_MILLIS;

    @Override
    public synchronized void reset() {
        next = FIRST_MILLIS;
    }

    @Override
    public synchronized long nextBackOffMillis() {
        long wait = next;
        next = Math.min(MAX_MILLIS, next * 2);
        return wait;
    }
}
