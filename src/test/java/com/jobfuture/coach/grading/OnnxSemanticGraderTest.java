package com.jobfuture.coach.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.deck.OpenQuestion;
import com.jobfuture.coach.core.grading.Grade;
import com.jobfuture.coach.core.grading.GradingQuestions;
import com.jobfuture.coach.core.grading.PointVerdict;
import com.jobfuture.coach.core.grading.SemanticGrader;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The semantic grader with the shipped model and the calibrated thresholds, on hand-made answers. */
class OnnxSemanticGraderTest {
    static SemanticGrader grader;
    final OpenQuestion lazy = GradingQuestions.laziness();

    @BeforeAll
    static void loadModel() {
        grader = GraderFactory.semantic(Duration.ofMinutes(2));
    }

    @Test
    void paraphraseWithoutTheDecksWordsIsCredited() {
        Grade grade = grader.grade(lazy, "a queryset is only a description of the query, it is deferred. the "
                + "sql runs once you loop over it or call list() on it");

        assertThat(grade.grader()).isEqualTo("semantic");
        assertThat(grade.covered()).containsExactly(true, true, false);
        assertThat(grade.points().get(0).reason()).startsWith("you said “");
        assertThat(grade.points().get(2).reason()).doesNotStartWith("you said");
    }

    @Test
    void aContradictionInTheTopicsWordsIsRefusedByTheAuthoredWrongClaimAndItsParaphraseIsCredited() {
        OpenQuestion failure = GradingQuestions.taskFailure();

        Grade wrong = grader.grade(failure, "TaskGroup lets the remaining tasks run to completion when one fails.");
        Grade right = grader.grade(failure, "As soon as one task fails, the TaskGroup cancels the other tasks.");

        assertThat(wrong.covered().get(1)).isFalse();
        assertThat(wrong.points().get(1).reason()).contains("that is the misconception “TaskGroup lets the");
        assertThat(right.covered().get(1)).isTrue();
    }

    @Test
    void negationOfThePointIsNotCredited() {
        Grade grade = grader.grade(lazy, "it is NOT lazy, the SQL runs right away when you call filter()");

        assertThat(grade.covered().get(0)).isFalse();
        assertThat(grade.points().get(0).reason()).contains("which says the opposite");
    }

    @Test
    void echoOfTheQuestionEarnsNothing() {
        Grade grade = grader.grade(lazy, "what is a queryset and when does django actually run its sql");

        assertThat(grade.covered()).containsExactly(false, false, false);
    }

    @Test
    void codeNamesMustBeTheRightOnes() {
        OpenQuestion async = GradingQuestions.asyncCalls();

        assertThat(grader.grade(async, "await Book.objects.get(pk=pk). then await qs.count()").covered())
                .containsExactly(false, false);
        assertThat(grader.grade(async, "await Book.objects.aget(pk=pk). then await qs.acount()").covered())
                .containsExactly(true, true);
        assertThat(grader.grade(GradingQuestions.relatedLoading(),
                "prefetch_related does a JOIN, select_related runs a separate query per relation").covered())
                .containsExactly(false, false);
    }

    @Test
    void swappedSubjectsAndSettingValuesAreNotCredited() {
        OpenQuestion files = GradingQuestions.staticAndMedia();
        OpenQuestion flag = GradingQuestions.threadSensitive();

        assertThat(grader.grade(files, "static files are what users upload, and media files are the css and js "
                + "that ship with the code").covered()).containsExactly(false, false);
        assertThat(grader.grade(files, "static files are the css and js that ship with the code, media files are "
                + "what users upload").covered()).containsExactly(true, true);
        assertThat(grader.grade(flag, "thread_sensitive=True starts a new thread for every call").covered().get(1))
                .isFalse();
    }

    @Test
    void emptyHugeAndNonEnglishAnswers() {
        assertThat(grader.grade(lazy, "").points()).extracting(PointVerdict::reason).containsOnly("nothing typed");
        assertThat(grader.grade(lazy, "querysets are lazy. ".repeat(1000)).covered().get(0)).isTrue();
        assertThat(grader.grade(lazy, "Кверисет — это описание запроса к базе данных.").covered())
                .containsExactly(false, false, false);
    }

    @Test
    void gradingIsDeterministic() {
        String answer = "lazy: nothing runs until you iterate, and then the rows are cached";

        assertThat(grader.grade(lazy, answer)).isEqualTo(grader.grade(lazy, answer));
    }
}
