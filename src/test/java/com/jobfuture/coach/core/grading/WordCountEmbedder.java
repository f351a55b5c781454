package com.jobfuture.coach.core.grading;

import java.util.ArrayList;
import java.util.List;

/**
 * A deterministic stand-in for the sentence-embedding model in core tests: a text's vector counts its content
 * stems in hashed buckets, so similarity is word overlap. It records every batch it was asked to embed.
 */
final class WordCountEmbedder implements SentenceEmbedder {
    static final int DIMENSIONS = 512;
    final List<List<String>> batches = new ArrayList<>();

    @Override
    public synchronized List<float[]> embed(List<String> texts) {
        batches.add(List.copyOf(texts));
        List<float[]> vectors = new ArrayList<>();
        for (String text : texts) {
            float[] vector = new float[DIMENSIONS];
            for (String stem : Words.contentStems(text)) {
                vector[Math.floorMod(stem.hashCode(), DIMENSIONS)] += 1;
            }
            vectors.add(vector);
        }
        return vectors;
    }
}
