package com.jobfuture.coach.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Scope;
import com.jobfuture.coach.core.quiz.QuizOutcome;
import com.jobfuture.coach.testing.CoreFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressServiceTest {
    @TempDir
    Path dir;
    CoreFixture core;
    long dana;

    @BeforeEach
    void setUp() {
        core = new CoreFixture(dir);
        dana = core.user("dana");
    }

    @AfterEach
    void tearDown() {
        core.close();
    }

    @Test
    void emptyProgressForANewUser() {
        ProgressReport report = core.progress.report(dana);

        assertThat(report.answered()).isZero();
        assertThat(report.dueToday()).isZero();
        assertThat(report.streakDays()).isZero();
        assertThat(report.familyMastery()).containsOnlyKeys(Family.ORM, Family.SECURITY);
        assertThat(report.familyMastery().values()).allMatch(m -> m == 0.0);
        assertThat(report.weakestTopics()).isEmpty();
    }

    @Test
    void masteryIsTheMeanRecallAWeekAheadOverTheTopicsQuestions() {
        answerSecurityRight();

        ProgressReport report = core.progress.report(dana);

        // One question in the security topic, answered right a moment ago: FSRS-6 stability w2 = 2.3065 days,
        // recall 7 days later (1 + 0.98035 * 7 / 2.3065)^-0.1542 = 0.808. Not 100%: one right answer is not
        // knowing it for good.
        assertThat(report.familyMastery().get(Family.SECURITY)).isCloseTo(0.808, within(0.001));
        assertThat(report.familyMastery().get(Family.ORM)).isZero();
        assertThat(report.families().get(Family.SECURITY)).isEqualTo(new AreaStats(
                report.familyMastery().get(Family.SECURITY), 1, 1, 1, 1));
        assertThat(report.families().get(Family.ORM)).isEqualTo(AreaStats.unseen(3));
        assertThat(report.answered()).isEqualTo(1);
        assertThat(report.studied()).isEqualTo(1);
        assertThat(report.dueToday()).isEqualTo(1); // a learning step: due again in 10 minutes

        core.clock.advance(Duration.ofDays(30));
        assertThat(core.progress.report(dana).familyMastery().get(Family.SECURITY)).isLessThan(0.7);
    }

    @Test
    void streakCountsConsecutiveDaysAndSurvivesUntilTheDayEnds() {
        answerAnything();                            // day 1
        core.clock.advance(Duration.ofDays(1));
        answerAnything();                            // day 2
        core.clock.advance(Duration.ofDays(1));
        answerAnything();                            // day 3

        assertThat(core.progress.report(dana).streakDays()).isEqualTo(3);
        core.clock.advance(Duration.ofDays(1));      // day 4, nothing answered yet today
        assertThat(core.progress.report(dana).streakDays()).isEqualTo(3);
        core.clock.advance(Duration.ofDays(1));      // day 5: day 4 was missed
        assertThat(core.progress.report(dana).streakDays()).isZero();
    }

    @Test
    void streakDaysFollowTheConfiguredTimeZone() {
        // 23:30 and 00:30 UTC are two calendar days in UTC, but 08:30 and 09:30 of one day in Tokyo.
        core.clock.set(java.time.Instant.parse("2026-03-02T23:30:00Z"));
        answerAnything();
        core.clock.advance(Duration.ofHours(1));
        answerAnything();
        ProgressService tokyo = new ProgressService(core.decks, core.reviews, core.scheduler, core.clock,
                ZoneId.of("Asia/Tokyo"));

        assertThat(core.progress.report(dana).streakDays()).isEqualTo(2);
        assertThat(tokyo.report(dana).streakDays()).isEqualTo(1);
    }

    private void answerSecurityRight() {
        QuizOutcome asked = core.quiz.start(dana, Scope.of(core.decks.catalog().topic("web-security").orElseThrow()));
        assertThat(asked).isInstanceOf(QuizOutcome.Asked.class);
        assertThat(core.quiz.answerChoice(dana, 1, 0)).isInstanceOf(QuizOutcome.ChoiceGraded.class);
        core.quiz.stop(dana);
    }

    /** Answers whatever the quiz asks first (due or new), as a returning user would. */
    private void answerAnything() {
        QuizOutcome.Asked asked = (QuizOutcome.Asked) core.quiz.start(dana, Scope.all());
        if (asked.question() instanceof com.jobfuture.coach.core.deck.ChoiceQuestion) {
            core.quiz.answerChoice(dana, asked.session().seq(), 0);
        } else {
            core.quiz.reveal(dana, asked.session().seq(), null);
            core.quiz.rate(dana, asked.session().seq(), com.jobfuture.coach.core.review.Rating.GOOD);
        }
        core.quiz.stop(dana);
    }
}
