package com.jobfuture.coach.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Reply latencies of one run, in nanoseconds; percentiles by the nearest-rank method. Thread-safe. */
final class Latencies {
    private final List<Long> nanos = new ArrayList<>();

    synchronized void add(long latencyNanos) {
        nanos.add(latencyNanos);
    }

    synchronized int count() {
        return nanos.size();
    }

    /** The {@code p}-th percentile (0 < p ≤ 100) in milliseconds; NaN when nothing was recorded. */
    synchronized double percentileMillis(double p) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }
}
