package com.jobfuture.coach.core.deck;

import java.util.List;
import java.util.Optional;

/**
 * The rules that keep grading honest, beyond the format: every key point is covered by its own model answer and
 * by none of the prompt's words, match phrases are specific, and the correct option of a file's choice questions
 * is not usually the longest one (a guessable tell). Results are plain messages; the reader attaches file and line.
 */
final class DeckQualityRules {
    /** Above this share of a file's choice questions with the correct option the single longest, it is a warning. */
    static final double LONGEST_CORRECT_SHARE = 0.5;
    /** The warning needs at least this many such questions, so a file of two or three questions is not flagged. */
    static final int LONGEST_CORRECT_MIN = 3;

    /** A key point carries at most this many authored wrong claims. */
    static final int MAX_WRONG_CLAIMS = 4;
    /** A wrong claim is a short sentence: at most this many characters. */
    static final int MAX_WRONG_CLAIM_CHARS = 160;

    private final KeyPointMatcher matcher = new KeyPointMatcher();

    /** Why one authored wrong claim is unusable on its own, if it is: too short, too long, or repeated. */
    Optional<String> wrongClaimProblem(String claim, List<String> claims) {
        if (words(claim).split(" ").length < 3) {
            return Optional.of("'" + claim + "' is too short; write the whole wrong claim (at least three words)");
        }
        if (claim.length() > MAX_WRONG_CLAIM_CHARS) {
            return Optional.of("'" + claim.substring(0, 40) + "…' is longer than " + MAX_WRONG_CLAIM_CHARS
                    + " characters; keep one short claim per entry");
        }
        String normalized = words(claim);
        if (claims.stream().filter(c -> words(c).equals(normalized)).count() > 1) {
            return Optional.of("'" + claim + "' is listed twice");
        }
        return Optional.empty();
    }

    /**
     * Why a wrong claim contradicts the rest of the question, if it does: the model answer says it (then a perfect
     * answer would be refused) or it is one of the question's match phrases (then the phrase would be refused).
     */
    Optional<String> wrongClaimConflict(String claim, List<KeyPoint> points, String answer) {
        String normalized = words(claim);
        for (KeyPoint point : points) {
            for (String phrase : point.match()) {
                if (words(phrase).equals(normalized)) {
                    return Optional.of("'" + claim + "' is also a match phrase; a wrong claim must differ from them");
                }
            }
        }
        if (!normalized.isEmpty() && (" " + words(answer) + " ").contains(" " + normalized + " ")) {
            return Optional.of("'" + claim + "' is said by the model answer; a wrong claim must be something the "
                    + "model answer does not say");
        }
        return Optional.empty();
    }

    /** Why a match phrase is unusable, if it is: it must keep at least two letters or digits once normalised. */
    Optional<String> phraseProblem(String phrase) {
        if (KeyPointMatcher.significantChars(phrase) >= KeyPointMatcher.MIN_SIGNIFICANT_CHARS) {
            return Optional.empty();
        }
        String kept = KeyPointMatcher.normalize(phrase);
        return Optional.of("'" + phrase + "' normalises to " + (kept.isEmpty() ? "nothing" : "'" + kept + "'")
                + ", which would match almost any answer; use a word or a code name of at least two letters");
    }

    /** Why the model answer fails to cover a key point, if it does. */
    Optional<String> answerProblem(KeyPoint point, String answer) {
        if (matcher.matchedPhrase(point, answer).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("the model answer covers none of its phrases " + point.match()
                + ", so a perfect answer would be marked ✗; add a phrase the answer uses, or say it in the answer");
    }

    /** Why the prompt alone covers a key point, if it does (typing the question back must earn nothing). */
    Optional<String> promptProblem(KeyPoint point, String prompt) {
        return matcher.matchedPhrase(point, prompt).map(phrase -> "the prompt itself contains '" + phrase
                + "', so echoing the question would earn this point; use phrases only a knowing answer adds");
    }

    /** The text's letters and digits only, lower case, words separated by single spaces. */
    private static String words(String text) {
        return KeyPointMatcher.normalize(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The ids of choice questions whose correct option is the single longest. */
    static List<String> correctIsLongest(List<ChoiceQuestion> questions) {
        return questions.stream().filter(DeckQualityRules::correctIsLongest).map(ChoiceQuestion::id).toList();
    }

    /** Whether the correct option is strictly longer than every other option. */
    static boolean correctIsLongest(ChoiceQuestion question) {
        int correct = question.options().get(question.correctIndex()).text().length();
        return question.options().stream().filter(o -> !o.correct()).allMatch(o -> o.text().length() < correct);
    }

    /** A warning when too many of a file's choice questions have the correct option as the longest. */
    Optional<String> lengthBiasProblem(List<ChoiceQuestion> questions) {
        List<String> longest = correctIsLongest(questions);
        if (longest.size() < LONGEST_CORRECT_MIN || longest.size() <= LONGEST_CORRECT_SHARE * questions.size()) {
            return Optional.empty();
        }
        return Optional.of("the correct option is the longest in " + longest.size() + " of " + questions.size()
                + " choice questions (a guessable tell; keep it at most half): " + String.join(", ", longest));
    }
}
