package com.jobfuture.coach.core.skillcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** EAP on a grid against values computed by hand. */
class PosteriorTest {
    /** Three nodes -1, 0, 1 (cells of width 1); prior weights e^(-1/2), 1, e^(-1/2). */
    private final AbilityGrid three = new AbilityGrid(-1, 1, 3);

    @Test
    void oneRightAnswerOnAThreePointGrid() {
        // weights ∝ prior × σ(θ): 0.60653·0.26894, 1·0.5, 0.60653·0.73106 = 0.16312, 0.5, 0.44341 (sum 1.10653)
        Posterior posterior = three.prior().update(new ItemParameters(1, 0, 0), true);

        assertThat(posterior.weights()).containsExactly(new double[] {0.147417, 0.451863, 0.400720},
                within(1e-6));
        assertThat(posterior.mean()).isCloseTo(0.253304, within(1e-6)); // (0.44341 - 0.16312) / 1.10653
        assertThat(posterior.sd()).isCloseTo(0.695683, within(1e-6));
    }

    @Test
    void theFloorWeakensARightAnswerButNotAWrongOne() {
        ItemParameters guessable = new ItemParameters(1, 0, 0.25);
        // right: P = 0.25 + 0.75 σ(θ) = 0.45170, 0.625, 0.79829 → mean (0.48419 - 0.27397) / 1.38316
        assertThat(three.prior().update(guessable, true).mean()).isCloseTo(0.151982, within(1e-6));
        // wrong: 1 - P = 0.75 (1 - σ(θ)); the constant cancels, so it mirrors a right answer without floor
        assertThat(three.prior().update(guessable, false).mean()).isCloseTo(-0.253304, within(1e-6));
    }

    @Test
    void standardGridPriorIsCentredWithUnitSpread() {
        Posterior prior = AbilityGrid.standard().prior();

        assertThat(AbilityGrid.standard().nodes()).hasSize(61);
        assertThat(AbilityGrid.standard().step()).isCloseTo(2.0 / 15, within(1e-12));
        assertThat(prior.mean()).isCloseTo(0, within(1e-12));
        assertThat(prior.sd()).isCloseTo(1, within(0.01));
        assertThat(prior.massBelow(0)).isCloseTo(0.5, within(1e-12));
        assertThat(prior.massBelow(-0.5)).isCloseTo(0.3085, within(0.003)); // Φ(-0.5)
    }

    @Test
    void oppositeAnswersOnTheSameItemCancel() {
        ItemParameters item = new ItemParameters(1.7, 0, 0);
        Posterior posterior = AbilityGrid.standard().prior().update(item, true).update(item, false);

        assertThat(posterior.mean()).isCloseTo(0, within(1e-12));
        assertThat(posterior.sd()).isLessThan(AbilityGrid.standard().prior().sd());
    }

    @Test
    void massBelowACutSplitsTheStraddlingCell() {
        Posterior prior = three.prior();
        double[] w = prior.weights();

        assertThat(prior.massBelow(-0.5)).isCloseTo(w[0], within(1e-12));
        assertThat(prior.massBelow(0)).isCloseTo(w[0] + w[1] / 2, within(1e-12));
        assertThat(prior.massBelow(-5)).isZero();
        assertThat(prior.massAbove(5)).isZero();
    }

    @Test
    void aPopulationPriorShiftsTheStart() {
        Posterior shifted = AbilityGrid.standard().prior(new PopulationPrior(-0.8, 0.9));

        assertThat(shifted.mean()).isCloseTo(-0.8, within(0.01));
        assertThat(shifted.sd()).isCloseTo(0.9, within(0.01));
    }
}
