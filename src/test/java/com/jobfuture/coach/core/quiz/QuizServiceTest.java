package com.jobfuture.coach.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.testing.StorageTest;
import com.jobfuture.coach.testing.TestStorage;
import com.jobfuture.coach.core.deck.Scope;
import com.jobfuture.coach.core.review.CardState;
import com.jobfuture.coach.core.review.Rating;
import com.jobfuture.coach.core.review.ReviewCard;
import com.jobfuture.coach.testing.CoreFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Nested;

class QuizServiceTest {
    @Nested
    class OnSqlite extends QuizServiceCases {
        OnSqlite() {
            super(TestStorage.SQLITE);
        }
    }

    @Nested
    class OnPostgres extends QuizServiceCases {
        OnPostgres() {
            super(TestStorage.POSTGRESQL);
        }
    }
}

/** The cases, run on each database. */
abstract class QuizServiceCases extends StorageTest {
    CoreFixture core;
    long dana;

    QuizServiceCases(TestStorage storage) {
        super(storage);
    }

    @BeforeEach
    void setUp() {
        core = CoreFixture.on(db, folder);
        dana = core.user("dana");
    }

    @Test
    void newQuestionsComeEasiestFirstAcrossTopics() {
        QuizOutcome first = core.quiz.start(dana, Scope.all());

        QuizOutcome.Asked asked = (QuizOutcome.Asked) first;
        assertThat(asked.question().id()).isEqualTo("orm-loop-count");
        assertThat(asked.review()).isFalse();
        assertThat(asked.session().seq()).isEqualTo(1);
        assertThat(core.sessions.find(dana)).isPresent();

        core.quiz.skip(dana, 1);
        QuizOutcome.Asked second = (QuizOutcome.Asked) core.quiz.current(dana).map(o -> toAsked(o)).orElseThrow();
        assertThat(second.question().id()).isEqualTo("sec-csrf-token");
    }

    @Test
    void rightChoiceIsCommittedAsGoodAndWrongAsAgain() {
        core.quiz.start(dana, Scope.all());

        QuizOutcome.ChoiceGraded graded = (QuizOutcome.ChoiceGraded) core.quiz.answerChoice(dana, 1, 1);

        assertThat(graded.correct()).isTrue();
        assertThat(graded.session().answered()).isEqualTo(1);
        assertThat(graded.session().correct()).isEqualTo(1);
        ReviewCard card = core.reviews.cards(dana).get("orm-loop-count");
        assertThat(card.state()).isNotEqualTo(CardState.NEW);
        assertThat(card.due()).isEqualTo(core.clock.instant().plus(graded.interval()));
        assertThat(core.reviews.answerCount(dana)).isEqualTo(1);

        QuizOutcome.Asked next = (QuizOutcome.Asked) core.quiz.next(dana);
        QuizOutcome.ChoiceGraded wrong = (QuizOutcome.ChoiceGraded) core.quiz.answerChoice(dana,
                next.session().seq(), 1);
        assertThat(wrong.correct()).isFalse();
        assertThat(wrong.interval()).isLessThanOrEqualTo(Duration.ofMinutes(10));
        assertThat(core.reviews.answerCount(dana)).isEqualTo(2);
    }

    @Test
    void dueReviewsComeBeforeNewQuestions() {
        core.quiz.start(dana, Scope.of(core.decks.catalog().topic("n-plus-one").orElseThrow()));
        core.quiz.answerChoice(dana, 1, 0);
        core.quiz.stop(dana);

        core.clock.advance(Duration.ofHours(1));
        QuizOutcome.Asked asked = (QuizOutcome.Asked) core.quiz.start(dana, Scope.all());

        assertThat(asked.question().id()).isEqualTo("orm-loop-count");
        assertThat(asked.review()).isTrue();
    }

    @Test
    void openQuestionRevealsKeyPointsThenRecordsTheRating() {
        core.quiz.start(dana, Scope.of(core.decks.catalog().topic("n-plus-one").orElseThrow()));
        core.quiz.skip(dana, 1);
        QuizOutcome.Asked open = (QuizOutcome.Asked) core.quiz.current(dana).map(QuizServiceCases::toAsked)
                .orElseThrow();
        assertThat(open.question().id()).isEqualTo("orm-select-vs-prefetch");
        assertThat(core.quiz.awaitsTypedAnswer(dana)).isTrue();

        QuizOutcome.Revealed revealed = (QuizOutcome.Revealed) core.quiz.reveal(dana, null,
                "select_related does a JOIN in SQL");

        assertThat(revealed.covered()).containsExactly(true, false);
        assertThat(revealed.typedAnswer()).isEqualTo("select_related does a JOIN in SQL");
        assertThat(core.reviews.answerCount(dana)).isZero();

        QuizOutcome.Rated rated = (QuizOutcome.Rated) core.quiz.rate(dana, open.session().seq(), Rating.HARD);

        assertThat(rated.rating()).isEqualTo(Rating.HARD);
        assertThat(core.reviews.cards(dana)).containsKey("orm-select-vs-prefetch");
        assertThat(core.reviews.answerCount(dana)).isEqualTo(1);
    }

    @Test
    void staleButtonsChangeNothing() {
        core.quiz.start(dana, Scope.all());
        core.quiz.answerChoice(dana, 1, 1);
        core.quiz.next(dana);

        QuizOutcome again = core.quiz.answerChoice(dana, 1, 1);
        QuizOutcome rateWrongPhase = core.quiz.rate(dana, 2, Rating.EASY);

        assertThat(again).isInstanceOf(QuizOutcome.Stale.class);
        assertThat(((QuizOutcome.Stale) again).current()).get().isInstanceOf(QuizOutcome.Pending.class);
        assertThat(rateWrongPhase).isInstanceOf(QuizOutcome.Stale.class);
        assertThat(core.reviews.answerCount(dana)).isEqualTo(1);
    }

    @Test
    void nextBeforeAnsweringKeepsTheQuestion() {
        core.quiz.start(dana, Scope.all());

        QuizOutcome next = core.quiz.next(dana);

        assertThat(next).isInstanceOf(QuizOutcome.Pending.class);
        assertThat(((QuizOutcome.Pending) next).question().id()).isEqualTo("orm-loop-count");
    }

    @Test
    void scopeRunsOutAndTellsWhenTheNextReviewIsDue() {
        Scope security = Scope.of(core.decks.catalog().topic("web-security").orElseThrow());
        core.quiz.start(dana, security);
        QuizOutcome.ChoiceGraded graded = (QuizOutcome.ChoiceGraded) core.quiz.answerChoice(dana, 1, 0);

        QuizOutcome done = core.quiz.next(dana);

        assertThat(done).isInstanceOf(QuizOutcome.AllDone.class);
        QuizOutcome.AllDone allDone = (QuizOutcome.AllDone) done;
        assertThat(allDone.answered()).isEqualTo(1);
        assertThat(allDone.nextDue()).contains(core.clock.instant().plus(graded.interval()));
        assertThat(core.sessions.find(dana)).isEmpty();
    }

    @Test
    void stopEndsTheSessionAndKeepsProgress() {
        core.quiz.start(dana, Scope.all());
        core.quiz.answerChoice(dana, 1, 1);

        QuizOutcome.Stopped stopped = (QuizOutcome.Stopped) core.quiz.stop(dana);

        assertThat(stopped.answered()).isEqualTo(1);
        assertThat(core.quiz.next(dana)).isInstanceOf(QuizOutcome.NoSession.class);
        assertThat(core.reviews.cards(dana)).containsOnlyKeys("orm-loop-count");
    }

    @Test
    void usersDoNotSeeEachOthersSessions() {
        long sam = core.user("sam");
        core.quiz.start(dana, Scope.all());

        assertThat(core.quiz.next(sam)).isInstanceOf(QuizOutcome.NoSession.class);
        assertThat(core.quiz.answerChoice(sam, 1, 1)).isInstanceOf(QuizOutcome.NoSession.class);
        Map<String, ReviewCard> samCards = core.reviews.cards(sam);
        assertThat(samCards).isEmpty();
    }

    private static QuizOutcome.Asked toAsked(QuizOutcome outcome) {
        QuizOutcome.Pending pending = (QuizOutcome.Pending) outcome;
        return new QuizOutcome.Asked(pending.session(), pending.question(), false);
    }
}
