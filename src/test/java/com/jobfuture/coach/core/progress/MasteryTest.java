package com.jobfuture.coach.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.jobfuture.coach.core.deck.Topic;
import com.jobfuture.coach.core.review.CardState;
import com.jobfuture.coach.core.review.Rating;
import com.jobfuture.coach.core.review.ReviewCard;
import com.jobfuture.coach.testing.CoreFixture;
import com.jobfuture.coach.testing.DrillDecks;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Properties of mastery (docs/progress.md) with the FSRS-6 default parameters: unseen counts 0, a right answer
 * leaves a topic above a wrong one, a wrong answer lowers a practised topic, more stability means more mastery.
 * Topic drill-a has four questions (a1, a2, a4 choice; a3 open), drill-b three.
 */
class MasteryTest {
    static final Instant T0 = CoreFixture.START;
    @TempDir
    Path dir;
    CoreFixture core;
    ReviewRecorder recorder;
    MasteryModel model;
    Topic drillA;
    Topic drillB;

    @BeforeEach
    void setUp() {
        core = new CoreFixture(dir, DrillDecks.write(dir));
        recorder = new ReviewRecorder(core.reviews, core.scheduler);
        model = new MasteryModel(core.scheduler.model());
        drillA = core.decks.catalog().topic("drill-a").orElseThrow();
        drillB = core.decks.catalog().topic("drill-b").orElseThrow();
    }

    @AfterEach
    void tearDown() {
        core.close();
    }

    @Test
    void unseenQuestionsAndTopicsCountZero() {
        long dana = core.user("dana");
        answer(dana, "a1", true, T0);

        ProgressReport report = core.progress.report(dana);

        assertThat(model.recallAhead(null, T0)).isZero();
        assertThat(model.recallAhead(ReviewCard.newCard(T0), T0)).isZero();
        assertThat(report.topics().get(drillB)).isEqualTo(AreaStats.unseen(3));
        // a1 alone: 0.808 of one question of four.
        assertThat(report.topics().get(drillA).mastery()).isCloseTo(0.808 / 4, within(0.001));
        assertThat(report.topics().get(drillA).seen()).isEqualTo(1);
    }

    @Test
    void aRightAnswerLeavesTheTopicAboveAWrongOneWhateverCameBefore() {
        List<List<Answer>> histories = List.of(
                List.of(),
                List.of(new Answer("a1", true, 0)),
                List.of(new Answer("a1", false, 0)),
                List.of(new Answer("a1", true, 0), new Answer("a1", true, 3), new Answer("a2", false, 3)),
                List.of(new Answer("a1", false, 0), new Answer("a1", false, 1), new Answer("a1", true, 2)),
                List.of(new Answer("a1", true, 0), new Answer("a1", true, 4), new Answer("a1", true, 20)));
        int pair = 0;
        for (List<Answer> history : histories) {
            int lastDay = history.isEmpty() ? 0 : history.get(history.size() - 1).day();
            for (int daysLater : new int[] {0, 1, 5}) {
                long right = core.user("right-" + pair);
                long wrong = core.user("wrong-" + pair++);
                for (Answer earlier : history) {
                    Instant when = T0.plus(Duration.ofDays(earlier.day()));
                    recorder.record(right, earlier.questionId(), rating(earlier.right()), earlier.right(), when);
                    recorder.record(wrong, earlier.questionId(), rating(earlier.right()), earlier.right(), when);
                }
                Instant at = T0.plus(Duration.ofDays(lastDay + daysLater)).plusSeconds(60);
                recorder.record(right, "a1", Rating.GOOD, true, at);
                recorder.record(wrong, "a1", Rating.AGAIN, false, at);
                core.clock.set(at.plusSeconds(1));

                assertThat(mastery(right, drillA)).as("after %s, %d days later", history, daysLater)
                        .isGreaterThan(mastery(wrong, drillA));
            }
        }
    }

    @Test
    void aWrongAnswerLowersAPractisedTopicAndASpacedRightOneRaisesIt() {
        long dana = core.user("dana");
        answer(dana, "a1", true, T0);
        answer(dana, "a2", true, T0);
        core.clock.set(T0.plus(Duration.ofDays(3)));
        double before = mastery(dana, drillA);

        answer(dana, "a1", false, core.clock.instant());
        double afterWrong = mastery(dana, drillA);
        answer(dana, "a2", true, core.clock.instant());
        double afterRight = mastery(dana, drillA);

        assertThat(afterWrong).isLessThan(before);
        assertThat(afterRight).isGreaterThan(afterWrong);
        // Same day, right after a right answer: a wrong one still lowers it.
        answer(dana, "a4", true, core.clock.instant());
        double withA4 = mastery(dana, drillA);
        answer(dana, "a4", false, core.clock.instant());
        assertThat(mastery(dana, drillA)).isLessThan(withA4);
    }

    @Test
    void moreStabilityMeansMoreMasteryAndTimeWithoutPracticeMeansLess() {
        double previous = 0;
        for (double stability : new double[] {0.01, 0.2, 1, 2.3, 8, 30, 120, 1000}) {
            ReviewCard card = new ReviewCard(CardState.REVIEW, 0, stability, 5, T0, T0);
            double recall = model.recallAhead(card, T0);
            assertThat(recall).as("stability %s", stability).isGreaterThan(previous).isLessThan(1);
            previous = recall;
        }
        ReviewCard card = new ReviewCard(CardState.REVIEW, 0, 10, 5, T0, T0);
        assertThat(model.recallAhead(card, T0.plus(Duration.ofDays(30))))
                .isLessThan(model.recallAhead(card, T0.plus(Duration.ofDays(1))));
    }

    @Test
    void theWeakestTopicsArePractisedOnesWithTheLowestMasteryNeverUnseenOnes() {
        long dana = core.user("dana");
        answer(dana, "a1", false, T0);

        assertThat(core.progress.report(dana).weakestTopics()).containsExactly(drillA);

        answer(dana, "b2", true, T0);
        assertThat(core.progress.report(dana).weakestTopics()).containsExactly(drillA, drillB);
    }

    @Test
    void recentAccuracyLooksAtTheLastTwentyAnswersOfTheArea() {
        long dana = core.user("dana");
        Instant at = T0;
        for (int i = 0; i < 5; i++) {
            answer(dana, "a1", false, at = at.plusSeconds(60));
        }
        for (int i = 0; i < 20; i++) {
            answer(dana, "a2", true, at = at.plusSeconds(60));
        }
        assertThat(core.progress.report(dana).topics().get(drillA)).extracting(AreaStats::recentRight,
                AreaStats::recentAnswers).containsExactly(20, 20);

        recorder.record(dana, "a3", Rating.HARD, null, at = at.plusSeconds(60));   // open, Hard: right
        recorder.record(dana, "a3", Rating.AGAIN, null, at.plusSeconds(60));       // open, Again: wrong
        answer(dana, "b2", false, at.plusSeconds(120));

        ProgressReport report = core.progress.report(dana);
        assertThat(report.topics().get(drillA)).extracting(AreaStats::recentRight, AreaStats::recentAnswers,
                AreaStats::seen, AreaStats::total).containsExactly(19, 20, 3, 4);
        assertThat(report.topics().get(drillA).recentAccuracy().orElseThrow()).isCloseTo(0.95, within(1e-9));
        assertThat(report.topics().get(drillB)).extracting(AreaStats::recentRight, AreaStats::recentAnswers)
                .containsExactly(0, 1);
        assertThat(report.families().get(drillA.family())).extracting(AreaStats::recentRight,
                AreaStats::recentAnswers).containsExactly(19, 20);
    }

    private record Answer(String questionId, boolean right, int day) {
    }

    private static Rating rating(boolean right) {
        return right ? Rating.GOOD : Rating.AGAIN;
    }

    private void answer(long user, String questionId, boolean right, Instant at) {
        recorder.record(user, questionId, rating(right), right, at);
        if (core.clock.instant().isBefore(at)) {
            core.clock.set(at);
        }
    }

    private double mastery(long user, Topic topic) {
        return core.progress.report(user).topics().get(topic).mastery();
    }
}
