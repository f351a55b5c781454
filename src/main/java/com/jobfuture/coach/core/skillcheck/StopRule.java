package com.jobfuture.coach.core.skillcheck;

import java.util.Optional;

/**
 * When a check ends: never before {@code minItems}; then as soon as the equal-tailed {@code credibleLevel}
 * credible interval of θ lies on one side of every cut point (for 90%: at most 5% of the posterior on the far
 * side of each cut); at the latest after {@code maxItems}.
 */
public record StopRule(int minItems, int maxItems, double credibleLevel) {
    public StopRule {
        if (minItems < 1 || maxItems < minItems) {
            throw new IllegalArgumentException("need 1 <= minItems <= maxItems");
        }
        if (!(credibleLevel > 0 && credibleLevel < 1)) {
            throw new IllegalArgumentException("credible level must be in (0, 1)");
        }
    }

    /** At least 8 items, at most 20, 90% credible interval. */
    public static StopRule standard() {
        return new StopRule(8, 20, 0.80);
    }

    /** The posterior mass allowed on the far side of a cut point: half of what the interval leaves out. */
    public double tail() {
        return (1 - credibleLevel) / 2;
    }

    /** True if the credible interval lies on one side of every cut point. */
    public boolean classified(Posterior posterior, CutPoints cuts) {
        return oneSide(posterior, cuts.juniorMiddle()) && oneSide(posterior, cuts.middleSenior());
    }

    /** Whether to stop after {@code answered} answers, and why; empty = ask another item. */
    public Optional<StopReason> decide(int answered, Posterior posterior, CutPoints cuts, boolean itemsLeft) {
        if (answered >= minItems && classified(posterior, cuts)) {
            return Optional.of(StopReason.CLASSIFIED);
        }
        if (answered >= maxItems) {
            return Optional.of(StopReason.MAX_ITEMS);
        }
        return itemsLeft ? Optional.empty() : Optional.of(StopReason.BANK_EXHAUSTED);
    }

    private boolean oneSide(Posterior posterior, double cut) {
        double below = posterior.massBelow(cut);
        return below <= tail() || 1 - below <= tail();
    }
}
