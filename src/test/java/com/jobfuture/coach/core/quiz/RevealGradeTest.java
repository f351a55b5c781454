package com.jobfuture.coach.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.chat.ChatRequest;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.deck.OpenQuestion;
import com.jobfuture.coach.core.deck.Scope;
import com.jobfuture.coach.core.grading.AnswerGrader;
import com.jobfuture.coach.core.grading.Grade;
import com.jobfuture.coach.core.grading.PointVerdict;
import com.jobfuture.coach.storage.JdbcAnswerGradeRepository;
import com.jobfuture.coach.testing.CoreFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reveal shows the grader's marks and reasons, a coverage summary and a suggestion; a redisplay keeps them. */
class RevealGradeTest {
    @TempDir
    Path dir;
    CoreFixture core;
    long dana;

    /** A grader whose verdicts change with every call, like a remote model might. */
    static final class ChangingGrader implements AnswerGrader {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Grade grade(OpenQuestion question, String typedAnswer) {
            boolean first = calls.getAndIncrement() % 2 == 0;
            return new Grade("llm", List.of(new PointVerdict(first, first ? "you said “a JOIN”" : "vague"),
                    new PointVerdict(false, "not in your answer")));
        }

        @Override
        public String name() {
            return "llm";
        }
    }

    @BeforeEach
    void setUp() {
        core = new CoreFixture(dir);
        dana = core.user("dana");
    }

    @AfterEach
    void tearDown() {
        core.close();
    }

    ChatRequest request() {
        return new ChatRequest(dana, new ChatUser("test", "dana", "Dana", false), false);
    }

    QuizService quizWith(AnswerGrader grader) {
        return new QuizService(core.decks, core.reviews, core.sessions, core.database, core.scheduler, core.clock,
                new java.util.Random(1), new AnswerGrades(grader, new JdbcAnswerGradeRepository(core.database)));
    }

    @Test
    void revealShowsReasonsSummaryAndSuggestionAndARestartShowsTheSameMarks() {
        ChangingGrader grader = new ChangingGrader();
        QuizService quiz = quizWith(grader);
        quiz.start(dana, Scope.of(core.decks.catalog().topic("n-plus-one").orElseThrow()));
        quiz.skip(dana, 1);
        QuizChat chat = new QuizChat(quiz, core.decks, core.clock);

        List<Reply> replies = chat.onText(request(), "it does a JOIN").orElseThrow();

        String text = replies.get(0).text();
        assertThat(text).contains("Key points — your answer seems to cover 1 of 2 (partial):",
                " ✓ select_related uses a JOIN — you said “a JOIN”",
                " ✗ prefetch_related runs a separate query — not in your answer",
                "Suggested from these automatic marks: Hard (you decide). How well did you know it?");
        assertThat(replies.get(0).buttons()).extracting(b -> b.label())
                .containsExactly("Again", "Hard", "Good", "Easy");

        QuizService afterRestart = quizWith(new ChangingGrader());
        QuizOutcome.Revealed shown = (QuizOutcome.Revealed) afterRestart.current(dana).orElseThrow();
        assertThat(shown.grade().covered()).containsExactly(true, false);
        assertThat(shown.grade().points().get(0).reason()).isEqualTo("you said “a JOIN”");
        assertThat(grader.calls).hasValue(1);
    }

    @Test
    void showingTheAnswerWithoutTypingSuggestsNothing() {
        QuizService quiz = quizWith(new ChangingGrader());
        quiz.start(dana, Scope.of(core.decks.catalog().topic("n-plus-one").orElseThrow()));
        quiz.skip(dana, 1);
        QuizChat chat = new QuizChat(quiz, core.decks, core.clock);
        int seq = quiz.current(dana).map(o -> ((QuizOutcome.Pending) o).session().seq()).orElseThrow();

        String text = chat.onAction(request(), "quiz:show:" + seq).orElseThrow().get(0).text();

        assertThat(text).contains("Key points:\n • select_related uses a JOIN").doesNotContain("Suggested");
    }
}
