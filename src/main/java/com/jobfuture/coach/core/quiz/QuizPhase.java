package com.jobfuture.coach.core.quiz;

/** Where a quiz session stands with its current question. */
public enum QuizPhase {
    /** The question is shown and waits for an answer. */
    ASKED,
    /** An open question's answer is revealed and waits for a self-rating. */
    REVEALED,
    /** The question is answered; the user moves on with /next. */
    ANSWERED
}
