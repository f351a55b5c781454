package com.jobfuture.coach.core.quiz;

import com.jobfuture.coach.core.grading.Grade;
import java.util.Optional;

/**
 * Keeps the grade of each user's revealed typed answer (one per user), so a redisplay after a restart shows the
 * same marks even when the grader is not deterministic. Deleted with the user.
 */
public interface AnswerGradeRepository {
    /** The grade kept for the user's question number {@code seq} of {@code questionId}, if that is the one kept. */
    Optional<Grade> find(long userId, int seq, String questionId);

    /** Keeps the grade, replacing the user's previous one. */
    void save(long userId, int seq, String questionId, Grade grade);
}
