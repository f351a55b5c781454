package com.jobfuture.coach.grading;

import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.core.grading.AnswerGrader;
import com.jobfuture.coach.core.grading.FallbackGrader;
import com.jobfuture.coach.core.grading.KeywordGrader;
import com.jobfuture.coach.core.grading.SemanticGrader;
import com.jobfuture.coach.core.grading.SemanticThresholds;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * Builds the configured grader with its fallbacks: {@code llm} → semantic → keywords, {@code semantic} →
 * keywords, or {@code keywords} alone. The semantic model starts loading in the background right here.
 */
public final class GraderFactory {
    private GraderFactory() {
    }

    /**
     * The grader for {@code grading}; {@code modelWait} is how long a grading call waits for the model while it
     * is still loading before it falls back to keywords.
     */
    public static AnswerGrader create(CoachConfig.Grading grading, Duration modelWait) {
        AnswerGrader keywords = new KeywordGrader();
        if (grading.mode() == CoachConfig.GradingMode.KEYWORDS) {
            return keywords;
        }
        AnswerGrader semantic = new FallbackGrader(semantic(modelWait), keywords);
        if (grading.mode() == CoachConfig.GradingMode.SEMANTIC || grading.llm().isEmpty()) {
            return semantic;
        }
        return new FallbackGrader(llm(grading.llm().get()), semantic);
    }

    /** The semantic grader alone (no fallback), its model loading in the background. */
    public static SemanticGrader semantic(Duration modelWait) {
        return new SemanticGrader(OnnxSentenceEmbedder.startLoading(modelWait), SemanticThresholds.calibrated());
    }

    /** The LLM grader alone (no fallback). */
    public static LlmGrader llm(CoachConfig.Llm llm) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(llm.timeout()).build();
        return new LlmGrader(client, llm);
    }
}
