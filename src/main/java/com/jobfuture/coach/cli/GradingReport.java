package com.jobfuture.coach.cli;

import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.grading.AnswerGrader;
import com.jobfuture.coach.core.grading.KeywordGrader;
import com.jobfuture.coach.core.grading.SemanticGrader;
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

/** {@code grade --evaluate} and {@code grade --calibrate}: graders scored on a labelled set. */
final class GradingReport {
    private final CoachConfig config;
    private final DeckCatalog catalog;
    private final PrintWriter out;

    GradingReport(CoachConfig config, DeckCatalog catalog, PrintWriter out) {
        this.config = config;
        this.catalog = catalog;
        this.out = out;
    }

    int run(Path evaluate, Path calibrate) throws IOException {
        Path file = evaluate != null ? evaluate : calibrate;
        LabelledSet set = new LabelledSet();
        List<LabelledAnswer> answers;
        try {
            answers = set.read(file);
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
        Map<String, AnswerGrader> graders = new LinkedHashMap<>();
        graders.put(KeywordGrader.NAME, new KeywordGrader());
        graders.put(SemanticGrader.NAME, GraderFactory.semantic(GradeCommand.MODEL_WAIT));
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
            out.println("No setting reaches false credit <= 5% with paraphrase recall >= 0.85 on both the "
                    + "calibration and the holdout half.");
            out.flush();
            return 1;
        }
        out.println(result.get().settingsTried() + " settings tried on the calibration and holdout halves; best:");
        out.println(result.get().thresholds());
        out.println(GradingEvaluation.header());
        out.println(GradingEvaluation.row("semantic", "cal+hold", result.get().scores()));
        out.flush();
        return 0;
    }

    /** The splits the file has, in a fixed order, then "all" when there is more than one. */
    private static List<String> halves(List<LabelledAnswer> answers) {
        List<String> halves = new ArrayList<>(List.of("calibration", "holdout", "blind"));
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
