package com.jobfuture.coach.core.grading;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level helpers for grading: tokens (code names kept whole), a light English stem, stop words and negation
 * cues.
 */
final class Words {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+(?:[.'’][\\p{L}\\p{N}_]+)*");
    private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "but", "so", "to", "of", "in",
            "on", "at", "for", "with", "by", "from", "as", "is", "are", "was", "were", "be", "been", "being", "it",
            "its", "it's", "this", "that", "these", "those", "there", "there's", "then", "than", "you", "your",
            "you'd", "you're", "i", "i'd", "i'm", "we", "they", "he", "she", "what", "which", "who", "whom", "when",
            "where", "why", "how", "do", "does", "did", "doing", "done", "have", "has", "had", "can", "could",
            "will", "would", "should", "may", "might", "must", "if", "else", "just", "also", "like", "e.g", "eg",
            "etc", "some", "something", "somewhere", "sometimes", "any", "all", "each", "every", "very", "really",
            "about", "into", "out", "up", "down", "over", "only", "one", "use", "using", "used", "make", "makes",
            "get", "gets", "got", "say", "said", "thing", "things", "stuff", "way", "yes", "ok", "okay", "well",
            "here", "them", "their", "his", "her", "our", "my", "me", "us", "instead", "actually", "basically");
    private static final Set<String> IMPERATIVE = Set.of("don't", "dont", "never", "do", "avoid");
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "cannot", "can't", "cant",
            "don't", "dont", "doesn't", "doesnt", "isn't", "isnt", "aren't", "arent", "wasn't", "won't", "wont",
            "didn't", "didnt", "shouldn't", "hasn't", "haven't", "neither", "nor", "nothing", "none", "without",
            "nobody", "nowhere", "unable", "lacks");

    private Words() {
    }

    /** Lower case, NFKC, curly quotes straightened. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'');
    }

    /** The words of a text in order, folded; dotted code names and contractions stay one token. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(fold(text));
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** A light stem so "blocked", "blocking" and "blocks" meet; code names are kept as they are. */
    static String stem(String token) {
        if (token.contains("_") || token.contains(".") || token.length() <= 3) {
            return token;
        }
        for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
            if (token.endsWith(suffix) && token.length() - suffix.length() >= 3) {
                String base = token.substring(0, token.length() - suffix.length());
                return suffix.equals("s") && base.endsWith("s") ? token : base;
            }
        }
        return token;
    }

    static boolean isStop(String token) {
        return STOP.contains(token);
    }

    static boolean isNegation(String token) {
        return NEGATIONS.contains(token) || token.endsWith("n't");
    }

    /** Content stems of a text: no stop words, no negation cues, no numbers alone. */
    static List<String> contentStems(String text) {
        return tokens(text).stream()
                .filter(t -> !isStop(t) && !isNegation(t) && !t.chars().allMatch(Character::isDigit))
                .map(Words::stem)
                .toList();
    }

    /** How many content words after a negation cue it is taken to negate ("not be trusted": trusted). */
    private static final int NEGATION_SCOPE = 3;

    /**
     * The content stems a clause negates: up to three content words after each negation cue (none for advice,
     * see {@link #negates}).
     */
    static List<String> negatedStems(String clause) {
        List<String> tokens = tokens(clause);
        List<String> negated = new ArrayList<>();
        for (int i = adviceEnd(tokens); i < tokens.size(); i++) {
            if (!isNegation(tokens.get(i))) {
                continue;
            }
            int taken = 0;
            for (int j = i + 1; j < tokens.size() && taken < NEGATION_SCOPE; j++) {
                String t = tokens.get(j);
                if (!isStop(t) && !isNegation(t) && !t.chars().allMatch(Character::isDigit)) {
                    negated.add(stem(t));
                    taken++;
                }
            }
        }
        return negated;
    }

    /** Whether two stems are forms of one word ("expir" and "expire", "block" and "blocking"). */
    static boolean related(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int common = 0;
        while (common < a.length() && common < b.length() && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= 4 && common >= Math.min(a.length(), b.length()) - 1;
    }

    /** Whether the clause mentions a word related to one of {@code stems}. */
    static boolean mentionsAny(String clause, List<String> stems) {
        List<String> own = contentStems(clause);
        return stems.stream().anyMatch(s -> own.stream().anyMatch(o -> related(s, o)));
    }

    private static int adviceEnd(List<String> tokens) {
        if (!tokens.isEmpty() && IMPERATIVE.contains(tokens.get(0))) {
            return tokens.size() > 1 && tokens.get(0).equals("do") && tokens.get(1).equals("not") ? 2 : 1;
        }
        return 0;
    }

    /**
     * Whether a clause contains a negation cue ("not", "n't", "never", "no", "without", "none" …). A clause that
     * starts with one ("don't use asyncio.run here", "never commit the key") gives advice and is not counted.
     */
    static boolean negates(String clause) {
        List<String> tokens = tokens(clause);
        int from = adviceEnd(tokens);
        return tokens.subList(Math.min(from, tokens.size()), tokens.size()).stream().anyMatch(Words::isNegation);
    }

}
