package com.jobfuture.coach.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.ChatRequest;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.progress.ReviewLogEntry;
import com.jobfuture.coach.core.review.Rating;
import com.jobfuture.coach.core.review.ReviewCard;
import com.jobfuture.coach.testing.ReminderFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /plan and the pace the quiz will follow, over the test decks (3 ORM questions, 1 security question). */
class PlanChatTest {
    @TempDir
    Path dir;
    ReminderFixture fx;
    PlanService plans;
    PlanChat chat;
    long dana;

    @BeforeEach
    void setUp() {
        fx = new ReminderFixture(dir);
        plans = new PlanService(fx.settings, fx.core.decks, fx.core.reviews, fx.core.progress, fx.core.clock);
        chat = new PlanChat(plans);
        dana = fx.user("dana");
        fx.core.clock.set(Instant.parse("2026-03-02T09:00:00Z"));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void withoutAnInterviewDateItSaysHowToSetOne() {
        Reply reply = plan();

        assertThat(reply.text()).contains("Tell me when your interview is", "all areas, every level",
                "/settings interview 2027-03-01");
        assertThat(plans.newQuestionsPerDay(dana)).isEmpty();
        assertThat(plans.newQuestionsLeftToday(dana)).isEmpty();
        assertThat(plans.desiredRetention(dana)).isEqualTo(RetentionPolicy.BASE);
    }

    @Test
    void aPaceThatCoversEveryTopicWeakestFirstWithDocs() {
        answer("sec-csrf-token", Rating.EASY);      // security: practised, strong
        answer("orm-loop-count", Rating.AGAIN);     // ORM: practised, weak
        fx.set("dana", "interview 2026-03-12");     // 10 days: 7 days with new questions, then 3 of reviews
        fx.set("dana", "goal 1");

        Reply reply = plan();

        assertThat(reply.text()).startsWith("Your plan · interview 2026-03-12 (in 10 days) · all areas, every level")
                .contains("• 1 new question a day for 7 days, then 3 days of reviews only — 2 new questions cover "
                        + "2 topics.")
                .contains("• Reviews (estimated from FSRS intervals): about ")
                .contains("• Your daily goal: 1 question; this plan asks about ", "raise the goal")
                .contains("Weakest first:\n1. N+1 queries (ORM) · ", "% mastery · 2 new — "
                        + "https://docs.djangoproject.com/en/5.2/ref/models/querysets/#prefetch-related\n"
                        + "2. Web security (Security) · ", "https://docs.djangoproject.com/en/5.2/ref/csrf/");
        assertThat(reply.buttons()).extracting(Button::action).containsExactly("quiz:topic:n-plus-one", "settings");
        assertThat(plans.newQuestionsPerDay(dana)).isEqualTo(OptionalInt.of(1));
    }

    @Test
    void topicsNotStartedComeAfterThePractisedOnesAndTheLevelNarrowsThePool() {
        answer("sec-csrf-token", Rating.GOOD);
        fx.set("dana", "interview 2026-03-05");     // 3 days: new questions today, then 2 days of reviews
        fx.set("dana", "level junior");             // ORM: only orm-loop-count is junior

        PlanService.Outcome.Planned planned = (PlanService.Outcome.Planned) plans.planFor(dana);

        assertThat(planned.plan().topics()).extracting(s -> s.topic().id()).containsExactly("web-security",
                "n-plus-one");
        assertThat(planned.plan().topics().get(1).mastery()).isEmpty();
        assertThat(planned.plan().newTotal()).isEqualTo(1);
        assertThat(planned.plan().newPerDay()).isEqualTo(1);
        assertThat(plan().text()).contains("· all areas, up to junior",
                "2. N+1 queries (ORM) · not started · 1 new");
    }

    @Test
    void theQuizPaceCountsQuestionsStartedTodayAndRetentionRisesInTheLastTwoWeeks() {
        fx.set("dana", "interview 2026-03-06");     // 4 days: everything new today, then 3 days of reviews
        assertThat(plans.newQuestionsPerDay(dana)).isEqualTo(OptionalInt.of(4));
        answer("orm-loop-count", Rating.GOOD);
        answer("orm-loop-count", Rating.GOOD);      // a review of the same question is not a new one

        assertThat(plans.newQuestionsPerDay(dana)).isEqualTo(OptionalInt.of(4)); // today's pace holds all day
        assertThat(plans.newQuestionsLeftToday(dana)).isEqualTo(OptionalInt.of(3));
        assertThat(plans.desiredRetention(dana)).isEqualTo(0.938) // 4 days before: 0.90 + 0.05 × 10/13
                .isEqualTo(RetentionPolicy.on(LocalDate.parse("2026-03-02"), Optional.of(LocalDate.parse("2026-03-06"))));

        fx.core.clock.advance(Duration.ofDays(1));               // 3 days left: the rest new today
        assertThat(plans.newQuestionsPerDay(dana)).isEqualTo(OptionalInt.of(3));
        assertThat(plans.newQuestionsLeftToday(dana)).isEqualTo(OptionalInt.of(3));
    }

    @Test
    void onTheDayAndAfterIt() {
        answer("orm-loop-count", Rating.AGAIN);
        fx.set("dana", "interview 2026-03-02");

        assertThat(plan().text()).startsWith("Your interview is today — good luck!")
                .contains("1. N+1 queries (ORM) · ");
        fx.core.clock.advance(Duration.ofDays(2));
        assertThat(plan().text()).contains("Your interview date (2026-03-02) has passed");
        assertThat(plans.newQuestionsPerDay(dana)).isEmpty();
    }

    @Test
    void aTargetLevelWithNoQuestionsInTheAreasSaysSo() {
        fx.set("dana", "areas security");
        fx.set("dana", "level middle");               // the only security question is junior: still in the pool
        fx.set("dana", "interview 2026-04-01");
        assertThat(plan().text()).contains("1 new question covers 1 topic");

        fx.set("dana", "areas python");               // no python questions in the test decks
        assertThat(plan().text()).contains("No questions match these areas and level yet");
    }

    @Test
    void areasLimitThePlan() {
        fx.set("dana", "areas security");
        fx.set("dana", "interview 2026-04-01");

        Reply reply = plan();

        assertThat(reply.text()).contains("· Security, every level", "1 new question covers 1 topic")
                .doesNotContain("N+1");
    }

    private Reply plan() {
        List<Reply> replies = chat.onCommand(new ChatRequest(dana, new ChatUser("test", "dana", "dana", false), false),
                "plan", "");
        assertThat(replies).hasSize(1);
        return replies.get(0);
    }

    /** Records an answer as the quiz does: the card is reviewed and the answer logged, at the clock's time. */
    private void answer(String questionId, Rating rating) {
        Instant now = fx.core.clock.instant();
        ReviewCard card = fx.core.reviews.cards(dana).getOrDefault(questionId, ReviewCard.newCard(now));
        fx.core.reviews.saveCard(dana, questionId, fx.core.scheduler.review(card, rating, now).card());
        fx.core.reviews.log(new ReviewLogEntry(dana, questionId, rating, null, now));
    }
}
