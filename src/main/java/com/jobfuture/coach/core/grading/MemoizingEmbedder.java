package com.jobfuture.coach.core.grading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Remembers every text it embedded, so a calibration can grade the same answers many times cheaply. */
final class MemoizingEmbedder implements SentenceEmbedder {
    private final SentenceEmbedder embedder;
    private final Map<String, float[]> textToVector = new HashMap<>();

    MemoizingEmbedder(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public synchronized List<float[]> embed(List<String> texts) {
        List<String> missing = texts.stream().filter(t -> !textToVector.containsKey(t)).distinct().toList();
        if (!missing.isEmpty()) {
            List<float[]> vectors = embedder.embed(missing);
            for (int i = 0; i < missing.size(); i++) {
                textToVector.put(missing.get(i), vectors.get(i));
            }
        }
        List<float[]> result = new ArrayList<>(texts.size());
        for (String text : texts) {
            result.add(textToVector.get(text));
        }
        return result;
    }
}
