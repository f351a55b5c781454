package com.jobfuture.coach.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.deck.KeyPoint;
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
    void noTypedAnswerCoversNothing() {
        assertThat(matcher.covered(points, null)).containsExactly(false, false, false);
    }
}
