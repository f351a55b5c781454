package com.jobfuture.coach.bench;

/**
 * What one bot did under one scenario: reply latency percentiles (ms), replies per second in a burst, actions
 * measured, the 429s the fake answered, actions left without a reply, and database commits per action (coach only).
 */
record LoadOutcome(double p50Millis, double p99Millis, double burstPerSecond, int actions, int refused, int timeouts,
                   double commitsPerAction) {
}
