package com.jobfuture.coach.core.quiz;

import com.jobfuture.coach.core.deck.OpenQuestion;
import com.jobfuture.coach.core.grading.AnswerGrader;
import com.jobfuture.coach.core.grading.Grade;

/**
 * Grades the typed answer of a revealed open question with the configured grader, and keeps the grade so the same
 * marks come back when the reveal is shown again. Thread-safe.
 */
public final class AnswerGrades {
    private final AnswerGrader grader;
    private final AnswerGradeRepository store;

    public AnswerGrades(AnswerGrader grader, AnswerGradeRepository store) {
        this.grader = grader;
        this.store = store;
    }

    /** The grade of {@code typed} (null: nothing typed, no grader call). May be slow: call it outside a transaction. */
    Grade grade(OpenQuestion question, String typed) {
        return typed == null ? Grade.untyped(question.keyPoints().size()) : grader.grade(question, typed);
    }

    /** An open question was shown: let a slow grader get ready while the user types. */
    void prepare() {
        grader.prepare();
    }

    /** Keeps the grade of the session's current question. */
    void keep(QuizSession session, Grade grade) {
        store.save(session.userId(), session.seq(), session.questionId(), grade);
    }

    /** The kept grade of the session's revealed answer; graded again if none was kept (e.g. before an upgrade). */
    Grade shown(QuizSession session, OpenQuestion question) {
        return store.find(session.userId(), session.seq(), question.id())
                .filter(g -> g.points().size() == question.keyPoints().size())
                .orElseGet(() -> grade(question, session.typedAnswer()));
    }
}
