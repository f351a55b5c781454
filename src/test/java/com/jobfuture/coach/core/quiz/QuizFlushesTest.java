package com.jobfuture.coach.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.deck.Scope;
import com.jobfuture.coach.storage.Database;
import com.jobfuture.coach.storage.Durability;
import com.jobfuture.coach.testing.CoreFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code durability: full} an answer waits for one flushed commit and showing a question for none: the shown
 * question is committed (another connection sees it) and flushed with the next answer.
 */
class QuizFlushesTest {
    @TempDir
    Path folder;

    @Test
    void anAnswerIsFlushedOnceAndShowingTheNextQuestionIsCommittedWithoutAFlush() {
        Path file = folder.resolve("coach.db");
        try (Database db = Database.open(file, Durability.FULL); CoreFixture core = CoreFixture.on(db, folder)) {
            long dana = core.user("dana");
            QuizOutcome.Asked first = (QuizOutcome.Asked) core.quiz.start(dana, Scope.all());
            int option = ((com.jobfuture.coach.core.deck.ChoiceQuestion) first.question()).options().size() - 1;

            long flushed = db.flushedCommits();
            long commits = db.commits();
            core.quiz.answerChoice(dana, 1, option);
            assertThat(db.flushedCommits() - flushed).as("flushed commits for an answer").isEqualTo(1);
            assertThat(db.commits() - commits).isEqualTo(1);

            QuizOutcome.Asked second = (QuizOutcome.Asked) core.quiz.next(dana);
            assertThat(db.flushedCommits() - flushed).as("showing the next question adds no flush").isEqualTo(1);
            assertThat(db.commits() - commits).as("but it is committed").isEqualTo(2);
            try (Database other = Database.open(file, Durability.FULL)) {
                CoreFixture elsewhere = CoreFixture.on(other, folder);
                assertThat(elsewhere.sessions.find(dana).orElseThrow().questionId())
                        .as("another connection sees the question shown").isEqualTo(second.question().id());
            }
        }
    }

    @Test
    void revealingAnOpenQuestionAddsNoFlushAndItsRatingFlushesOnce() {
        Path file = folder.resolve("coach.db");
        try (Database db = Database.open(file, Durability.FULL); CoreFixture core = CoreFixture.on(db, folder)) {
            long dana = core.user("dana");
            QuizOutcome outcome = core.quiz.start(dana, Scope.all());
            for (int step = 0; step < 200 && !(outcome instanceof QuizOutcome.Asked asked
                    && asked.question() instanceof com.jobfuture.coach.core.deck.OpenQuestion); step++) {
                QuizOutcome.Asked choice = (QuizOutcome.Asked) outcome;
                core.quiz.answerChoice(dana, choice.session().seq(), 0);
                outcome = core.quiz.next(dana);
            }
            QuizOutcome.Asked open = (QuizOutcome.Asked) outcome;
            assertThat(open.question()).isInstanceOf(com.jobfuture.coach.core.deck.OpenQuestion.class);

            long flushed = db.flushedCommits();
            long commits = db.commits();
            core.quiz.reveal(dana, open.session().seq(), "an answer typed by the candidate");
            assertThat(db.flushedCommits() - flushed).as("revealing records nothing: no flush").isZero();
            assertThat(db.commits() - commits).as("but it is committed").isEqualTo(1);
            core.quiz.rate(dana, open.session().seq(), com.jobfuture.coach.core.review.Rating.GOOD);
            assertThat(db.flushedCommits() - flushed).as("the rating: one flush, covering the reveal").isEqualTo(1);
        }
    }
}
