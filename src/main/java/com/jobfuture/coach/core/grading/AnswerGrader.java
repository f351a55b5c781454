package com.jobfuture.coach.core.grading;

import com.jobfuture.coach.core.deck.OpenQuestion;

/**
 * Judges a typed answer to an open question: for each key point, in deck order, whether the answer covers it and a
 * short reason. Implementations are thread-safe and never return null; a grader that cannot grade right now (model
 * not loaded, remote service down) throws {@link GraderUnavailableException} so a caller can fall back.
 */
public interface AnswerGrader {
    /** Grades {@code typedAnswer} (null or blank: nothing typed) against the question's key points. */
    Grade grade(OpenQuestion question, String typedAnswer);

    /**
     * An answer to grade is likely soon (an open question was just shown): a grader with a slow start (a model to
     * load) starts it in the background. Returns at once; the default does nothing.
     */
    default void prepare() {
    }

    /** A short name for logs, evaluation tables and the stored grade: {@code keywords}, {@code semantic}, {@code llm}. */
    String name();
}
