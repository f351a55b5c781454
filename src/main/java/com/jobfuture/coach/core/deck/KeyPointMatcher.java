package com.jobfuture.coach.core.deck;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Marks which key points of an open question a text covers: a point is covered when one of its match phrases
 * starts at a word start of the text (so "lock" matches "locking" but not "block", and "acount()" matches
 * "qs.acount()"). Case, underscores, dashes and most punctuation are ignored on both sides. Thread-safe.
 */
public final class KeyPointMatcher {
    /** A match phrase needs at least this many letters or digits after normalising, or it would match anything. */
    public static final int MIN_SIGNIFICANT_CHARS = 2;

    /** One flag per key point: true when the text contains one of the point's phrases. */
    public List<Boolean> covered(List<KeyPoint> keyPoints, String text) {
        String normalized = normalize(text == null ? "" : text);
        return keyPoints.stream().map(point -> firstMatch(point, normalized).isPresent()).toList();
    }

    /** The first of the point's phrases (as written in the deck) that the text contains, if any. */
    public Optional<String> matchedPhrase(KeyPoint point, String text) {
        return firstMatch(point, normalize(text == null ? "" : text));
    }

    /** How many letters and digits a phrase keeps after normalising (phrases below the minimum are rejected). */
    public static int significantChars(String phrase) {
        return (int) normalize(phrase).codePoints().filter(Character::isLetterOrDigit).count();
    }

    /** Lower case, NFKC, underscores/dashes/white space as single spaces, only letters, digits and code symbols. */
    public static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'');
        return folded.replaceAll("[\\s_\\-]+", " ").replaceAll("[^\\p{L}\\p{N}.()+*/=<>!:'|&~^% ]", "")
                .replaceAll(" +", " ").strip();
    }

    private static Optional<String> firstMatch(KeyPoint point, String normalizedText) {
        return point.match().stream()
                .filter(phrase -> significantChars(phrase) >= MIN_SIGNIFICANT_CHARS)
                .filter(phrase -> startsAtWordStart(normalizedText, normalize(phrase)))
                .findFirst();
    }

    private static boolean startsAtWordStart(String text, String phrase) {
        boolean phraseStartsWithWord = Character.isLetterOrDigit(phrase.codePointAt(0));
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            if (!phraseStartsWithWord || at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at))) {
                return true;
            }
        }
        return false;
    }
}
