package com.jobfuture.coach.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.deck.ChoiceQuestion;
import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.deck.OpenQuestion;
import com.jobfuture.coach.core.deck.OptionOrder;
import com.jobfuture.coach.core.deck.Question;
import com.jobfuture.coach.core.deck.Scope;
import com.jobfuture.coach.core.review.Rating;
import com.jobfuture.coach.testing.CoreFixture;
import com.jobfuture.coach.testing.DrillDecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which question a quiz shows next (order, levels, questions coming back) and how its options are shown. */
class QuizOrderAndRelearningTest {
    @TempDir
    Path dir;
    CoreFixture core;
    QuizService quiz;
    long dana;

    @BeforeEach
    void setUp() {
        core = new CoreFixture(dir, DrillDecks.write(dir));
        quiz = core.quiz;
        dana = core.user("dana");
    }

    @AfterEach
    void tearDown() {
        core.close();
    }

    @Test
    void newQuestionsComeJuniorFirstWithinATopicAndTopicsTakeTurns() {
        List<String> shown = skipThroughEverything(quiz.start(dana, Scope.all()));

        // drill-a ranks a1 a2 (junior) a3 (middle) a4 (senior); drill-b ranks b2 (junior) b3 (middle) b1 (senior).
        assertThat(shown).containsExactly("a1", "b2", "a2", "b3", "a3", "b1", "a4");
    }

    @Test
    void aLevelNarrowsTheQuiz() {
        List<String> seniors = skipThroughEverything(quiz.start(dana, new QuizScope(Scope.all(),
                Optional.of(Level.SENIOR))));
        List<String> drillAJuniors = skipThroughEverything(quiz.start(dana, new QuizScope(
                Scope.of(core.decks.catalog().topic("drill-a").orElseThrow()), Optional.of(Level.JUNIOR))));

        assertThat(seniors).containsExactly("a4", "b1");
        assertThat(drillAJuniors).containsExactly("a1", "a2");
    }

    @Test
    void aMissedChoiceComesBackAfterTwoOtherQuestionsAndThenNotAgain() {
        QuizOutcome.Asked first = (QuizOutcome.Asked) quiz.start(dana, Scope.all());
        assertThat(first.question().id()).isEqualTo("a1");

        QuizOutcome.ChoiceGraded missed = (QuizOutcome.ChoiceGraded) quiz.answerChoice(dana, 1, 2);
        assertThat(missed.correct()).isFalse();
        assertThat(missed.comesBack()).isTrue();
        assertThat(answerRight(quiz.next(dana))).isEqualTo("b2");
        assertThat(answerRight(quiz.next(dana))).isEqualTo("a2");
        QuizOutcome.Asked again = (QuizOutcome.Asked) quiz.next(dana);
        assertThat(again.question().id()).isEqualTo("a1");
        assertThat(again.review()).isTrue();
        QuizOutcome.ChoiceGraded right = (QuizOutcome.ChoiceGraded) quiz.answerChoice(dana, again.session().seq(), 0);
        assertThat(right.correct()).isTrue();
        assertThat(right.comesBack()).isFalse();

        List<String> rest = skipThroughEverything(quiz.next(dana));
        assertThat(rest).doesNotContain("a1", "b2", "a2");
        assertThat(core.reviews.history(dana)).extracting(e -> e.questionId())
                .containsExactly("a1", "b2", "a2", "a1");
    }

    @Test
    void aQuestionMissedAgainAndAgainComesBackTwiceThenWaitsForTheNextQuiz() {
        List<String> shown = new ArrayList<>();
        List<Boolean> comesBack = new ArrayList<>();
        QuizOutcome outcome = quiz.start(dana, Scope.of(core.decks.catalog().topic("drill-a").orElseThrow()));
        while (outcome instanceof QuizOutcome.Asked asked && shown.size() < 20) {
            shown.add(asked.question().id());
            if (asked.question().id().equals("a1")) {
                QuizOutcome.ChoiceGraded missed = (QuizOutcome.ChoiceGraded) quiz.answerChoice(dana,
                        asked.session().seq(), 2);
                comesBack.add(missed.comesBack());
            } else {
                answerRight(asked);
            }
            outcome = quiz.next(dana);
        }

        assertThat(shown).containsExactly("a1", "a2", "a3", "a1", "a4", "a1");
        assertThat(comesBack).containsExactly(true, true, false);
        assertThat(outcome).isInstanceOf(QuizOutcome.AllDone.class);
    }

    @Test
    void aChoiceAnsweredRightIsNotAskedAgainInTheSessionEvenOnceDue() {
        answerRight(quiz.start(dana, Scope.all()));
        core.clock.advance(Duration.ofMinutes(11)); // past a1's 10-minute learning step: it is due

        List<String> shown = new ArrayList<>();
        QuizOutcome outcome = quiz.next(dana);
        while (outcome instanceof QuizOutcome.Asked asked) {
            shown.add(answerRight(asked));
            outcome = quiz.next(dana);
        }

        assertThat(shown).containsExactly("b2", "a2", "b3", "a3", "b1", "a4");
        assertThat(core.reviews.cards(dana).get("a1").due()).isBefore(core.clock.instant()); // due, yet not asked
    }

    @Test
    void anOpenAnswerRatedAgainComesBackAfterTwoOthersAndHardAfterFour() {
        QuizOutcome outcome = quiz.start(dana, Scope.all());
        List<String> shown = new ArrayList<>();
        Set<String> ratedBadly = new HashSet<>();
        while (outcome instanceof QuizOutcome.Asked asked && shown.size() < 20) {
            String id = asked.question().id();
            shown.add(id);
            if (asked.question() instanceof OpenQuestion) {
                quiz.reveal(dana, asked.session().seq(), "a keyword");
                Rating rating = ratedBadly.add(id) ? (id.equals("b3") ? Rating.AGAIN : Rating.HARD) : Rating.GOOD;
                QuizOutcome.Rated rated = (QuizOutcome.Rated) quiz.rate(dana, asked.session().seq(), rating);
                assertThat(rated.comesBack()).as(id + " rated " + rating).isEqualTo(rating != Rating.GOOD);
            } else {
                answerRight(asked);
            }
            outcome = quiz.next(dana);
        }

        // b3 (Again, Q4) returns as Q7 after two others; a3 (Hard, Q5) would wait four but the quiz has run out
        // of other questions by Q9, so it returns then rather than never.
        assertThat(shown).containsExactly("a1", "b2", "a2", "b3", "a3", "b1", "b3", "a4", "a3");
        assertThat(outcome).isInstanceOf(QuizOutcome.AllDone.class);
    }

    @Test
    void questionsToComeBackSurviveARestart() {
        quiz.start(dana, Scope.all());
        quiz.answerChoice(dana, 1, 1);                       // a1 missed
        answerRight(quiz.next(dana));                        // b2

        QuizService restarted = core.newQuizService();
        assertThat(answerRight(restarted.next(dana))).isEqualTo("a2");
        assertThat(((QuizOutcome.Asked) restarted.next(dana)).question().id()).isEqualTo("a1");
    }

    @Test
    void optionsAreShuffledEachTimeAQuestionIsShownAndTheOrderIsKept() {
        Set<List<Integer>> orders = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            QuizOutcome.Asked asked = (QuizOutcome.Asked) quiz.start(dana, Scope.all());
            OptionOrder order = asked.session().optionOrder().orElseThrow();
            orders.add(order.deckIndexes());
            QuizOutcome.Pending again = (QuizOutcome.Pending) quiz.next(dana);
            assertThat(again.session().optionOrder()).contains(order);
            QuizOutcome.Pending afterRestart = (QuizOutcome.Pending) core.newQuizService().current(dana)
                    .orElseThrow();
            assertThat(afterRestart.session().optionOrder()).contains(order);
        }

        assertThat(orders).hasSizeGreaterThan(3); // of the 6 orders of three options
        assertThat(orders).extracting(order -> order.indexOf(0)).contains(0, 1, 2); // the right one moves
    }

    @Test
    void answersNameTheOptionNotItsPosition() {
        QuizOutcome.Asked asked = (QuizOutcome.Asked) quiz.start(dana, Scope.all());
        OptionOrder order = asked.session().optionOrder().orElseThrow();

        QuizOutcome.ChoiceGraded graded = (QuizOutcome.ChoiceGraded) quiz.answerChoice(dana, 1, 0);

        assertThat(graded.correct()).isTrue();
        assertThat(graded.picked()).isZero();
        assertThat(graded.session().orderOf(graded.question())).isEqualTo(order);
        assertThat(core.reviews.history(dana)).singleElement().extracting(e -> e.correct()).isEqualTo(true);
    }

    @Test
    void typedLettersAndOptionTextAnswerTheShownQuestion() {
        QuizOutcome.Asked asked = (QuizOutcome.Asked) quiz.start(dana, Scope.all());
        String rightLetter = asked.session().optionOrder().orElseThrow().letterOf(0).toLowerCase();

        assertThat(quiz.answerTyped(dana, "maybe the second?")).isEmpty();
        assertThat(quiz.answerTyped(dana, "z")).isEmpty();
        QuizOutcome typed = quiz.answerTyped(dana, "(" + rightLetter + ")").orElseThrow();

        assertThat(((QuizOutcome.ChoiceGraded) typed).correct()).isTrue();
        assertThat(quiz.answerTyped(dana, rightLetter)).isEmpty(); // answered: nothing open any more
        QuizOutcome.Asked next = (QuizOutcome.Asked) quiz.next(dana);
        QuizOutcome byText = quiz.answerTyped(dana, "FIRST WRONG ANSWER OF " + next.question().id().toUpperCase())
                .orElseThrow();
        assertThat(((QuizOutcome.ChoiceGraded) byText).picked()).isEqualTo(1);
        assertThat(core.reviews.answerCount(dana)).isEqualTo(2);
    }

    @Test
    void aSessionSavedBeforeShufflingGetsAnOrderWhenItsQuestionIsShownAgain() {
        quiz.start(dana, Scope.all());
        QuizSession saved = core.sessions.find(dana).orElseThrow();
        core.sessions.save(new QuizSession(dana, saved.scopeKey(), Optional.empty(), "a1", QuizPhase.ASKED,
                saved.seq(), 0, 0, null, Optional.empty(), SessionPlan.empty(), saved.startedAt(),
                saved.updatedAt()));
        ChoiceQuestion a1 = (ChoiceQuestion) core.decks.catalog().question("a1").orElseThrow();
        assertThat(core.sessions.find(dana).orElseThrow().orderOf(a1)).isEqualTo(OptionOrder.identity(3));

        QuizOutcome.Pending shown = (QuizOutcome.Pending) quiz.next(dana);

        OptionOrder order = shown.session().optionOrder().orElseThrow();
        assertThat(core.sessions.find(dana).orElseThrow().optionOrder()).contains(order);
        assertThat(((QuizOutcome.ChoiceGraded) quiz.answerChoice(dana, shown.session().seq(), 0)).correct())
                .isTrue();
    }

    @Test
    void aPressMadeBeforeAReloadThatReorderedTheOptionsIsRefusedAndTheQuestionShownAgain() throws Exception {
        QuizOutcome.Asked asked = (QuizOutcome.Asked) quiz.start(dana, Scope.all());
        assertThat(asked.question().id()).isEqualTo("a1");
        Path file = dir.resolve("drill").resolve("drill-a.yaml");
        String deck = Files.readString(file);
        String right = "      - text: right answer of a1\n        correct: true\n";
        String wrong = "      - text: first wrong answer of a1\n        why: It is not.\n";
        assertThat(deck).contains(right + wrong);
        Files.writeString(file, deck.replace(right + wrong, wrong + right));   // the right answer is now index 1
        assertThat(core.decks.reload().problems()).isEmpty();

        // The old message's button for "right answer of a1" carries deck index 0: now a wrong option.
        QuizOutcome pressed = quiz.answerChoice(dana, asked.session().seq(), 0);

        assertThat(pressed).isInstanceOf(QuizOutcome.Stale.class);
        assertThat(core.reviews.answerCount(dana)).isZero();
        QuizOutcome.Pending again = (QuizOutcome.Pending) ((QuizOutcome.Stale) pressed).current().orElseThrow();
        ChoiceQuestion a1 = (ChoiceQuestion) core.decks.catalog().question("a1").orElseThrow();
        assertThat(again.session().optionOrder().orElseThrow().fits(a1)).isTrue();
        assertThat(((QuizOutcome.ChoiceGraded) quiz.answerChoice(dana, again.session().seq(), 1)).correct())
                .isTrue();
        assertThat(core.reviews.answerCount(dana)).isEqualTo(1);
    }

    /** Skips every question shown until the quiz ends; returns the ids in the order shown. */
    private List<String> skipThroughEverything(QuizOutcome outcome) {
        List<String> shown = new ArrayList<>();
        while (outcome instanceof QuizOutcome.Asked asked && shown.size() < 50) {
            shown.add(asked.question().id());
            outcome = quiz.skip(dana, asked.session().seq());
        }
        assertThat(outcome).isInstanceOf(QuizOutcome.AllDone.class);
        return shown;
    }

    /** Answers a shown question right (choice: its correct option; open: rated Good); returns its id. */
    private String answerRight(QuizOutcome outcome) {
        QuizOutcome.Asked asked = (QuizOutcome.Asked) outcome;
        Question question = asked.question();
        int seq = asked.session().seq();
        if (question instanceof ChoiceQuestion choice) {
            assertThat(((QuizOutcome.ChoiceGraded) quiz.answerChoice(dana, seq, choice.correctIndex())).correct())
                    .isTrue();
        } else {
            quiz.reveal(dana, seq, null);
            quiz.rate(dana, seq, Rating.GOOD);
        }
        return question.id();
    }
}
