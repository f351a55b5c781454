package com.jobfuture.coach.core.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.deck.KeyPointMatcher;
import com.jobfuture.coach.core.deck.OpenQuestion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The keyword grader is the deck's matcher with reasons: same flags, so nothing regresses for tiny machines. */
class KeywordGraderTest {
    final KeywordGrader grader = new KeywordGrader();
    final OpenQuestion lazy = GradingQuestions.laziness();

    @Test
    void flagsAreExactlyTheMatchersAndTheReasonNamesThePhraseFound() {
        for (String answer : List.of("it is lazy; iterating runs it", "results are cached", "no idea",
                "Lazy. len(qs) runs it. CACHE!", "")) {
            assertThat(grader.grade(lazy, answer).covered()).as(answer)
                    .isEqualTo(new KeyPointMatcher().covered(lazy.keyPoints(), answer));
        }
        assertThat(grader.grade(lazy, "it is lazy").points().get(0).reason()).isEqualTo("you said “lazy”");
    }

    @Test
    void paraphraseWithoutTheDecksWordsIsMissed() {
        Grade grade = grader.grade(lazy, "nothing hits the database until you actually use the results");

        assertThat(grade.covered()).containsExactly(false, false, false);
    }

    @Test
    void negationIsNotSeen() {
        assertThat(grader.grade(lazy, "it is NOT lazy").covered().get(0)).isTrue();
    }

    @Test
    void emptyHugeAndNonEnglishAnswers() {
        assertThat(grader.grade(lazy, null).points()).extracting(PointVerdict::reason).containsOnly("nothing typed");
        assertThat(grader.grade(lazy, "lazy ".repeat(10_000)).covered()).containsExactly(true, false, false);
        assertThat(grader.grade(lazy, "Кверисет ленивый").covered()).containsExactly(false, false, false);
    }
}
