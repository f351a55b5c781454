package com.jobfuture.coach.core.grading;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits chat-style text into the units the semantic grader compares with key points: its sentences, then the
 * clauses inside them (so "prefetch doesn't join, it runs a second query" is judged clause by clause and a
 * negation stays with its own clause). Deterministic.
 */
final class TextUnits {
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<=[.!?])\\s+(?=\\S)|\\s*\\n+\\s*|;\\s+|\\s+(?=\\(?\\d\\)\\s)");
    private static final Pattern CLAUSE_END = Pattern.compile(
            ",\\s+|:\\s+|\\s+\\(|\\)\\s+|\\s+(?:but|so|and|or|while|whereas|because|since|then|which|otherwise)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POLARITY_END = Pattern.compile(
            "[,;:.!?]+(?:\\s+|$)|\\s+[(]|[)]\\s+|\\s+(?:but|so|because|since|while|whereas|although|though|however|"
                    + "instead|which|otherwise|unless)\\s+", Pattern.CASE_INSENSITIVE);
    /** A clause needs at least this many words to be a unit of its own. */
    private static final int MIN_CLAUSE_WORDS = 2;

    private TextUnits() {
    }

    /** The sentences of a text (numbered list items and arrows count as breaks). */
    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String part : SENTENCE_END.split(text.strip())) {
            String sentence = part.strip().replaceAll("^\\(?\\d\\)\\s*", "");
            if (!sentence.isEmpty() && Words.tokens(sentence).size() > 0) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    /** Sentences first, then their clauses of two or more words, without duplicates, at most {@code max}. */
    static List<String> units(String text, int max) {
        Set<String> units = new LinkedHashSet<>();
        List<String> sentences = sentences(text);
        for (String sentence : sentences) {
            if (units.size() < max) {
                units.add(sentence);
            }
        }
        for (String sentence : sentences) {
            for (String clause : CLAUSE_END.split(sentence)) {
                String unit = clause.strip().replaceAll("[.,;:!?]+$", "");
                if (units.size() < max && Words.tokens(unit).size() >= MIN_CLAUSE_WORDS) {
                    units.add(unit);
                }
            }
        }
        return List.copyOf(units);
    }

    /** The clauses of one sentence, in order. */
    static List<String> clauses(String sentence) {
        return split(CLAUSE_END, sentence);
    }

    /**
     * The parts of a text that carry one polarity: split at punctuation and at words that start a new clause
     * ("but", "so", "because", "while"), not at "and"/"or", which join things said with the same polarity.
     */
    static List<String> polarityClauses(String text) {
        return split(POLARITY_END, text);
    }

    private static List<String> split(Pattern pattern, String text) {
        List<String> clauses = new ArrayList<>();
        for (String clause : pattern.split(text)) {
            String c = clause.strip();
            if (!c.isEmpty()) {
                clauses.add(c);
            }
        }
        return clauses;
    }
}
