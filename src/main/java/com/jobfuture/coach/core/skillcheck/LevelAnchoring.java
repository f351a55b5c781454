package com.jobfuture.coach.core.skillcheck;

import com.jobfuture.coach.core.deck.Level;
import java.util.List;
import java.util.Map;

/**
 * Maps θ from the calibration's own scale (its users ~ N(0, 1)) to the scale the cut points are defined on, where
 * the typical junior, middle and senior question lie at -1, 0 and +1: the line {@code θ' = slope θ + intercept}
 * that best takes each level's mean estimated difficulty to its default (least squares, weighted by item counts).
 * With one level only the scale is shifted; the slope is kept within [0.25, 4].
 */
record LevelAnchoring(double slope, double intercept) {
    static final double MIN_SLOPE = 0.25;
    static final double MAX_SLOPE = 4;

    static LevelAnchoring identity() {
        return new LevelAnchoring(1, 0);
    }

    /** The anchoring for estimated difficulties grouped by deck level. */
    static LevelAnchoring fit(Map<Level, List<Double>> levelToDifficulties) {
        double weights = 0;
        double meanX = 0;
        double meanY = 0;
        for (Map.Entry<Level, List<Double>> entry : levelToDifficulties.entrySet()) {
            List<Double> values = entry.getValue();
            if (values.isEmpty()) {
                continue;
            }
            double x = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            weights += values.size();
            meanX += values.size() * x;
            meanY += values.size() * ItemDefaults.difficulty(entry.getKey());
        }
        if (weights == 0) {
            return identity();
        }
        meanX /= weights;
        meanY /= weights;
        double sxy = 0;
        double sxx = 0;
        for (Map.Entry<Level, List<Double>> entry : levelToDifficulties.entrySet()) {
            List<Double> values = entry.getValue();
            if (values.isEmpty()) {
                continue;
            }
            double x = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double y = ItemDefaults.difficulty(entry.getKey());
            sxy += values.size() * (x - meanX) * (y - meanY);
            sxx += values.size() * (x - meanX) * (x - meanX);
        }
        double slope = sxx > 1e-9 ? sxy / sxx : 1;
        slope = Math.max(MIN_SLOPE, Math.min(MAX_SLOPE, slope));
        return new LevelAnchoring(slope, meanY - slope * meanX);
    }

    /** The item's parameters on the anchored scale (same response probabilities for the same person). */
    ItemParameters apply(ItemParameters p) {
        return new ItemParameters(p.discrimination() / slope, slope * p.difficulty() + intercept, p.guessing());
    }

    /** The users' N(0, 1) on the anchored scale. */
    PopulationPrior prior() {
        return new PopulationPrior(intercept, slope);
    }
}
