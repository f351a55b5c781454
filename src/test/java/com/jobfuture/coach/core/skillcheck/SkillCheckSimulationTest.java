package com.jobfuture.coach.core.skillcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.DeckLoadResult;
import com.jobfuture.coach.core.deck.DeckLoader;
import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Level;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Simulated candidates with known ability answer the shipped ORM choice questions (90 of them) by the model, in
 * the real session. Item parameters are drawn around the level defaults: b ~ N(level default, 0.5²), a ~ median ×
 * exp(N(0, 0.3²)), floor 1/options. Each scenario prints one figures line (target/surefire-reports/
 * ...SkillCheckSimulationTest-output.txt). Seeded, so the figures are the same on every run.
 */
class SkillCheckSimulationTest {
    static DeckCatalog catalog;

    @BeforeAll
    static void loadShippedDecks() {
        DeckLoadResult result = new DeckLoader().load(List.of(Path.of("questions")));
        assertThat(result.problems()).isEmpty();
        catalog = result.catalog();
    }

    /** Figures of one scenario; {@code fixedLengthForSameAccuracy} is MAX_VALUE if no form length reached it. */
    record Figures(double accuracy, double meanItems, int fixedLengthForSameAccuracy, double fixedAccuracyAtMean) {
    }

    @Test
    void typicalCandidatesAreClassifiedRightNineTimesInTenWithFewerThanFifteenItems() {
        Figures figures = simulate("typical of their level, a median 1.5", 1.5, typicalCandidates(100), 3, true);

        assertThat(figures.accuracy()).isGreaterThanOrEqualTo(0.90);
        assertThat(figures.meanItems()).isLessThanOrEqualTo(15.0);
        assertThat((double) figures.fixedLengthForSameAccuracy()).isGreaterThan(figures.meanItems());
        assertThat(figures.fixedAccuracyAtMean()).isLessThan(figures.accuracy());
    }

    @Test
    void adaptiveBeatsFixedFormsAlsoWithWeakerItemsAndAWholePopulation() {
        Figures weak = simulate("typical of their level, a median 1.0", 1.0, typicalCandidates(100), 2, true);
        Figures population = simulate("N(0,1) population incl. borderline, a median 1.5", 1.5,
                normalPopulation(300), 2, true);

        assertThat((double) weak.fixedLengthForSameAccuracy()).isGreaterThan(weak.meanItems());
        assertThat((double) population.fixedLengthForSameAccuracy()).isGreaterThan(population.meanItems());
    }

    @Test
    void calibrationPaysOff() {
        Figures calibrated = simulate("typical of their level, a median 1.5", 1.5,
                typicalCandidates(100), 2, true);
        Figures defaults = simulate("typical of their level, a median 1.5", 1.5,
                typicalCandidates(100), 2, false);

        assertThat(calibrated.accuracy()).isGreaterThan(defaults.accuracy());
    }

    /**
     * Runs {@code banks} independent draws of the bank, each with every candidate, adaptively and as random fixed
     * forms of every length; prints and returns the figures.
     */
    static Figures simulate(String name, double aMedian, double[] thetas, int banks, boolean engineKnowsTruth) {
        RandomGenerator random = new SplittableRandom(Double.doubleToLongBits(aMedian) ^ thetas.length);
        SkillCheckSettings settings = SkillCheckSettings.standard();
        Map<Level, int[]> levelToRightAndCount = new EnumMap<>(Level.class);
        int right = 0;
        long items = 0;
        double[] fixed = null;
        for (int b = 0; b < banks; b++) {
            ItemBank truth = CandidateSimulator.drawnBank(catalog, Family.ORM, aMedian, 0.5, random);
            ItemBank engine = engineKnowsTruth ? truth : ItemBank.of(catalog, Family.ORM, Calibration.none());
            for (double theta : thetas) {
                Level level = settings.cuts().levelOf(theta);
                CandidateSimulator.Outcome outcome = CandidateSimulator.adaptive(engine, truth, settings, theta,
                        random);
                int hit = outcome.level() == level ? 1 : 0;
                right += hit;
                items += outcome.items();
                int[] tally = levelToRightAndCount.computeIfAbsent(level, key -> new int[2]);
                tally[0] += hit;
                tally[1]++;
                Level[] forms = CandidateSimulator.fixedForms(engine, truth, settings, theta, random);
                fixed = fixed == null ? new double[forms.length] : fixed;
                for (int n = 0; n < forms.length; n++) {
                    fixed[n] += forms[n] == level ? 1 : 0;
                }
            }
        }
        int candidates = thetas.length * banks;
        double accuracy = (double) right / candidates;
        double meanItems = (double) items / candidates;
        int needed = Integer.MAX_VALUE;
        for (int n = fixed.length; n >= 1; n--) {
            needed = fixed[n - 1] / candidates >= accuracy ? n : needed;
        }
        int roundedMean = (int) Math.round(meanItems);
        double atMean = fixed[roundedMean - 1] / candidates;
        StringBuilder perLevel = new StringBuilder();
        levelToRightAndCount.forEach((level, tally) -> perLevel.append(String.format(" %s %.0f%%", level.id(),
                100.0 * tally[0] / tally[1])));
        System.out.printf("SIMULATION %s, %s: adaptive %.1f%% right (%s) with %.1f items on average; "
                        + "random fixed forms need %s items for that accuracy and reach %.1f%% with %d items "
                        + "(%d simulated checks)%n",
                name, engineKnowsTruth ? "engine knows the true parameters" : "engine on defaults (a=1, b=level)",
                100 * accuracy, perLevel.toString().trim(),
                meanItems, needed == Integer.MAX_VALUE ? "more than " + fixed.length : needed, 100 * atMean,
                roundedMean, candidates);
        return new Figures(accuracy, meanItems, needed, atMean);
    }

    /** A third juniors, middles and seniors, each typical of the level: at least 0.25 from a cut point. */
    static double[] typicalCandidates(int perLevel) {
        SplittableRandom random = new SplittableRandom(perLevel);
        return DoubleStream.concat(DoubleStream.concat(
                        random.doubles(perLevel, -2.0, -0.75),
                        random.doubles(perLevel, -0.25, 0.25)),
                random.doubles(perLevel, 0.75, 2.0)).toArray();
    }

    /** Abilities drawn from N(0, 1), the prior: many lie close to a cut point. */
    static double[] normalPopulation(int count) {
        SplittableRandom random = new SplittableRandom(count);
        return DoubleStream.generate(random::nextGaussian).limit(count).toArray();
    }
}
