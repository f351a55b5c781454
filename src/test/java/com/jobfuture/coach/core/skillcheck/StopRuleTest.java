package com.jobfuture.coach.core.skillcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StopRuleTest {
    private final StopRule rule = StopRule.standard();
    private final CutPoints cuts = CutPoints.standard();
    private final AbilityGrid grid = AbilityGrid.standard();
    /** Nearly all mass far below the junior/middle cut. */
    private final Posterior certainJunior = grid.prior(new PopulationPrior(-2, 0.2));
    /** Mass on both sides of the middle/senior cut. */
    private final Posterior unsure = grid.prior(new PopulationPrior(0.5, 0.5));

    @Test
    void standardIsEightToTwentyItemsWithAnEightyPercentInterval() {
        assertThat(rule.minItems()).isEqualTo(8);
        assertThat(rule.maxItems()).isEqualTo(20);
        assertThat(rule.tail()).isEqualTo(0.1, within(1e-12));
    }

    @Test
    void neverStopsBeforeTheMinimumEvenWhenSure() {
        assertThat(rule.classified(certainJunior, cuts)).isTrue();
        for (int answered = 0; answered < 8; answered++) {
            assertThat(rule.decide(answered, certainJunior, cuts, true)).isEmpty();
        }
        assertThat(rule.decide(8, certainJunior, cuts, true)).contains(StopReason.CLASSIFIED);
    }

    @Test
    void goesOnWhileTheIntervalStraddlesACutAndStopsAtTheMaximum() {
        assertThat(rule.classified(unsure, cuts)).isFalse();
        assertThat(rule.decide(8, unsure, cuts, true)).isEmpty();
        assertThat(rule.decide(19, unsure, cuts, true)).isEmpty();
        assertThat(rule.decide(20, unsure, cuts, true)).contains(StopReason.MAX_ITEMS);
    }

    @Test
    void theIntervalMustClearEveryCutPoint() {
        // Sure it is not junior (far above -0.5) but not sure about middle/senior: keep asking.
        Posterior middleOrSenior = grid.prior(new PopulationPrior(0.45, 0.3));
        assertThat(middleOrSenior.massBelow(cuts.juniorMiddle())).isLessThan(rule.tail());
        assertThat(rule.classified(middleOrSenior, cuts)).isFalse();
        // Clear of both cuts, in the middle band.
        Posterior middle = grid.prior(new PopulationPrior(0, 0.15));
        assertThat(rule.classified(middle, cuts)).isTrue();
    }

    @Test
    void theIntervalLevelSetsHowMuchMassMayLieAcrossACut() {
        // 15% of the mass lies above the junior/middle cut: inside a 70% interval's tail, outside an 80% one's.
        Posterior posterior = grid.prior(new PopulationPrior(-0.5 - 1.0364 * 0.4, 0.4));
        assertThat(posterior.massAbove(-0.5)).isBetween(0.13, 0.17);
        assertThat(new StopRule(8, 20, 0.80).classified(posterior, cuts)).isFalse();
        assertThat(new StopRule(8, 20, 0.60).classified(posterior, cuts)).isTrue();
    }

    @Test
    void anEmptyBankEndsTheCheck() {
        assertThat(rule.decide(5, unsure, cuts, false)).contains(StopReason.BANK_EXHAUSTED);
    }
}
