package com.jobfuture.coach.core.grading;

import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.OpenQuestion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Scores a grader on labelled answers: precision, recall and F1 over key-point flags, recall on full paraphrases,
 * the false-credit rate (wrong or echo answers credited with half their points or more) and the median time per
 * answer.
 */
public final class GradingEvaluation {

    /** The counts behind one row of the table. */
    public record Scores(int answers, int truePositives, int falsePositives, int falseNegatives,
                         int paraphraseCovered, int paraphrasePoints, int littleAnswers, int falselyCredited,
                         double medianMillis) {
        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** Share of key points credited in answers that state every point in other words. */
        public double paraphraseRecall() {
            return ratio(paraphraseCovered, paraphrasePoints);
        }

        /** Share of wrong or echo answers credited with at least half of their key points. */
        public double falseCredit() {
            return ratio(falselyCredited, littleAnswers);
        }

        private static double ratio(int part, int whole) {
            return whole == 0 ? 0 : (double) part / whole;
        }
    }

    /** Grades every answer selected by {@code filter} and counts. */
    public Scores evaluate(AnswerGrader grader, DeckCatalog catalog, List<LabelledAnswer> answers,
                           Predicate<LabelledAnswer> filter) {
        return score(answers, filter, answer -> grader.grade(question(catalog, answer), answer.text()));
    }

    static OpenQuestion question(DeckCatalog catalog, LabelledAnswer answer) {
        return (OpenQuestion) catalog.question(answer.questionId()).orElseThrow(
                () -> new IllegalArgumentException("no question " + answer.questionId()));
    }

    /** Counts the grades {@code grading} gives the selected answers, timing each call. */
    Scores score(List<LabelledAnswer> answers, Predicate<LabelledAnswer> filter,
                 Function<LabelledAnswer, Grade> grading) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int paraphraseCovered = 0;
        int paraphrasePoints = 0;
        int little = 0;
        int falselyCredited = 0;
        List<Long> nanos = new ArrayList<>();
        int count = 0;
        for (LabelledAnswer answer : answers) {
            if (!filter.test(answer)) {
                continue;
            }
            long started = System.nanoTime();
            Grade grade = grading.apply(answer);
            nanos.add(System.nanoTime() - started);
            count++;
            List<Boolean> got = grade.covered();
            for (int i = 0; i < answer.expected().size(); i++) {
                boolean expected = answer.expected().get(i);
                boolean credited = got.get(i);
                tp += expected && credited ? 1 : 0;
                fp += !expected && credited ? 1 : 0;
                fn += expected && !credited ? 1 : 0;
            }
            if (answer.kind().equals("paraphrase")) {
                paraphrasePoints += answer.expected().size();
                paraphraseCovered += grade.coveredCount();
            }
            if (answer.shouldEarnLittle()) {
                little++;
                falselyCredited += 2 * grade.coveredCount() >= got.size() ? 1 : 0;
            }
        }
        return new Scores(count, tp, fp, fn, paraphraseCovered, paraphrasePoints, little, falselyCredited,
                median(nanos) / 1e6);
    }

    /** The header of the table {@link #row} prints. */
    public static String header() {
        return String.format(Locale.ROOT, "%-9s %-11s %7s %9s %6s %6s %10s %12s %9s",
                "grader", "half", "answers", "precision", "recall", "F1", "paraphrase", "false-credit", "median");
    }

    /** One line of the evaluation table. */
    public static String row(String grader, String half, Scores s) {
        return String.format(Locale.ROOT, "%-9s %-11s %7d %9.2f %6.2f %6.2f %10.2f %11.0f%% %6.1f ms",
                grader, half, s.answers(), s.precision(), s.recall(), s.f1(), s.paraphraseRecall(),
                100 * s.falseCredit(), s.medianMillis());
    }

    private static double median(List<Long> values) {
        if (values.isEmpty()) {
            return 0;
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
