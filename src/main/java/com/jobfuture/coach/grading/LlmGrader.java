package com.jobfuture.coach.grading;

import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.core.deck.OpenQuestion;
import com.jobfuture.coach.core.grading.AnswerGrader;
import com.jobfuture.coach.core.grading.Grade;
import com.jobfuture.coach.core.grading.GraderUnavailableException;
import java.net.http.HttpClient;

/** Placeholder replaced below. */
public final class LlmGrader implements AnswerGrader {
    public static final String NAME = "llm";

    LlmGrader(HttpClient client, CoachConfig.Llm llm) {
    }

    @Override
    public Grade grade(OpenQuestion question, String typedAnswer) {
        throw new GraderUnavailableException("not yet");
    }

    @Override
    public String name() {
        return NAME;
    }
}
