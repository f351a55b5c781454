package com.jobfuture.coach.core.grading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The things a question contrasts ("static files" and "media files", {@code login()} and {@code force_login()},
 * {@code gather} and {@code TaskGroup}) and which key point is about which: a point's subject is the first word
 * of its text (see {@link #of}). Embeddings barely tell "static files are what users upload" from "media files
 * are what users upload"; an interviewer does. A clause that names the point's subject may count for it; one that
 * names only other subjects, or names none and follows one that did (it, they, "login() doesn't"), speaks of
 * another subject and does not. Immutable.
 */
final class Subjects {
    /** A term shorter than this never matches by prefix. */
    private static final int MIN_PREFIX = 4;
    private final Map<String, String> termToWritten;
    private final List<Set<String>> pointToSubjects;

    private Subjects(Map<String, String> termToWritten, List<Set<String>> pointToSubjects) {
        this.termToWritten = termToWritten;
        this.pointToSubjects = pointToSubjects;
    }

    /**
     * Finds the subjects of a question: a key point's subject is the first word of its text when the prompt
     * names it too ("Static files ship with the code") or when it is a code name ("force_login() skips that",
     * or "gather" when the prompt writes {@code asyncio.gather()}).
     * Plain words count only when the points start with at least two different ones (static and media), and
     * subjects only when there are at least two (the question contrasts them).
     */
    static Subjects of(String prompt, List<String> pointTexts) {
        Set<String> promptTerms = new LinkedHashSet<>(terms(prompt));
        Set<String> promptCode = new LinkedHashSet<>(terms(String.join(" ", CodeNames.in(prompt))));
        List<Optional<String>> pointToFirst = new ArrayList<>();
        Map<String, String> termToWritten = new LinkedHashMap<>();
        Set<String> words = new LinkedHashSet<>();
        for (String text : pointTexts) {
            List<String> terms = terms(text);
            boolean code = isCodeName(firstWord(text)) || !terms.isEmpty() && promptCode.contains(terms.get(0));
            if (!terms.isEmpty() && (code || promptTerms.contains(terms.get(0)))) {
                pointToFirst.add(Optional.of(terms.get(0)));
                termToWritten.putIfAbsent(terms.get(0), firstWord(text));
                if (!code) {
                    words.add(terms.get(0));
                }
            } else {
                pointToFirst.add(Optional.empty());
            }
        }
        if (words.size() < 2) {
            termToWritten.keySet().removeAll(words);
        }
        if (termToWritten.size() < 2) {
            return new Subjects(Map.of(), pointTexts.stream().map(t -> Set.<String>of()).toList());
        }
        List<Set<String>> pointToSubjects = pointToFirst.stream()
                .map(f -> f.filter(termToWritten::containsKey).map(Set::of).orElse(Set.of())).toList();
        return new Subjects(Map.copyOf(termToWritten), List.copyOf(pointToSubjects));
    }

    /** The question's subjects, normalised. */
    Set<String> all() {
        return termToWritten.keySet();
    }

    /** A subject as the key points write it ("Static", "force_login()"). */
    String written(String subject) {
        return termToWritten.getOrDefault(subject, subject);
    }

    /**
     * The subject the unit speaks of when it is not one of point {@code index}'s subjects (empty when the point
     * has none, the unit's subject is unknown, or the unit names the point's subject anywhere).
     */
    Optional<String> otherSubject(int index, String unit, String answer) {
        Set<String> own = pointToSubjects.get(index);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        if (subjectsIn(unit).stream().anyMatch(own::contains)) {
            return Optional.empty();
        }
        return subjectOf(unit, answer).filter(s -> !own.contains(s));
    }

    /** The subjects key point {@code index} is about (empty: the point is about no one subject). */
    Set<String> of(int index) {
        return pointToSubjects.get(index);
    }

    /**
     * The subject of {@code unit}, a part of {@code answer}: the first subject it names, else the last one named
     * before it in the answer.
     */
    Optional<String> subjectOf(String unit, String answer) {
        if (termToWritten.isEmpty()) {
            return Optional.empty();
        }
        List<String> own = subjectsIn(unit);
        if (!own.isEmpty()) {
            return Optional.of(own.get(0));
        }
        int at = answer.indexOf(unit);
        if (at <= 0) {
            return Optional.empty();
        }
        List<String> before = subjectsIn(answer.substring(0, at));
        return before.isEmpty() ? Optional.empty() : Optional.of(before.get(before.size() - 1));
    }

    /**
     * Whether a sentence speaks of two subjects in different clauses ("static files are uploads and media files
     * are css"): such a sentence is judged clause by clause, never as a whole.
     */
    boolean mixed(String sentence) {
        if (termToWritten.isEmpty()) {
            return false;
        }
        Set<String> first = new LinkedHashSet<>();
        for (String clause : TextUnits.clauses(sentence)) {
            subjectsIn(clause).stream().findFirst().ifPresent(first::add);
        }
        return first.size() > 1;
    }

    /** The subjects a text names, in order (a term matches a subject it equals or that one begins the other). */
    private List<String> subjectsIn(String text) {
        List<String> found = new ArrayList<>();
        for (String term : terms(text)) {
            for (String subject : termToWritten.keySet()) {
                if (term.equals(subject) || Math.min(term.length(), subject.length()) >= MIN_PREFIX
                        && (term.startsWith(subject) || subject.startsWith(term))) {
                    found.add(subject);
                }
            }
        }
        return found;
    }

    private static boolean isCodeName(String word) {
        return !CodeNames.in(word).isEmpty();
    }

    private static String firstWord(String text) {
        String word = text.strip().split("[\\s/]+")[0].replaceAll("[,.:;]+$", "");
        return CodeNames.in(word).isEmpty() && !word.equals(word.toUpperCase(Locale.ROOT))
                ? word.toLowerCase(Locale.ROOT) : word;
    }

    /**
     * The terms of a text in order: each content word's stem (the last dotted segment of a code name, without
     * underscores: {@code asyncio.TaskGroup} → taskgroup, {@code force_login()} → forcelogin), and each pair of
     * adjacent words written together ("task group" also gives taskgroup, "logs out" logout).
     */
    static List<String> terms(String text) {
        List<String> tokens = Words.tokens(text);
        List<String> terms = new ArrayList<>();
        String previous = null;
        for (String token : tokens) {
            if (Words.isStop(token) || Words.isNegation(token) || token.chars().allMatch(Character::isDigit)) {
                previous = null;
                continue;
            }
            String word = normal(token);
            if (previous != null) {
                terms.add(normal(previous + token));
                terms.add(normal(Words.stem(previous) + token));
            }
            terms.add(word);
            previous = token;
        }
        return terms;
    }

    private static String normal(String token) {
        String last = CodeNames.last(token).toLowerCase(Locale.ROOT).replace("_", "").replace("'s", "");
        return Words.stem(last);
    }
}
