package com.jobfuture.coach.core.skillcheck;

import java.util.Objects;

/** Everything that shapes a check: the θ grid and prior, the cut points, the stop rule and item selection. */
public record SkillCheckSettings(AbilityGrid grid, CutPoints cuts, StopRule stopRule, ItemSelector selector) {
    public SkillCheckSettings {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(cuts, "cuts");
        Objects.requireNonNull(stopRule, "stopRule");
        Objects.requireNonNull(selector, "selector");
    }

    /** 61-point grid on [-4, 4], cuts at ±0.5, 8–20 items with a 90% interval, random among the best 4. */
    public static SkillCheckSettings standard() {
        return new SkillCheckSettings(AbilityGrid.standard(), CutPoints.standard(), StopRule.standard(),
                ItemSelector.standard());
    }
}
