package com.jobfuture.coach.core.grading;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Code names in text (select_related, qs.acount(), PageNumberPagination, @action, SECURE_HSTS_SECONDS) and how
 * they are compared. Embeddings see "aget" and "get", or "select_related" and "prefetch_related", as nearly the
 * same; an interviewer does not. Names match exactly (case-insensitively, on their last dotted segments), except
 * that a long name (8+ characters) may differ by one typo. Immutable and thread-safe.
 */
final class CodeNames {
    private static final Pattern CANDIDATE = Pattern.compile(
            "@?[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*(\\()?");
    private static final Pattern CAMEL = Pattern.compile("[a-z0-9][A-Z]|[A-Z]{2}[a-z]");
    private static final Set<String> NOT_CODE = Set.of("e.g", "i.e", "etc", "vs");
    /** Names at least this long may differ by one typo and still match. */
    private static final int TYPO_TOLERANT_LENGTH = 8;

    private CodeNames() {
    }

    /** The code names a text mentions, as written, without a leading {@code @} or trailing call parentheses. */
    static Set<String> in(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            String raw = m.group();
            boolean call = m.group(1) != null;
            String name = raw.replace("(", "");
            boolean decorator = name.startsWith("@");
            name = name.replace("@", "");
            if (name.endsWith(".")) {
                name = name.substring(0, name.length() - 1);
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (NOT_CODE.contains(lower) || name.length() < 2) {
                continue;
            }
            boolean code = name.indexOf('_') > 0 && name.indexOf('_') < name.length() - 1
                    || name.contains(".") || CAMEL.matcher(name).find() || decorator
                    || call && name.length() >= 2;
            if (code) {
                names.add(name);
            }
        }
        return names;
    }

    /** The name's last dotted segment, e.g. {@code aget} for {@code book.objects.aget}. */
    static String last(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }

    /** Whether a name in an answer is the required one (same dotted tail; one typo allowed for long names). */
    static boolean same(String answeredName, String requiredName) {
        String answered = answeredName.toLowerCase(Locale.ROOT);
        String required = requiredName.toLowerCase(Locale.ROOT);
        if (answered.equals(required) || answered.endsWith("." + required) || required.endsWith("." + answered)) {
            return true;
        }
        String a = last(answered);
        String r = last(required);
        if (a.equals(r) && (!required.contains(".") || !answered.contains("."))) {
            return true;
        }
        return a.length() >= TYPO_TOLERANT_LENGTH && r.length() >= TYPO_TOLERANT_LENGTH && distance(a, r) <= 1;
    }

    /**
     * Whether a name looks like a rival of the required one: a near miss ({@code get} for {@code aget}), a sibling
     * with the same last word ({@code prefetch_related} for {@code select_related}, {@code FileUploadParser} for
     * {@code MultiPartParser}), or a shorter or longer form ({@code get_serializer} for {@code get_serializer_class}).
     */
    static boolean rival(String answered, String required) {
        if (same(answered, required)) {
            return false;
        }
        String a = last(answered);
        String r = last(required);
        if (distance(a.toLowerCase(Locale.ROOT), r.toLowerCase(Locale.ROOT)) <= 2
                && Math.min(a.length(), r.length()) >= 3) {
            return true;
        }
        List<String> answeredParts = List.copyOf(parts(a));
        List<String> requiredParts = List.copyOf(parts(r));
        if (answeredParts.size() < 2 && requiredParts.size() < 2) {
            return false;
        }
        String answeredLast = answeredParts.get(answeredParts.size() - 1);
        if (answeredLast.length() >= 4 && answeredLast.equals(requiredParts.get(requiredParts.size() - 1))) {
            return true;
        }
        List<String> shorter = answeredParts.size() < requiredParts.size() ? answeredParts : requiredParts;
        List<String> longer = shorter == answeredParts ? requiredParts : answeredParts;
        return shorter.size() >= 2 && longer.subList(0, shorter.size()).equals(shorter);
    }

    /** The words of a name: snake_case and CamelCase parts, lower-cased. */
    static Set<String> parts(String name) {
        Set<String> parts = new LinkedHashSet<>();
        for (String piece : name.split("[_.]")) {
            for (String word : piece.split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")) {
                if (!word.isEmpty()) {
                    parts.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return parts;
    }

    /** The first of the answer's names that is a rival of a required name (and not itself required). */
    static Optional<String> rivalOf(Set<String> answered, Set<String> required) {
        for (String a : answered) {
            if (required.stream().anyMatch(r -> same(a, r))) {
                continue;
            }
            if (required.stream().anyMatch(r -> rival(a, r))) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** Whether the answer names one of the required names. */
    static boolean mentions(Set<String> answered, Set<String> required) {
        return answered.stream().anyMatch(a -> required.stream().anyMatch(r -> same(a, r)));
    }

    /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2) {
            return 3;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
