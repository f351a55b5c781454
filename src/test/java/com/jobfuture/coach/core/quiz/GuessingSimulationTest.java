package com.jobfuture.coach.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.jobfuture.coach.core.deck.ChoiceOption;
import com.jobfuture.coach.core.deck.ChoiceQuestion;
import com.jobfuture.coach.core.deck.DeckLoader;
import com.jobfuture.coach.core.deck.DeckRegistry;
import com.jobfuture.coach.core.deck.OptionOrder;
import com.jobfuture.coach.core.deck.Scope;
import com.jobfuture.coach.core.review.FsrsParameters;
import com.jobfuture.coach.core.review.FsrsScheduler;
import com.jobfuture.coach.core.grading.KeywordGrader;
import com.jobfuture.coach.storage.Database;
import com.jobfuture.coach.storage.JdbcAnswerGradeRepository;
import com.jobfuture.coach.storage.JdbcQuizSessionRepository;
import com.jobfuture.coach.storage.JdbcReviewRepository;
import com.jobfuture.coach.storage.JdbcUserRepository;
import com.jobfuture.coach.core.user.UserDirectory;
import com.jobfuture.coach.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Someone who does not read the questions must score at chance. Over the shipped decks (questions/) a blind
 * strategy answers choice questions through the quiz as a user would (open questions skipped, missed ones coming
 * back); on the first {@value #PRESENTED} choice questions it is shown for the first time its share of right
 * answers must be within 10 points of chance, the mean over those questions of 1 / number of options. Only first
 * showings count: a missed question comes back and a right one does not, so counting the returns would weigh the
 * questions a strategy gets wrong up to three times and hide a bias.
 */
class GuessingSimulationTest {
    static final Path SHIPPED_DECKS = Path.of("questions");
    static final int PRESENTED = 250;
    static final double TOLERANCE = 0.10;
    @TempDir
    Path dir;
    Database database;
    QuizService quiz;
    UserDirectory users;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

    @BeforeEach
    void setUp() {
        database = Database.open(dir.resolve("coach.db"));
        DeckRegistry decks = DeckRegistry.load(List.of(SHIPPED_DECKS), new DeckLoader(), new ArrayList<>());
        assertThat(decks.catalog().size()).as("shipped questions").isGreaterThan(300);
        FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.defaults().withFuzz(false), null);
        quiz = new QuizService(decks, new JdbcReviewRepository(database), new JdbcQuizSessionRepository(database),
                database, scheduler, clock, new Random(2026),
                new AnswerGrades(new KeywordGrader(), new JdbcAnswerGradeRepository(database)));
        users = new UserDirectory(new JdbcUserRepository(database), clock);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void alwaysPressingTheFirstOptionShownScoresAtChance() {
        assertAtChance("always the first option shown", shown -> 0);
    }

    @Test
    void pressingAtRandomScoresAtChance() {
        Random random = new Random(11);
        assertAtChance("a random option", shown -> random.nextInt(shown.size()));
    }

    /**
     * Needs decks where the right option is not usually the longest (issue 10, item 4): options are shuffled, so
     * only the decks' wording can make this strategy beat chance.
     */
    @Test
    void alwaysPressingTheLongestOptionScoresAtChance() {
        assertAtChance("always the longest option", shown -> {
            int longest = 0;
            for (int i = 1; i < shown.size(); i++) {
                if (shown.get(i).text().length() > shown.get(longest).text().length()) {
                    longest = i;
                }
            }
            return longest;
        });
    }

    /** Runs the strategy (options as displayed → the position it presses) and checks its score. */
    private void assertAtChance(String strategy, ToIntFunction<List<ChoiceOption>> press) {
        long user = users.userId("sim", strategy, strategy);
        int presented = 0;
        int right = 0;
        double chance = 0;
        QuizOutcome outcome = quiz.start(user, Scope.all());
        for (int steps = 0; presented < PRESENTED; steps++) {
            assertThat(steps).as("steps for %d new choice questions", presented).isLessThan(5 * PRESENTED);
            assertThat(outcome).as("the quiz ran out after %d new choice questions", presented)
                    .isInstanceOf(QuizOutcome.Asked.class);
            QuizOutcome.Asked asked = (QuizOutcome.Asked) outcome;
            int seq = asked.session().seq();
            if (asked.question() instanceof ChoiceQuestion question) {
                OptionOrder order = asked.session().orderOf(question);
                int option = order.deckIndexAt(press.applyAsInt(order.displayed(question)));
                QuizOutcome.ChoiceGraded graded = (QuizOutcome.ChoiceGraded) quiz.answerChoice(user, seq, option);
                if (!asked.review()) {
                    presented++;
                    right += graded.correct() ? 1 : 0;
                    chance += 1.0 / question.options().size();
                }
                outcome = quiz.next(user);
            } else {
                outcome = quiz.skip(user, seq);
            }
            clock.advance(Duration.ofSeconds(30));
        }
        double score = right / (double) presented;
        double expected = chance / presented;
        System.out.printf("Guessing simulation, %s: %d right of %d new choice questions (%.1f%%), chance %.1f%%%n",
                strategy, right, presented, 100 * score, 100 * expected);
        assertThat(score).as("%s: %d right of %d new choice questions (%.1f%%), chance %.1f%%", strategy, right,
                presented, 100 * score, 100 * expected).isCloseTo(expected, within(TOLERANCE));
    }
}
