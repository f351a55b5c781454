package com.jobfuture.coach.core.grading;

import com.jobfuture.coach.core.deck.DeckCatalog;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the semantic grader's thresholds by grid search on the calibration half of the labelled set only:
 * the highest F1 among settings whose false credit is at most 10% and whose paraphrase recall is at least 0.85;
 * ties go to the stricter cover threshold (searched from 0.95 down to 0.40), then to the smaller bonuses. The
 * validation half is never looked at here.
 */
public final class ThresholdCalibration {
    static final double MAX_FALSE_CREDIT = 0.10;
    static final double MIN_PARAPHRASE_RECALL = 0.85;
    /** Not searched: a unit with under 30% new content words repeats the prompt (a fixed rule, not a fit). */
    static final double NOVELTY = 0.3;

    /** The chosen thresholds and their scores on the calibration half. */
    public record Result(SemanticThresholds thresholds, GradingEvaluation.Scores scores, int settingsTried) {
    }

    /** Searches the grid; empty when no setting meets both constraints. */
    public Optional<Result> calibrate(SentenceEmbedder embedder, DeckCatalog catalog, List<LabelledAnswer> all) {
        List<LabelledAnswer> calibration = all.stream().filter(a -> a.split().equals("calibration")).toList();
        GradingEvaluation evaluation = new GradingEvaluation();
        Result best = null;
        int tried = 0;
        for (double residual : new double[] {0, 0.25, 0.5, 0.75}) {
            SemanticGrader grader = new SemanticGrader(embedder, SemanticThresholds.calibrated(), residual);
            Map<String, List<List<SemanticGrader.Evidence>>> idToEvidence = new HashMap<>();
            for (LabelledAnswer answer : calibration) {
                idToEvidence.put(answer.id(), grader.evidence(GradingEvaluation.question(catalog, answer),
                        answer.text()));
            }
            for (int coverStep = 55; coverStep >= 0; coverStep--) {
                for (double phrase : new double[] {0, 0.05, 0.10, 0.15, 0.20, 0.25, 0.30, 0.35}) {
                    for (double name : new double[] {0, 0.05, 0.10, 0.15, 0.20, 0.25}) {
                        for (double margin : new double[] {-1, 0, 0.05}) {
                            for (double exclusivity : new double[] {1, 0.10, 0.05, 0}) {
                                SemanticThresholds thresholds = new SemanticThresholds((40 + coverStep) / 100.0,
                                        phrase, name, margin, NOVELTY, exclusivity, residual);
                                GradingEvaluation.Scores scores = evaluation.score(calibration, a -> true,
                                        a -> SemanticGrader.decide(idToEvidence.get(a.id()), thresholds));
                                tried++;
                                if (scores.falseCredit() > MAX_FALSE_CREDIT
                                        || scores.paraphraseRecall() < MIN_PARAPHRASE_RECALL) {
                                    continue;
                                }
                                if (best == null || scores.f1() > best.scores().f1() + 1e-9) {
                                    best = new Result(thresholds, scores, 0);
                                }
                            }
                        }
                    }
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Result(best.thresholds(), best.scores(), tried));
    }
}
