package com.jobfuture.coach.cli;

import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.grading.AnswerGrader;
import com.jobfuture.coach.core.grading.KeywordGrader;
import com.jobfuture.coach.core.grading.SemanticGrader;
import com.jobfuture.coach.core.grading.SemanticThresholds;
import com.jobfuture.coach.grading.GraderFactory;
import com.jobfuture.coach.core.grading.GradingEvaluation;
import com.jobfuture.coach.core.grading.LabelledAnswer;
import com.jobfuture.coach.grading.LabelledSet;
import com.jobfuture.coach.grading.OnnxSentenceEmbedder;
import com.jobfuture.coach.core.grading.ThresholdCalibration;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code grade --evaluate}, {@code --calibrate} and {@code --cross-validate}: graders scored on labelled sets.
 */
final class GradingReport {
    private final CoachConfig config;
    private final DeckCatalog catalog;
    private final PrintWriter out;

    GradingReport(CoachConfig config, DeckCatalog catalog, PrintWriter out) {
        this.config = config;
        this.catalog = catalog;
        this.out = out;
    }

    int run(Path evaluate, List<Path> calibrate, List<Path> crossValidate, int folds, boolean margins)
            throws IOException {
        List<Path> files = evaluate != null ? List.of(evaluate) : calibrate != null ? calibrate : crossValidate;
        LabelledSet set = new LabelledSet();
        List<LabelledAnswer> answers = new ArrayList<>();
        try {
            for (Path file : files) {
                answers.addAll(set.read(file));
            }
        } catch (IOException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        List<String> mismatches = set.mismatches(answers, catalog);
        if (!mismatches.isEmpty()) {
            mismatches.forEach(System.err::println);
            System.err.println("The labels no longer match the decks; redo them before evaluating.");
            return 2;
        }
        if (calibrate != null) {
            return calibrate(answers);
        }
        if (crossValidate != null && margins) {
            return crossValidateMargins(answers, folds);
        }
        if (crossValidate != null) {
            return crossValidate(answers, folds);
        }
        Map<String, AnswerGrader> graders = new LinkedHashMap<>();
        graders.put(KeywordGrader.NAME, new KeywordGrader());
        graders.put(SemanticGrader.NAME, GraderFactory.semantic(GradeCommand.MODEL_WAIT, () -> catalog));
        config.grading().llm().ifPresent(llm -> graders.put("llm", GraderFactory.llm(llm)));
        GradingEvaluation evaluation = new GradingEvaluation();
        out.println(answers.size() + " labelled answers over "
                + answers.stream().map(LabelledAnswer::questionId).distinct().count() + " questions");
        out.println(GradingEvaluation.header());
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, AnswerGrader> grader : graders.entrySet()) {
            warmUp(grader.getValue(), answers);
            for (String half : halves(answers)) {
                GradingEvaluation.Scores scores = evaluation.evaluate(grader.getValue(), catalog, answers,
                        a -> half.equals("all") || a.split().equals(half));
                lines.add(GradingEvaluation.row(grader.getKey(), half, scores));
            }
        }
        for (Map.Entry<String, AnswerGrader> grader : graders.entrySet()) {
            for (String kind : LabelledAnswer.KINDS) {
                if (answers.stream().anyMatch(a -> a.kind().equals(kind))) {
                    lines.add(GradingEvaluation.row(grader.getKey(), "kind:" + kind, evaluation.evaluate(
                            grader.getValue(), catalog, answers, a -> a.kind().equals(kind))));
                }
            }
        }
        lines.forEach(out::println);
        out.println("precision/recall/F1 over key-point flags; paraphrase = recall on full paraphrases; "
                + "false-credit = wrong or echo answers credited with half their points or more; "
                + "median = time to grade one answer.");
        out.flush();
        return 0;
    }

    private int calibrate(List<LabelledAnswer> answers) {
        OnnxSentenceEmbedder embedder = OnnxSentenceEmbedder.lazy(GradeCommand.MODEL_WAIT);
        Optional<ThresholdCalibration.Result> result = new ThresholdCalibration().calibrate(embedder, catalog,
                answers);
        if (result.isEmpty()) {
            out.println("No setting reaches false credit <= 5% with paraphrase recall >= 0.85 on each tuning "
                    + "split.");
            out.flush();
            return 1;
        }
        out.println(result.get().settingsTried() + " settings tried on the tuning splits; best:");
        out.println(result.get().thresholds());
        out.println(GradingEvaluation.header());
        out.println(GradingEvaluation.row("semantic", "tuning", result.get().scores()));
        out.flush();
        return 0;
    }

    private int crossValidate(List<LabelledAnswer> answers, int folds) {
        if (folds < 2) {
            System.err.println("--folds must be at least 2");
            return 2;
        }
        OnnxSentenceEmbedder embedder = OnnxSentenceEmbedder.lazy(GradeCommand.MODEL_WAIT);
        ThresholdCalibration.CrossValidation cv = new ThresholdCalibration().crossValidate(embedder, catalog,
                answers, folds);
        out.println(cv.questions() + " questions in " + cv.folds() + " folds; " + cv.relaxedFolds()
                + " fold(s) needed the relaxed search (false credit <= 10% over all training answers); "
                + "thresholds chosen per fold:");
        cv.chosen().forEach(out::println);
        out.println(GradingEvaluation.header());
        out.println(GradingEvaluation.row("semantic", "cv-heldout", cv.heldOut()));
        out.println(GradingEvaluation.row("semantic", "shipped-in", cv.shipped()));
        out.println("cv-heldout: each fold's questions graded with thresholds searched on the other folds; "
                + "shipped-in: the shipped thresholds on the same answers (not held out). Times are not "
                + "meaningful here (grades come from cached evidence).");
        out.flush();
        return 0;
    }

    private int crossValidateMargins(List<LabelledAnswer> answers, int folds) {
        if (folds < 2) {
            System.err.println("--folds must be at least 2");
            return 2;
        }
        OnnxSentenceEmbedder embedder = OnnxSentenceEmbedder.lazy(GradeCommand.MODEL_WAIT);
        List<ThresholdCalibration.MarginValidation> results = new ThresholdCalibration().crossValidateMargins(
                embedder, catalog, answers, folds);
        for (ThresholdCalibration.MarginValidation result : results) {
            out.println("variant " + result.variant() + ": (wrong margin, bank margin, own words, word weight) "
                    + "chosen per fold: " + result.chosen().stream().map(GradingReport::settings).toList());
            out.println(GradingEvaluation.header());
            out.println(GradingEvaluation.row("semantic", "cv-heldout", result.heldOut()));
            out.println(GradingEvaluation.row("semantic", "no-check", result.off()));
            out.println(GradingEvaluation.row("semantic", "all-in", result.onAllScores()) + "   searched on all: "
                    + settings(result.onAll()));
            out.println("  counts: held out " + counts(result.heldOut()) + "; no check " + counts(result.off()));
            result.heldOutByKind().forEach((kind, scores) -> out.println(GradingEvaluation.row("semantic",
                    "cv:" + kind, scores)));
            result.offByKind().forEach((kind, scores) -> out.println(GradingEvaluation.row("semantic",
                    "off:" + kind, scores)));
        }
        out.println("cv-heldout: each fold's questions graded with the margins chosen on the other folds; "
                + "no-check: the same answers with no wrong-claim check; all other thresholds as shipped.");
        out.flush();
        return 0;
    }

    private static String counts(GradingEvaluation.Scores s) {
        return "TP " + s.truePositives() + ", FP " + s.falsePositives() + ", FN " + s.falseNegatives()
                + ", paraphrase points " + s.paraphraseCovered() + "/" + s.paraphrasePoints() + ", falsely credited "
                + s.falselyCredited() + "/" + s.littleAnswers();
    }

    private static String settings(SemanticThresholds t) {
        return "(" + margin(t.wrongMargin()) + ", " + margin(t.bankMargin()) + ", " + t.wrongWords() + ", "
                + t.wordWeight() + ")";
    }

    private static String margin(double margin) {
        return margin <= SemanticThresholds.OFF ? "off" : String.format(java.util.Locale.ROOT, "%.2f", margin);
    }

    /** The splits the file has, in a fixed order, then "all" when there is more than one. */
    private static List<String> halves(List<LabelledAnswer> answers) {
        List<String> halves = new ArrayList<>(List.of("calibration", "holdout", "tuning2", "blind"));
        halves.removeIf(h -> answers.stream().noneMatch(a -> a.split().equals(h)));
        if (halves.size() > 1) {
            halves.add("all");
        }
        return halves;
    }

    /**
     * Grades every answer once before timing, so model loading, each question's first-use preparation and the
     * JIT's warm-up are not in the medians (they are steady-state figures; see docs/grading.md for first use).
     */
    private void warmUp(AnswerGrader grader, List<LabelledAnswer> answers) {
        new GradingEvaluation().evaluate(grader, catalog, answers, a -> true);
    }
}
