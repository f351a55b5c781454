package com.jobfuture.coach.core.skillcheck;

/**
 * How much data calibration needs and how long it iterates. An item answered by fewer than {@code minResponses}
 * users keeps its defaults; below {@code minResponsesForDiscrimination} only its difficulty is estimated.
 */
public record CalibrationSettings(int minResponses, int minResponsesForDiscrimination, int maxIterations,
                                  double tolerance) {
    public CalibrationSettings {
        if (minResponses < 1 || minResponsesForDiscrimination < minResponses) {
            throw new IllegalArgumentException("need 1 <= minResponses <= minResponsesForDiscrimination");
        }
        if (maxIterations < 1 || !(tolerance > 0)) {
            throw new IllegalArgumentException("need maxIterations >= 1 and tolerance > 0");
        }
    }

    /** 30 responses for a difficulty, 200 for a discrimination. */
    public static CalibrationSettings standard() {
        return withMinResponses(30);
    }

    /** The given minimum, a discrimination from 200 responses (or the minimum if larger); 500 EM iterations. */
    public static CalibrationSettings withMinResponses(int minResponses) {
        return new CalibrationSettings(minResponses, Math.max(200, minResponses), 500, 1e-4);
    }
}
