package com.jobfuture.coach.core.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The desired retention FSRS should schedule with as an interview nears: {@value #BASE} normally; from
 * {@value #RAMP_DAYS} days before the interview it rises linearly to {@value #PEAK} on the last day before it
 * (and stays there on the day); after the interview it is back to {@value #BASE}. Higher retention means shorter
 * intervals, so more reviews in the final two weeks and fresher answers on the day. Pure.
 */
public final class RetentionPolicy {
    /** Retention without an interview close by (FSRS's default). */
    public static final double BASE = 0.90;
    /** Retention on the last day before the interview. */
    public static final double PEAK = 0.95;
    /** How many days before the interview the rise starts (at {@link #BASE} that day). */
    public static final int RAMP_DAYS = 14;

    private RetentionPolicy() {
    }

    /** The desired retention on {@code date}, rounded to three decimals. */
    public static double on(LocalDate date, Optional<LocalDate> interview) {
        if (interview.isEmpty()) {
            return BASE;
        }
        long daysLeft = ChronoUnit.DAYS.between(date, interview.get());
        if (daysLeft < 0 || daysLeft >= RAMP_DAYS) {
            return BASE;
        }
        if (daysLeft <= 1) {
            return PEAK;
        }
        double share = (double) (RAMP_DAYS - daysLeft) / (RAMP_DAYS - 1);
        return Math.round((BASE + (PEAK - BASE) * share) * 1000) / 1000.0;
    }
}
