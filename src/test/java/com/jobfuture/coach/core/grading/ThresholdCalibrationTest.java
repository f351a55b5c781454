package com.jobfuture.coach.core.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.deck.DeckCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cross-validation of the threshold search: every tuning answer is graded once, by thresholds searched on the
 * other folds' questions; blind answers are never read.
 */
class ThresholdCalibrationTest {
    final DeckCatalog catalog = new DeckCatalog(List.of(GradingQuestions.laziness(),
            GradingQuestions.relatedLoading()));
    final List<LabelledAnswer> answers = List.of(
            answer("l1", "qs-lazy", "paraphrase", "calibration",
                    "QuerySets are lazy until evaluated. Iteration or len() evaluates them. Results are cached.",
                    true, true, true),
            answer("l2", "qs-lazy", "wrong", "calibration", "it runs SQL at once on filter()",
                    false, false, false),
            answer("r1", "orm-select-vs-prefetch", "paraphrase", "tuning2",
                    "select_related uses a SQL JOIN. prefetch_related runs a separate query per relation.", true,
                    true),
            answer("r2", "orm-select-vs-prefetch", "echo", "tuning2",
                    "When do you use select_related and when prefetch_related?", false, false),
            answer("b1", "orm-select-vs-prefetch", "paraphrase", "blind", "anything", true, true));

    @Test
    void everyTuningAnswerIsGradedOnceByThresholdsSearchedOnTheOtherQuestions() {
        ThresholdCalibration.CrossValidation cv = new ThresholdCalibration().crossValidate(new WordCountEmbedder(),
                catalog, answers, 2);

        assertThat(cv.folds()).isEqualTo(2);
        assertThat(cv.questions()).isEqualTo(2);
        assertThat(cv.chosen()).hasSize(2);
        assertThat(cv.heldOut().answers()).isEqualTo(4);
        assertThat(cv.shipped().answers()).isEqualTo(4);
        assertThat(cv.relaxedFolds()).isBetween(0, 2);
    }

    @Test
    void wrongClaimMarginsAreCrossValidatedForEachVariantAgainstNoCheck() {
        DeckCatalog withClaims = new DeckCatalog(List.of(GradingQuestions.taskFailure(),
                GradingQuestions.relatedLoading()));
        List<LabelledAnswer> tuning = List.of(
                answer("t1", "gather-taskgroup", "paraphrase", "calibration", "gather() propagates the first "
                        + "exception and the other tasks keep running. TaskGroup cancels the remaining tasks.",
                        true, true),
                answer("t2", "gather-taskgroup", "wrong", "calibration",
                        "TaskGroup lets the remaining tasks run to completion when one fails.", false, false),
                answer("r1", "orm-select-vs-prefetch", "paraphrase", "tuning2",
                        "select_related uses a SQL JOIN. prefetch_related runs a separate query per relation.", true,
                        true),
                answer("b1", "orm-select-vs-prefetch", "paraphrase", "blind", "anything", true, true));

        List<ThresholdCalibration.MarginValidation> results = new ThresholdCalibration().crossValidateMargins(
                new WordCountEmbedder(), withClaims, tuning, 2);

        assertThat(results).extracting(ThresholdCalibration.MarginValidation::variant)
                .containsExactly("authored", "bank", "both");
        assertThat(results).allSatisfy(r -> {
            assertThat(r.chosen()).hasSize(2);
            assertThat(r.heldOut().answers()).as("blind answers are never read").isEqualTo(3);
            assertThat(r.off().answers()).isEqualTo(3);
            assertThat(r.heldOutByKind().get("wrong").answers()).isEqualTo(1);
        });
        assertThat(results.get(0).chosen()).allSatisfy(t -> assertThat(t.bankMargin())
                .isEqualTo(SemanticThresholds.OFF));
        assertThat(results.get(1).chosen()).allSatisfy(t -> assertThat(t.wrongMargin())
                .isEqualTo(SemanticThresholds.OFF));
    }

    private static LabelledAnswer answer(String id, String question, String kind, String split, String text,
                                         Boolean... expected) {
        return new LabelledAnswer(id, question, kind, split, text, List.of(expected));
    }
}
