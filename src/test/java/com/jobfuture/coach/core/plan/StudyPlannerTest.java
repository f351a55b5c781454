package com.jobfuture.coach.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Topic;
import com.jobfuture.coach.core.review.FsrsParameters;
import com.jobfuture.coach.core.review.FsrsScheduler;
import com.jobfuture.coach.core.review.Rating;
import com.jobfuture.coach.core.review.ReviewCard;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The plan's arithmetic: the pace, the review-only tail, and the review forecast against FSRS itself. */
class StudyPlannerTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-03-02");
    private static final ZoneId UTC = ZoneOffset.UTC;
    private final StudyPlanner planner = new StudyPlanner();

    @Test
    void newQuestionsAreSpreadEvenlyBeforeTheLastThreeDays() {
        assertThat(StudyPlanner.reviewOnlyDays(30)).isEqualTo(3);
        assertThat(StudyPlanner.newPerDay(298, 30)).isEqualTo(12);      // ceil(298 / 27)
        assertThat(StudyPlanner.newPerDay(270, 30)).isEqualTo(10);
        assertThat(StudyPlanner.reviewOnlyDays(4)).isEqualTo(3);
        assertThat(StudyPlanner.newPerDay(10, 4)).isEqualTo(10);         // all today, then three days of reviews
        assertThat(StudyPlanner.reviewOnlyDays(2)).isEqualTo(1);
        assertThat(StudyPlanner.reviewOnlyDays(1)).isZero();
        assertThat(StudyPlanner.newPerDay(10, 1)).isEqualTo(10);
        assertThat(StudyPlanner.newPerDay(0, 30)).isZero();
        assertThat(StudyPlanner.newPerDay(10, 0)).isZero();
    }

    @Test
    void aPaceKeptStaysTheSameWhenRecomputedTheNextDay() {
        int perDay = StudyPlanner.newPerDay(270, 30);
        assertThat(StudyPlanner.newPerDay(270 - perDay, 29)).isEqualTo(perDay);
        assertThat(StudyPlanner.newPerDay(270 - 5 * perDay, 25)).isEqualTo(perDay);
        assertThat(StudyPlanner.newPerDay(270, 29)).isGreaterThan(perDay); // a day missed: catch up a little
    }

    @Test
    void thePlanIntroducesEveryNewQuestionAndNothingInTheLastDays() {
        StudyPlan plan = plan(30, 298, List.of());

        assertThat(plan.daysLeft()).isEqualTo(30);
        assertThat(plan.newDays()).isEqualTo(27);
        assertThat(plan.reviewOnlyDays()).isEqualTo(3);
        assertThat(plan.newPerDay()).isEqualTo(12);
        assertThat(IntStream.range(0, 30).map(plan::newOn).sum()).isEqualTo(298);
        assertThat(IntStream.range(27, 30).map(plan::newOn)).containsOnly(0);
        assertThat(plan.expectedReviews()).hasSize(30);
        // Each new question comes back once ten minutes later the same day (its learning step).
        assertThat(plan.expectedReviews().get(0)).isCloseTo(12.0, within(1e-9));
    }

    @Test
    void theForecastFollowsFsrsOwnIntervalsForOneQuestion() {
        FsrsScheduler fsrs = new FsrsScheduler(FsrsParameters.defaults().withFuzz(false), null);
        Instant noon = TODAY.atTime(LocalTime.NOON).atZone(UTC).toInstant();
        ReviewCard learning = fsrs.review(ReviewCard.newCard(noon), Rating.GOOD, noon).card();
        ReviewCard graduated = fsrs.review(learning, Rating.GOOD, learning.due()).card();
        int firstReviewDay = (int) java.time.temporal.ChronoUnit.DAYS.between(TODAY,
                graduated.due().atZone(UTC).toLocalDate());

        ReviewForecast forecast = new ReviewForecast(TODAY, TODAY.plusDays(60), UTC);
        forecast.introduce(TODAY, 1);
        double[] perDay = forecast.expectedPerDay();

        assertThat(perDay[0]).isCloseTo(1.0, within(1e-9));
        assertThat(perDay[firstReviewDay]).isGreaterThan(0.99);        // the first review always comes
        assertThat(IntStream.range(1, firstReviewDay).mapToDouble(d -> perDay[d]).sum()).isZero();
        double total = java.util.Arrays.stream(perDay).sum();
        assertThat(total).isBetween(3.0, 8.0);
        // Forgetting adds reviews: after the first review about 1 in 10 is forgotten and relearned.
        assertThat(perDay[firstReviewDay] + perDay[firstReviewDay + 1]).isGreaterThan(1.05);
    }

    @Test
    void questionsAlreadyStudiedAddTheirReviewsAndOverdueOnesCountToday() {
        Instant now = TODAY.atTime(9, 0).atZone(UTC).toInstant();
        FsrsScheduler fsrs = new FsrsScheduler(FsrsParameters.defaults().withFuzz(false), null);
        ReviewCard overdue = fsrs.review(ReviewCard.newCard(now.minusSeconds(86_400 * 20)), Rating.EASY,
                now.minusSeconds(86_400 * 20)).card();
        assertThat(overdue.due()).isBefore(now);

        StudyPlan plan = plan(10, 0, List.of(overdue));

        assertThat(plan.newPerDay()).isZero();
        // Reviewed today; forgotten with probability 1 - R, then relearned ten minutes later the same day.
        double recall = fsrs.retrievability(overdue, now);
        assertThat(plan.expectedReviews().get(0)).isCloseTo(1.0 + (1.0 - recall), within(1e-9));
        assertThat(plan.averageReviews()).isGreaterThan(0.1);
    }

    @Test
    void averageMinutesCountOneMinutePerNewQuestionAndHalfAMinutePerReview() {
        StudyPlan plan = new StudyPlan(TODAY, TODAY.plusDays(2), 2, 1, 1, 10, 10, List.of(10.0, 20.0), List.of());

        // (10 new × 60 s + 10 reviews × 30 s) + (20 reviews × 30 s) = 1500 s over 2 days = 12.5 min a day.
        assertThat(plan.averageMinutes()).isEqualTo(13);
        assertThat(plan.averageReviews()).isEqualTo(15.0);
        assertThat(plan.peakDay()).isEqualTo(1);
        assertThat(plan.peakReviews()).isEqualTo(20.0);
    }

    private StudyPlan plan(int days, int newQuestions, List<ReviewCard> studied) {
        Topic topic = new Topic("n-plus-one", "N+1 queries", Family.ORM);
        return planner.plan(new StudyPlanner.Input(TODAY, TODAY.plusDays(days), UTC,
                TODAY.atTime(9, 0).atZone(UTC).toInstant(),
                List.of(new TopicStep(topic, OptionalDouble.empty(), newQuestions, "https://docs")), studied));
    }
}
