package com.jobfuture.coach.core.grading;

import com.jobfuture.coach.core.deck.OpenQuestion;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries a preferred grader and, when it is unavailable, a fallback: LLM → semantic → keywords. The first failure
 * after a success is logged as a warning, repeats at debug level, so a dead service does not flood the log.
 * The grade names the grader that actually produced it. Thread-safe.
 */
public final class FallbackGrader implements AnswerGrader {
    private static final Logger LOG = LoggerFactory.getLogger(FallbackGrader.class);
    private final AnswerGrader preferred;
    private final AnswerGrader fallback;
    private final AtomicBoolean failing = new AtomicBoolean();

    public FallbackGrader(AnswerGrader preferred, AnswerGrader fallback) {
        this.preferred = preferred;
        this.fallback = fallback;
    }

    @Override
    public Grade grade(OpenQuestion question, String typedAnswer) {
        try {
            Grade grade = preferred.grade(question, typedAnswer);
            if (failing.compareAndSet(true, false)) {
                LOG.info("The {} grader works again", preferred.name());
            }
            return grade;
        } catch (GraderUnavailableException e) {
            if (failing.compareAndSet(false, true)) {
                LOG.warn("The {} grader is unavailable ({}); grading with {} instead", preferred.name(),
                        e.getMessage(), fallback.name());
            } else {
                LOG.debug("The {} grader is still unavailable ({})", preferred.name(), e.getMessage());
            }
            return fallback.grade(question, typedAnswer);
        }
    }

    @Override
    public void prepare() {
        preferred.prepare();
        fallback.prepare();
    }

    @Override
    public String name() {
        return preferred.name();
    }
}
