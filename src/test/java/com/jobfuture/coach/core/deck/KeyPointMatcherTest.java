package com.jobfuture.coach.core.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyPointMatcherTest {
    private final KeyPointMatcher matcher = new KeyPointMatcher();
    private final List<KeyPoint> points = List.of(
            new KeyPoint("lazy", List.of("lazy", "not run until")),
            new KeyPoint("locks rows", List.of("lock")),
            new KeyPoint("select_related joins", List.of("select_related", "join")));

    @Test
    void matchesPhrasesAtWordStartsIgnoringCaseAndPunctuation() {
        assertThat(matcher.covered(points, "It's LAZY — the SQL is not run until you iterate; Locking too."))
                .containsExactly(true, true, false);
        assertThat(matcher.covered(points, "use `select-related`, it JOINs")).containsExactly(false, false, true);
    }

    @Test
    void doesNotMatchInsideOtherWords() {
        assertThat(matcher.covered(points, "a code block")).containsExactly(false, false, false);
    }

    @Test
    void matchesCodeNamesAfterDotsAndParentheses() {
        List<KeyPoint> code = List.of(new KeyPoint("object check", List.of("check_object_permissions")),
                new KeyPoint("async count", List.of("acount()")));

        assertThat(matcher.covered(code, "call self.check_object_permissions(request, obj) then await qs.acount()"))
                .containsExactly(true, true);
        assertThat(matcher.covered(code, "use recheck_object_permissions and account()"))
                .containsExactly(false, false);
    }

    @Test
    void phrasesWithoutTwoLettersOrDigitsNeverMatch() {
        List<KeyPoint> symbols = List.of(new KeyPoint("or", List.of("|")), new KeyPoint("dunder", List.of("__")),
                new KeyPoint("format", List.of("%s")));

        assertThat(KeyPointMatcher.significantChars("__")).isZero();
        assertThat(KeyPointMatcher.significantChars("%s")).isEqualTo(1);
        assertThat(KeyPointMatcher.significantChars("Q(a) | Q(b)")).isEqualTo(4);
        assertThat(matcher.covered(symbols, "Q(a) | Q(b), name__startswith, '%s' % x"))
                .containsExactly(false, false, false);
    }

    @Test
    void reportsWhichPhraseMatched() {
        assertThat(matcher.matchedPhrase(points.get(0), "nothing is run until you loop")).isEmpty();
        assertThat(matcher.matchedPhrase(points.get(0), "the SQL is NOT RUN UNTIL you loop")).contains("not run until");
    }

    @Test
    void noTypedAnswerCoversNothing() {
        assertThat(matcher.covered(points, null)).containsExactly(false, false, false);
    }
}
