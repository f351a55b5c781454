package com.jobfuture.coach.core.skillcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.deck.Topic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Calibration recovers item parameters it simulated responses from. */
class ItemCalibratorTest {
    private static final Topic TOPIC = new Topic("t", "T", Family.ORM);
    private final ItemCalibrator calibrator = new ItemCalibrator(CalibrationSettings.standard(),
            AbilityGrid.standard());

    /** True items: levels in turn, b around the level default (sd 0.7), a around 1.2 (log-sd 0.3), floor 1/4. */
    private static List<CheckItem> trueItems(int count, SplittableRandom random) {
        List<CheckItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Level level = Level.values()[i % 3];
            double b = ItemDefaults.difficulty(level) + 0.7 * random.nextGaussian();
            double a = 1.2 * Math.exp(0.3 * random.nextGaussian());
            items.add(new CheckItem("q" + i, TOPIC, level, new ItemParameters(a, b, 0.25)));
        }
        return items;
    }

    /** The items with each level's difficulties shifted so their mean is exactly the level default. */
    private static List<CheckItem> centred(List<CheckItem> items) {
        Map<Level, Double> levelToMean = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            levelToMean.put(level, items.stream().filter(i -> i.level() == level)
                    .mapToDouble(i -> i.parameters().difficulty()).average().orElse(0));
        }
        return items.stream().map(i -> new CheckItem(i.id(), i.topic(), i.level(), new ItemParameters(
                i.parameters().discrimination(), i.parameters().difficulty() - levelToMean.get(i.level())
                + ItemDefaults.difficulty(i.level()), i.parameters().guessing()))).toList();
    }

    /** The same items with their default parameters, as the calibrator starts from them. */
    private static List<CheckItem> defaults(List<CheckItem> truth) {
        return truth.stream().map(i -> new CheckItem(i.id(), i.topic(), i.level(), new ItemParameters(1,
                ItemDefaults.difficulty(i.level()), 0.25))).toList();
    }

    /** Each user answers a random {@code perUser} of the items, by the model, θ ~ N(mean, 1). */
    private static List<ItemResponse> simulate(List<CheckItem> items, int users, int perUser, double mean,
                                               SplittableRandom random) {
        List<ItemResponse> responses = new ArrayList<>();
        for (long user = 1; user <= users; user++) {
            double theta = mean + random.nextGaussian();
            List<CheckItem> pool = new ArrayList<>(items);
            for (int n = 0; n < perUser; n++) {
                CheckItem item = pool.remove(random.nextInt(pool.size()));
                responses.add(new ItemResponse(user, item.id(),
                        random.nextDouble() < item.parameters().probability(theta)));
            }
        }
        return responses;
    }

    @Test
    void recoversDifficultyAndDiscriminationFromFiveHundredResponsesPerItem() {
        SplittableRandom random = new SplittableRandom(42);
        List<CheckItem> truth = trueItems(40, random);
        List<ItemResponse> responses = simulate(truth, 1000, 20, 0, random); // 500 responses per item on average

        AreaCalibration result = calibrator.calibrate(defaults(truth), responses);

        assertThat(result.items()).hasSize(40);
        assertThat(result.converged()).isTrue();
        double[] trueB = truth.stream().mapToDouble(i -> i.parameters().difficulty()).toArray();
        double[] trueA = truth.stream().mapToDouble(i -> i.parameters().discrimination()).toArray();
        double[] estB = truth.stream().mapToDouble(i -> result.items().get(i.id()).difficulty()).toArray();
        double[] estA = truth.stream().mapToDouble(i -> result.items().get(i.id()).discrimination()).toArray();
        double corrB = correlation(trueB, estB);
        double corrA = correlation(trueA, estA);
        System.out.printf("CALIBRATION 40 items, 1000 users x 20 answers (500 per item): corr(b) %.3f, rmse(b) "
                        + "%.3f, corr(a) %.3f, rmse(a) %.3f, EM iterations %d, θ prior N(%.2f, %.2f²)%n", corrB,
                rmse(trueB, estB), corrA, rmse(trueA, estA), result.iterations(), result.prior().mean(),
                result.prior().sd());
        assertThat(corrB).isGreaterThanOrEqualTo(0.9);
        assertThat(corrA).isGreaterThanOrEqualTo(0.5);
        assertThat(result.items().values()).allSatisfy(i -> {
            assertThat(i.discriminationEstimated()).isTrue();
            assertThat(i.responses()).isBetween(400, 600);
        });
    }

    @Test
    void anchorsTheScaleToTheDeckLevelsWhateverTheUsersLevel() {
        // Users are mostly juniors (θ ~ N(-0.8, 1)). Without anchoring, N(0, 1) on the users would call the
        // average user middle and shift every difficulty up by 0.8. The true difficulties average exactly -1, 0
        // and +1 per level, so the anchored scale is the true one.
        SplittableRandom random = new SplittableRandom(7);
        List<CheckItem> truth = centred(trueItems(30, random));
        AreaCalibration result = calibrator.calibrate(defaults(truth), simulate(truth, 1000, 15, -0.8, random));

        double meanAbsoluteError = truth.stream().mapToDouble(i -> Math.abs(result.items().get(i.id()).difficulty()
                - i.parameters().difficulty())).average().orElseThrow();
        System.out.printf("CALIBRATION junior-heavy users N(-0.8, 1): prior found N(%.2f, %.2f²), mean |b error| "
                + "%.3f, anchor slope %.2f%n", result.prior().mean(), result.prior().sd(), meanAbsoluteError,
                result.anchorSlope());
        assertThat(result.prior().mean()).isCloseTo(-0.8, within(0.25));
        assertThat(result.prior().sd()).isCloseTo(1.0, within(0.25));
        assertThat(meanAbsoluteError).isLessThan(0.35);
    }

    @Test
    void keepsDefaultsBelowTheMinimumAndEstimatesOnlyDifficultyBelowTheLargerOne() {
        SplittableRandom random = new SplittableRandom(3);
        List<CheckItem> truth = trueItems(9, random);
        List<ItemResponse> responses = new ArrayList<>();
        int[] users = {400, 400, 400, 100, 100, 100, 10, 10, 10}; // per item
        for (int i = 0; i < truth.size(); i++) {
            for (long user = 1; user <= users[i]; user++) {
                double theta = new SplittableRandom(user).nextGaussian(); // the same person across items
                responses.add(new ItemResponse(user, truth.get(i).id(),
                        random.nextDouble() < truth.get(i).parameters().probability(theta)));
            }
        }
        AreaCalibration result = calibrator.calibrate(defaults(truth), responses);
        Map<String, CalibratedItem> items = result.items();

        assertThat(items).containsOnlyKeys("q0", "q1", "q2", "q3", "q4", "q5");
        assertThat(List.of("q0", "q1", "q2")).allSatisfy(id ->
                assertThat(items.get(id).discriminationEstimated()).isTrue());
        assertThat(List.of("q3", "q4", "q5")).allSatisfy(id -> {
            assertThat(items.get(id).discriminationEstimated()).isFalse();
            // a = 1 on the calibration's own scale, carried through the anchoring like every parameter
            assertThat(items.get(id).discrimination()).isCloseTo(1 / result.anchorSlope(), within(1e-3));
            assertThat(items.get(id).responses()).isEqualTo(100);
        });
    }

    @Test
    void onlyTheFirstAnswerOfAUserToAnItemCounts() {
        SplittableRandom random = new SplittableRandom(5);
        List<CheckItem> truth = trueItems(12, random);
        List<ItemResponse> first = simulate(truth, 300, 8, 0, random);
        List<ItemResponse> withRepeats = new ArrayList<>(first);
        first.forEach(r -> withRepeats.add(new ItemResponse(r.userId(), r.questionId(), true))); // learnt since

        assertThat(calibrator.calibrate(defaults(truth), withRepeats))
                .isEqualTo(calibrator.calibrate(defaults(truth), first));
    }

    @Test
    void noUsableAnswersMeansNoCalibratedItems() {
        List<CheckItem> items = defaults(trueItems(5, new SplittableRandom(1)));
        AreaCalibration result = calibrator.calibrate(items, List.of(new ItemResponse(1, "other", true)));

        assertThat(result.items()).isEmpty();
        assertThat(result.prior()).isEqualTo(PopulationPrior.standard());
    }

    static double correlation(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElseThrow();
        double my = Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    static double rmse(double[] x, double[] y) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += (x[i] - y[i]) * (x[i] - y[i]);
        }
        return Math.sqrt(sum / x.length);
    }
}
