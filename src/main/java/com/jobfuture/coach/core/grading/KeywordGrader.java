package com.jobfuture.coach.core.grading;

import com.jobfuture.coach.core.deck.KeyPoint;
import com.jobfuture.coach.core.deck.KeyPointMatcher;
import com.jobfuture.coach.core.deck.OpenQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Grades by the deck's match phrases ({@link KeyPointMatcher}): a point is covered when the answer contains one of
 * its phrases at a word start. Fast and dependency-free, for tiny machines; it misses paraphrases and cannot see
 * negation. Thread-safe.
 */
public final class KeywordGrader implements AnswerGrader {
    public static final String NAME = "keywords";
    private final KeyPointMatcher matcher = new KeyPointMatcher();

    @Override
    public Grade grade(OpenQuestion question, String typedAnswer) {
        List<PointVerdict> verdicts = new ArrayList<>();
        boolean typed = typedAnswer != null && !typedAnswer.isBlank();
        for (KeyPoint point : question.keyPoints()) {
            Optional<String> phrase = typed ? matcher.matchedPhrase(point, typedAnswer) : Optional.empty();
            verdicts.add(phrase.map(p -> new PointVerdict(true, Reasons.saidWord(p)))
                    .orElseGet(() -> new PointVerdict(false, typed ? Reasons.MISSING : Reasons.NOTHING_TYPED)));
        }
        return new Grade(NAME, verdicts);
    }

    @Override
    public String name() {
        return NAME;
    }
}
