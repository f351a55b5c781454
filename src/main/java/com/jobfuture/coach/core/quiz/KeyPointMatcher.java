package com.jobfuture.coach.core.quiz;

import com.jobfuture.coach.core.deck.KeyPoint;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Marks which key points of an open question a typed answer covers: a point is covered when one of its match
 * phrases starts at a word boundary of the answer (so "lock" matches "locking" but not "block").
 */
public final class KeyPointMatcher {

    /** One flag per key point: true when the typed answer contains one of the point's phrases. */
    public List<Boolean> covered(List<KeyPoint> keyPoints, String typedAnswer) {
        String text = normalize(typedAnswer == null ? "" : typedAnswer);
        return keyPoints.stream()
                .map(point -> point.match().stream().map(KeyPointMatcher::normalize)
                        .anyMatch(phrase -> !phrase.isBlank() && text.contains(" " + phrase.strip())))
                .toList();
    }

    static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return " " + folded.replaceAll("[\\s_\\-]+", " ").replaceAll("[^\\p{L}\\p{N}.()+*/=<>!:' ]", "")
                .replaceAll(" +", " ").trim() + " ";
    }
}
