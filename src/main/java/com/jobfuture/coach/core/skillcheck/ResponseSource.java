package com.jobfuture.coach.core.skillcheck;

import java.time.Instant;
import java.util.List;

/** Read-only access to the graded answers collected so far (quiz, question of the day, checks), for calibration. */
public interface ResponseSource {
    /**
     * The first graded answer of each user to each question, for the (user, question) pairs whose first graded
     * answer was given at or after {@code since}; later answers are left out because the user had seen the
     * explanation by then. Self-rated answers (open questions) are not graded and never included.
     */
    List<ItemResponse> firstGradedAnswers(Instant since);
}
