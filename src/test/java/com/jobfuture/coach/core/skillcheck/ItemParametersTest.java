package com.jobfuture.coach.core.skillcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ItemParametersTest {
    private final ItemParameters noFloor = new ItemParameters(1.3, 0.4, 0);
    private final ItemParameters floor = new ItemParameters(1.3, 0.4, 0.25);

    @Test
    void probabilityIsHalfWayBetweenFloorAndOneAtTheDifficulty() {
        assertThat(noFloor.probability(0.4)).isCloseTo(0.5, within(1e-12));
        assertThat(floor.probability(0.4)).isCloseTo(0.625, within(1e-12));
        assertThat(floor.probability(-30)).isCloseTo(0.25, within(1e-9));
        assertThat(floor.probability(30)).isCloseTo(1.0, within(1e-9));
        assertThat(ItemParameters.floorFor(4)).isEqualTo(0.25);
        assertThat(ItemParameters.floorFor(1)).isZero();
    }

    @Test
    void informationIsTheSquaredSlopeOverTheBernoulliVariance() {
        for (double theta = -3; theta <= 3; theta += 0.37) {
            assertThat(noFloor.information(theta)).isCloseTo(1.3 * 1.3 * noFloor.probability(theta)
                    * (1 - noFloor.probability(theta)), within(1e-12));
            double slope = (floor.probability(theta + 1e-6) - floor.probability(theta - 1e-6)) / 2e-6;
            double p = floor.probability(theta);
            assertThat(floor.information(theta)).isCloseTo(slope * slope / (p * (1 - p)), within(1e-6));
        }
    }

    @Test
    void informationPeaksAtTheDifficultyWithoutFloorAndAboveItWithOne() {
        assertThat(argmaxInformation(noFloor)).isCloseTo(0.4, within(0.01));
        assertThat(argmaxInformation(floor)).isGreaterThan(0.45);
        assertThat(floor.information(0.4)).isLessThan(noFloor.information(0.4));
    }

    @Test
    void pullIsTheSlopeOfTheAnswersLogLikelihood() {
        for (double theta = -2; theta <= 2; theta += 0.5) {
            double h = 1e-6;
            double right = (Math.log(floor.probability(theta + h)) - Math.log(floor.probability(theta - h))) / (2 * h);
            double wrong = (Math.log(1 - floor.probability(theta + h)) - Math.log(1 - floor.probability(theta - h)))
                    / (2 * h);
            assertThat(floor.pull(theta, true)).isCloseTo(right, within(1e-6));
            assertThat(floor.pull(theta, false)).isCloseTo(wrong, within(1e-6));
        }
        // A lucky guess on a hard item is weak evidence; the floor shrinks the pull of a right answer.
        assertThat(floor.pull(-1, true)).isLessThan(noFloor.pull(-1, true));
    }

    @Test
    void rejectsImpossibleParameters() {
        assertThatThrownBy(() -> new ItemParameters(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ItemParameters(1, Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ItemParameters(1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double argmaxInformation(ItemParameters item) {
        double best = -10;
        for (double theta = -4; theta <= 4; theta += 0.001) {
            best = item.information(theta) > item.information(best) ? theta : best;
        }
        return best;
    }
}
