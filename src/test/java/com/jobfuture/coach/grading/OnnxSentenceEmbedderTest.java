package com.jobfuture.coach.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobfuture.coach.core.grading.FallbackGrader;
import com.jobfuture.coach.core.grading.GraderUnavailableException;
import com.jobfuture.coach.core.grading.GradingQuestions;
import com.jobfuture.coach.core.grading.KeywordGrader;
import com.jobfuture.coach.core.grading.SemanticGrader;
import com.jobfuture.coach.core.grading.SemanticThresholds;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Loading the model: nothing before it is needed, once, and a failure means keywords, not an error. */
class OnnxSentenceEmbedderTest {

    @Test
    void aModelThatFailsToLoadMakesGradingFallBackToKeywords() {
        AtomicInteger loads = new AtomicInteger();
        OnnxSentenceEmbedder broken = new OnnxSentenceEmbedder(() -> {
            loads.incrementAndGet();
            throw new IllegalStateException("no native library for this platform");
        }, Duration.ofSeconds(30));

        assertThatThrownBy(() -> broken.embed(List.of("x"))).isInstanceOf(GraderUnavailableException.class)
                .hasMessageContaining("failed to load");
        FallbackGrader grader = new FallbackGrader(new SemanticGrader(broken, SemanticThresholds.calibrated()),
                new KeywordGrader());
        assertThat(grader.grade(GradingQuestions.laziness(), "it is lazy").grader()).isEqualTo("keywords");
        assertThat(loads).hasValue(1);
        assertThat(broken.settled()).isTrue();
    }

    @Test
    void nothingLoadsUntilNeededAndClosingAnUnusedModelReturnsAtOnce() {
        AtomicInteger loads = new AtomicInteger();
        OnnxSentenceEmbedder unused = new OnnxSentenceEmbedder(() -> {
            loads.incrementAndGet();
            throw new IllegalStateException("should not load");
        }, Duration.ofSeconds(30));

        unused.awaitSettled(Duration.ofMinutes(1));

        assertThat(loads).hasValue(0);
        assertThat(unused.settled()).isFalse();
    }
}
