package com.jobfuture.coach.core.skillcheck;

import java.util.Objects;

/** One graded answer used for calibration: who answered which question, and whether it was right. */
public record ItemResponse(long userId, String questionId, boolean correct) {
    public ItemResponse {
        Objects.requireNonNull(questionId, "questionId");
    }
}
