package com.jobfuture.coach.core.skillcheck;

import java.util.Map;

/**
 * What calibrating one area found: parameters of the items with enough responses, the θ prior of its users on
 * the anchored scale, and figures to report (users, responses used, EM iterations, whether EM converged, and the
 * slope of the linear map that anchored the scale to the deck levels).
 */
public record AreaCalibration(Map<String, CalibratedItem> items, PopulationPrior prior, int users, int responses,
                              int iterations, boolean converged, double anchorSlope) {
    public AreaCalibration {
        items = Map.copyOf(items);
    }
}
