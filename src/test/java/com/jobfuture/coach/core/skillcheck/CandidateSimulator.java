package com.jobfuture.coach.core.skillcheck;

import com.jobfuture.coach.core.deck.ChoiceQuestion;
import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Simulated candidates with a known θ who answer by the model, through the real session or a fixed form. */
final class CandidateSimulator {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    private CandidateSimulator() {
    }

    /** What a simulated check ended with. */
    record Outcome(Level level, int items, double theta, double sd) {
    }

    /**
     * A bank of the family's shipped choice questions with "true" parameters drawn around the level defaults:
     * b ~ N(level default, bSd²), a ~ median aMedian × exp(N(0, 0.3²)); the floor is 1/options.
     */
    static ItemBank drawnBank(DeckCatalog catalog, Family family, double aMedian, double bSd, RandomGenerator random) {
        Map<String, CalibratedItem> drawn = new HashMap<>();
        for (CheckItem item : ItemBank.of(catalog, family, Calibration.none()).items()) {
            double a = aMedian * Math.exp(0.3 * random.nextGaussian());
            double b = ItemDefaults.difficulty(item.level()) + bSd * random.nextGaussian();
            drawn.put(item.id(), new CalibratedItem(a, b, 0, true));
        }
        return ItemBank.of(catalog, family, new Calibration("drawn", Instant.EPOCH, 0, 0, drawn, Map.of()));
    }

    /**
     * Runs a full adaptive check: the engine selects and scores with {@code engine}'s parameters, the candidate
     * answers by {@code truth}'s (the same bank when the engine is perfectly calibrated).
     */
    static Outcome adaptive(ItemBank engine, ItemBank truth, SkillCheckSettings settings, double theta,
                            RandomGenerator random) {
        SkillCheckSession session = SkillCheckSession.start(engine, settings, Set.of(), random, CLOCK);
        while (!session.finished()) {
            CheckItem item = session.current().orElseThrow();
            boolean correct = random.nextDouble() < truth.item(item.id()).orElseThrow().parameters()
                    .probability(theta);
            if (session.currentQuestion().isPresent()) {
                session.answerOption(option(session.currentQuestion().get(), correct, random));
            } else {
                session.answer(correct);
            }
        }
        SkillCheckResult result = session.result().orElseThrow();
        return new Outcome(result.level(), result.itemCount(), result.theta(), result.sd());
    }

    /**
     * A fixed form: the bank in a random order, scored by EAP like the check. Returns the level reported after
     * each length (index 0 = after one item), so one pass serves every form length.
     */
    static Level[] fixedForms(ItemBank engine, ItemBank truth, SkillCheckSettings settings, double theta,
                              RandomGenerator random) {
        List<CheckItem> items = new ArrayList<>(engine.items());
        Level[] levels = new Level[items.size()];
        Posterior posterior = settings.grid().prior(engine.prior());
        for (int n = 0; n < levels.length; n++) {
            CheckItem item = items.remove(random.nextInt(items.size()));
            boolean correct = random.nextDouble() < truth.item(item.id()).orElseThrow().parameters()
                    .probability(theta);
            posterior = posterior.update(item.parameters(), correct);
            levels[n] = settings.cuts().probabilities(posterior).mostLikely();
        }
        return levels;
    }

    private static int option(ChoiceQuestion question, boolean correct, RandomGenerator random) {
        if (correct) {
            return question.correctIndex();
        }
        List<Integer> wrong = new ArrayList<>();
        for (int i = 0; i < question.options().size(); i++) {
            if (!question.options().get(i).correct()) {
                wrong.add(i);
            }
        }
        return wrong.get(random.nextInt(wrong.size()));
    }
}
