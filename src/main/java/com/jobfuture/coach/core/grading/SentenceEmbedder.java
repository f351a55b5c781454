package com.jobfuture.coach.core.grading;

import java.util.List;

/**
 * Turns short texts into sentence embeddings (the port behind which the ONNX model runs). Implementations are
 * thread-safe; they may block while a model loads, and throw {@link GraderUnavailableException} when they cannot
 * embed at all.
 */
public interface SentenceEmbedder {
    /** One vector per text, in order; all of the same dimension. */
    List<float[]> embed(List<String> texts);

    /** Get ready in the background (e.g. load a model) because texts will come soon; returns at once. */
    default void prepare() {
    }
}
