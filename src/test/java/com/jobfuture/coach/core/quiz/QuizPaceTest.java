package com.jobfuture.coach.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.deck.ChoiceQuestion;
import com.jobfuture.coach.core.deck.Scope;
import com.jobfuture.coach.core.grading.KeywordGrader;
import com.jobfuture.coach.core.plan.PlanService;
import com.jobfuture.coach.core.plan.RetentionPolicy;
import com.jobfuture.coach.core.review.CardState;
import com.jobfuture.coach.core.review.Rating;
import com.jobfuture.coach.core.review.ReviewCard;
import com.jobfuture.coach.storage.JdbcAnswerGradeRepository;
import com.jobfuture.coach.testing.ReminderFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quiz following the study plan's pace (test decks: 4 questions): with an interview date it starts at most the
 * plan's new questions a day, then asks only reviews and says why; it schedules answers for the plan's desired
 * retention. Users without an interview date are not limited.
 */
class QuizPaceTest {
    private static final Instant MORNING = Instant.parse("2026-03-02T09:00:00Z");
    @TempDir
    Path dir;
    ReminderFixture fx;
    PlanService plans;
    QuizService quiz;
    QuizRenderer renderer;

    @BeforeEach
    void setUp() {
        fx = new ReminderFixture(dir);
        fx.core.clock.set(MORNING);
        plans = new PlanService(fx.settings, fx.core.decks, fx.core.reviews, fx.core.progress, fx.core.clock);
        quiz = new QuizService(fx.core.decks, fx.core.reviews, fx.core.sessions, fx.core.database,
                fx.core.scheduler, fx.core.clock, new Random(3),
                new AnswerGrades(new KeywordGrader(), new JdbcAnswerGradeRepository(fx.core.database)), plans);
        renderer = new QuizRenderer(fx.core.clock);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void atMostThePacesNewQuestionsADayThenOnlyReviewsAndTheQuizSaysWhy() {
        fx.set("dana", "interview 2026-03-07");            // 5 days: 2 with new questions, 3 of reviews
        long dana = fx.user("dana");
        assertThat(plans.newQuestionsPerDay(dana)).isEqualTo(OptionalInt.of(2));

        List<QuizOutcome.Asked> asked = new ArrayList<>();
        QuizOutcome end = answerAll(dana, quiz.start(dana, Scope.all()), asked);

        assertThat(asked).hasSize(2).noneMatch(QuizOutcome.Asked::review);
        assertThat(end).isInstanceOfSatisfying(QuizOutcome.AllDone.class,
                done -> assertThat(done.pace()).isEqualTo(OptionalInt.of(2)));
        Reply why = renderer.render(end).get(0);
        assertThat(why.text()).startsWith("That's today's 2 new questions: your plan spreads the rest over the days "
                + "before your interview (/plan)").contains("only reviews come until then", "Next review in ");
        assertThat(why.buttons()).extracting(Button::action).containsExactly("plan", "progress");

        fx.core.clock.advance(Duration.ofHours(1));           // the two come back (learning steps): reviews only
        asked.clear();
        end = answerAll(dana, quiz.start(dana, Scope.all()), asked);
        assertThat(asked).isNotEmpty().allMatch(QuizOutcome.Asked::review);
        assertThat(end).isInstanceOfSatisfying(QuizOutcome.AllDone.class,
                done -> assertThat(done.pace()).isEqualTo(OptionalInt.of(2)));

        fx.core.clock.set(Instant.parse("2026-03-03T09:00:00Z")); // the next day: new questions again
        asked.clear();
        answerAll(dana, quiz.start(dana, Scope.all()), asked);
        assertThat(asked.stream().filter(a -> !a.review()).count()).isEqualTo(2);
        assertThat(plans.newQuestionsLeftToday(dana)).isEqualTo(OptionalInt.of(0));
    }

    @Test
    void withoutAnInterviewDateEveryNewQuestionComesTheSameDay() {
        long sam = fx.user("sam");
        List<QuizOutcome.Asked> asked = new ArrayList<>();

        QuizOutcome end = answerAll(sam, quiz.start(sam, Scope.all()), asked);

        assertThat(asked.stream().filter(a -> !a.review()).map(a -> a.question().id()).distinct()).hasSize(4);
        assertThat(end).isInstanceOfSatisfying(QuizOutcome.AllDone.class, done -> assertThat(done.pace()).isEmpty());
        assertThat(renderer.render(end).get(0).text()).startsWith("You're all caught up on");
    }

    @Test
    void answersAreScheduledForTheRetentionTheInterviewAsks() {
        fx.set("dana", "interview 2026-03-07");               // 5 days left: retention 0.935
        fx.set("sam", "interview 2026-06-01");                // far away: 0.90
        double close = RetentionPolicy.on(LocalDate.of(2026, 3, 2), java.util.Optional.of(LocalDate.of(2026, 3, 7)));
        assertThat(close).isEqualTo(0.935);
        ReviewCard learnt = new ReviewCard(CardState.REVIEW, 0, 30.0, 5.0, MORNING, MORNING.minus(Duration.ofDays(30)));
        Duration danas = reviewRight(fx.user("dana"), learnt);
        Duration sams = reviewRight(fx.user("sam"), learnt);

        assertThat(sams).isEqualTo(fx.core.scheduler.review(learnt, Rating.GOOD, MORNING).interval());
        assertThat(danas).isEqualTo(fx.core.scheduler.withDesiredRetention(close).review(learnt, Rating.GOOD, MORNING)
                .interval()).isLessThan(sams);
    }

    /** A 30-day-stable card of the security question, due now, answered right in a quiz; the interval given. */
    private Duration reviewRight(long userId, ReviewCard card) {
        fx.core.reviews.saveCard(userId, "sec-csrf-token", card);
        QuizOutcome asked = quiz.start(userId, Scope.all());
        assertThat(asked).isInstanceOfSatisfying(QuizOutcome.Asked.class, a -> {
            assertThat(a.review()).isTrue();
            assertThat(a.question().id()).isEqualTo("sec-csrf-token");
        });
        QuizOutcome graded = answerRight(userId, (QuizOutcome.Asked) asked);
        quiz.stop(userId);
        return ((QuizOutcome.ChoiceGraded) graded).interval();
    }

    /** Answers every question the quiz asks right (choice: the right option; open: Good) until it ends. */
    private QuizOutcome answerAll(long userId, QuizOutcome outcome, List<QuizOutcome.Asked> asked) {
        QuizOutcome current = outcome;
        for (int i = 0; i < 20 && current instanceof QuizOutcome.Asked question; i++) {
            asked.add(question);
            answerRight(userId, question);
            current = quiz.next(userId);
        }
        return current;
    }

    private QuizOutcome answerRight(long userId, QuizOutcome.Asked asked) {
        int seq = asked.session().seq();
        if (asked.question() instanceof ChoiceQuestion choice) {
            int right = 0;
            while (!choice.options().get(right).correct()) {
                right++;
            }
            return quiz.answerChoice(userId, seq, right);
        }
        quiz.reveal(userId, seq, null);
        return quiz.rate(userId, seq, Rating.GOOD);
    }
}
