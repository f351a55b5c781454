package com.jobfuture.coach.grading;

import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.grading.AnswerGrader;
import com.jobfuture.coach.core.grading.ChoiceOptionBank;
import com.jobfuture.coach.core.grading.FallbackGrader;
import com.jobfuture.coach.core.grading.KeywordGrader;
import com.jobfuture.coach.core.grading.SemanticGrader;
import com.jobfuture.coach.core.grading.SemanticThresholds;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds the configured grader with its fallbacks: {@code llm} → semantic → keywords, {@code semantic} →
 * keywords, or {@code keywords} alone. The semantic model loads in the background when first needed.
 */
public final class GraderFactory {
    private GraderFactory() {
    }

    /** How long closing waits for a model that is still loading. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(60);

    /** The configured grader, and what must happen before the process exits (let a loading model finish). */
    public record Grading(AnswerGrader grader, Optional<OnnxSentenceEmbedder> model) implements AutoCloseable {
        @Override
        public void close() {
            model.ifPresent(m -> m.awaitSettled(CLOSE_WAIT));
        }
    }

    /**
     * The grader for {@code grading}; {@code modelWait} is how long a grading call waits for the model while it
     * is still loading before it falls back to keywords; {@code catalog} gives the decks whose wrong choice
     * options the semantic grader uses as a bank of wrong claims.
     */
    public static Grading create(CoachConfig.Grading grading, Duration modelWait, Supplier<DeckCatalog> catalog) {
        AnswerGrader keywords = new KeywordGrader();
        if (grading.mode() == CoachConfig.GradingMode.KEYWORDS) {
            return new Grading(keywords, Optional.empty());
        }
        OnnxSentenceEmbedder model = OnnxSentenceEmbedder.lazy(modelWait);
        AnswerGrader semantic = new FallbackGrader(
                new SemanticGrader(model, SemanticThresholds.calibrated(), new ChoiceOptionBank(catalog)), keywords);
        if (grading.mode() == CoachConfig.GradingMode.SEMANTIC || grading.llm().isEmpty()) {
            return new Grading(semantic, Optional.of(model));
        }
        return new Grading(new FallbackGrader(llm(grading.llm().get()), semantic), Optional.of(model));
    }

    /** The semantic grader alone (no fallback), with no bank of wrong choice options; its model loads on first use. */
    public static SemanticGrader semantic(Duration modelWait) {
        return new SemanticGrader(OnnxSentenceEmbedder.lazy(modelWait), SemanticThresholds.calibrated());
    }

    /** The semantic grader alone (no fallback), as configured: with {@code catalog}'s wrong choice options. */
    public static SemanticGrader semantic(Duration modelWait, Supplier<DeckCatalog> catalog) {
        return new SemanticGrader(OnnxSentenceEmbedder.lazy(modelWait), SemanticThresholds.calibrated(),
                new ChoiceOptionBank(catalog));
    }

    /** The LLM grader alone (no fallback). */
    public static LlmGrader llm(CoachConfig.Llm llm) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(llm.timeout()).build();
        return new LlmGrader(client, llm);
    }
}
