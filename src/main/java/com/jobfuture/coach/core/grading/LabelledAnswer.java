package com.jobfuture.coach.core.grading;

import java.util.List;

/**
 * One answer of the labelled set: the question, what kind of answer it is (paraphrase, partial, wrong, echo,
 * typo), which half it belongs to (calibration or holdout), the text, and the expected flag per key point.
 */
public record LabelledAnswer(String id, String questionId, String kind, String split, String text,
                             List<Boolean> expected) {
    /** The kinds of answer the labelled sets hold, in report order. */
    public static final List<String> KINDS = List.of("paraphrase", "partial", "wrong", "echo", "typo");

    public LabelledAnswer {
        expected = List.copyOf(expected);
    }

    /** Wrong and echo answers should earn (almost) nothing; false credit is measured on them. */
    public boolean shouldEarnLittle() {
        return kind.equals("wrong") || kind.equals("echo");
    }
}
