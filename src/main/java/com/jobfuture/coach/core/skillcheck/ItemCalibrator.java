package com.jobfuture.coach.core.skillcheck;

import com.jobfuture.coach.core.deck.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Re-estimates the item parameters of one area from graded answers by marginal maximum likelihood: EM over the
 * θ grid with the users' abilities integrated out (N(0, 1) on the calibration's own scale), fixed guessing floors,
 * and weak priors on a and b ({@link ItemFit}). Only items with at least {@code minResponses} users take part;
 * below {@code minResponsesForDiscrimination} their a stays at 1 and only b is estimated. The result is then
 * anchored to the deck levels ({@link LevelAnchoring}) so the cut points keep their meaning. Stateless.
 */
public final class ItemCalibrator {
    private final CalibrationSettings settings;
    private final AbilityGrid grid;

    public ItemCalibrator(CalibrationSettings settings, AbilityGrid grid) {
        this.settings = settings;
        this.grid = grid;
    }

    /**
     * Calibrates {@code items} (one area, with their current parameters as defaults) from {@code responses}. Only
     * the first response of each user to each item counts; responses to other items are ignored.
     */
    public AreaCalibration calibrate(List<CheckItem> items, List<ItemResponse> responses) {
        Map<String, Integer> idToIndex = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            idToIndex.put(items.get(i).id(), i);
        }
        Map<Long, List<int[]>> userToAnswers = new LinkedHashMap<>(); // {item index, correct}
        Set<String> seen = new HashSet<>();
        int[] counts = new int[items.size()];
        for (ItemResponse response : responses) {
            Integer index = idToIndex.get(response.questionId());
            if (index != null && seen.add(response.userId() + "\u0000" + response.questionId())) {
                userToAnswers.computeIfAbsent(response.userId(), key -> new ArrayList<>())
                        .add(new int[] {index, response.correct() ? 1 : 0});
                counts[index]++;
            }
        }
        boolean[] included = new boolean[items.size()];
        boolean[] estimateA = new boolean[items.size()];
        ItemParameters[] parameters = new ItemParameters[items.size()];
        for (int i = 0; i < items.size(); i++) {
            ItemParameters defaults = items.get(i).parameters();
            included[i] = counts[i] >= settings.minResponses();
            estimateA[i] = counts[i] >= settings.minResponsesForDiscrimination();
            parameters[i] = estimateA[i] ? defaults
                    : new ItemParameters(ItemDefaults.DISCRIMINATION, defaults.difficulty(), defaults.guessing());
        }
        List<int[][]> users = new ArrayList<>();
        int used = 0;
        for (List<int[]> answers : userToAnswers.values()) {
            int[][] kept = answers.stream().filter(a -> included[a[0]]).toArray(int[][]::new);
            if (kept.length > 0) {
                users.add(kept);
                used += kept.length;
            }
        }
        if (users.isEmpty()) {
            return new AreaCalibration(Map.of(), PopulationPrior.standard(), 0, 0, 0, true, 1);
        }
        EmRun run = runEm(items, parameters, included, estimateA, users);
        Map<Level, List<Double>> levelToDifficulties = new EnumMap<>(Level.class);
        for (int i = 0; i < items.size(); i++) {
            if (included[i]) {
                levelToDifficulties.computeIfAbsent(items.get(i).level(), key -> new ArrayList<>())
                        .add(parameters[i].difficulty());
            }
        }
        LevelAnchoring anchoring = LevelAnchoring.fit(levelToDifficulties);
        Map<String, CalibratedItem> calibrated = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (included[i]) {
                ItemParameters anchored = anchoring.apply(parameters[i]);
                calibrated.put(items.get(i).id(), new CalibratedItem(round(anchored.discrimination()),
                        round(anchored.difficulty()), counts[i], estimateA[i]));
            }
        }
        PopulationPrior prior = new PopulationPrior(round(anchoring.prior().mean()), round(anchoring.prior().sd()));
        return new AreaCalibration(calibrated, prior, users.size(), used, run.iterations(), run.converged(),
                anchoring.slope());
    }

    private record EmRun(int iterations, boolean converged) {
    }

    /** EM until no parameter moves more than the tolerance; updates {@code parameters} in place. */
    private EmRun runEm(List<CheckItem> items, ItemParameters[] parameters, boolean[] included, boolean[] estimateA,
                        List<int[][]> users) {
        double[] nodes = grid.nodes();
        double[] logPrior = grid.priorWeights();
        for (int q = 0; q < logPrior.length; q++) {
            logPrior[q] = Math.log(logPrior[q]);
        }
        int itemCount = parameters.length;
        double[][] logRight = new double[itemCount][nodes.length];
        double[][] logWrong = new double[itemCount][nodes.length];
        double[][] expected = new double[itemCount][nodes.length];
        double[][] expectedRight = new double[itemCount][nodes.length];
        double[] posterior = new double[nodes.length];
        for (int iteration = 1; iteration <= settings.maxIterations(); iteration++) {
            for (int i = 0; i < itemCount; i++) {
                if (!included[i]) {
                    continue;
                }
                for (int q = 0; q < nodes.length; q++) {
                    double p = Math.max(1e-12, Math.min(1 - 1e-12, parameters[i].probability(nodes[q])));
                    logRight[i][q] = Math.log(p);
                    logWrong[i][q] = Math.log(1 - p);
                }
                Arrays.fill(expected[i], 0);
                Arrays.fill(expectedRight[i], 0);
            }
            for (int[][] answers : users) { // E-step: each user's posterior over the nodes
                double max = Double.NEGATIVE_INFINITY;
                for (int q = 0; q < nodes.length; q++) {
                    double value = logPrior[q];
                    for (int[] answer : answers) {
                        value += answer[1] == 1 ? logRight[answer[0]][q] : logWrong[answer[0]][q];
                    }
                    posterior[q] = value;
                    max = Math.max(max, value);
                }
                double sum = 0;
                for (int q = 0; q < nodes.length; q++) {
                    posterior[q] = Math.exp(posterior[q] - max);
                    sum += posterior[q];
                }
                for (int[] answer : answers) {
                    for (int q = 0; q < nodes.length; q++) {
                        double weight = posterior[q] / sum;
                        expected[answer[0]][q] += weight;
                        if (answer[1] == 1) {
                            expectedRight[answer[0]][q] += weight;
                        }
                    }
                }
            }
            double largestChange = 0; // M-step: each item on its own
            for (int i = 0; i < itemCount; i++) {
                if (!included[i]) {
                    continue;
                }
                ItemParameters next = ItemFit.fit(parameters[i], nodes, expected[i], expectedRight[i], estimateA[i],
                        items.get(i).parameters().difficulty());
                largestChange = Math.max(largestChange, Math.max(
                        Math.abs(next.discrimination() - parameters[i].discrimination()),
                        Math.abs(next.difficulty() - parameters[i].difficulty())));
                parameters[i] = next;
            }
            if (largestChange < settings.tolerance()) {
                return new EmRun(iteration, true);
            }
        }
        return new EmRun(settings.maxIterations(), false);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
