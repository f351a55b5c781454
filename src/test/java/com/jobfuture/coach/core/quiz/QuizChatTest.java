package com.jobfuture.coach.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.ChatRequest;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.deck.OptionOrder;
import com.jobfuture.coach.testing.CoreFixture;
import com.jobfuture.coach.testing.DrillDecks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quiz as the user talks to it: /quiz with levels, typed letters, honest "again" messages. */
class QuizChatTest {
    @TempDir
    Path dir;
    CoreFixture core;
    QuizChat chat;
    ChatRequest dana;

    @BeforeEach
    void setUp() {
        core = new CoreFixture(dir, DrillDecks.write(dir));
        chat = new QuizChat(core.quiz, core.decks, core.clock);
        dana = new ChatRequest(core.user("dana"), new ChatUser("test", "dana", "Dana", false), false);
    }

    @AfterEach
    void tearDown() {
        core.close();
    }

    @Test
    void quizTakesATopicOrFamilyAndALevelInAnyOrder() {
        assertThat(quiz("orm senior").text()).startsWith("ORM · Drill A · senior");
        assertThat(quiz("senior security").text()).startsWith("Security · Drill B · senior");
        assertThat(quiz("junior").text()).startsWith("ORM · Drill A · junior");
        assertThat(quiz("drill-b middle").text()).startsWith("Security · Drill B · middle");
        assertThat(core.sessions.find(dana.userId()).orElseThrow().level()).contains(
                com.jobfuture.coach.core.deck.Level.MIDDLE);

        assertThat(quiz("orm senior junior").text()).contains("at most one topic or family and one level",
                "/quiz [topic|family] [junior|middle|senior]");
        assertThat(quiz("drill-a middle").text()).startsWith("ORM · Drill A · middle").contains("Explain a3");
        assertThat(quiz("drill-b bogus").text()).contains("at most one topic");
        assertThat(quiz("nowhere senior").text()).contains("I don't know the topic \"nowhere\"");
        assertThat(chat.commands().get(0).usage()).isEqualTo("/quiz [topic|family] [junior|middle|senior]");
    }

    @Test
    void aLevelWithoutQuestionsInTheScopeIsSaidPlainly() {
        assertThat(quiz("python senior").text()).isEqualTo("There are no senior questions in Python. Try /quiz "
                + "python with another level, or without one.");
        assertThat(core.sessions.find(dana.userId())).isEmpty();
    }

    @Test
    void aTypedLetterAnswersTheChoiceQuestionShownAboveIt() {
        Reply question = quiz("drill-a");
        OptionOrder order = core.sessions.find(dana.userId()).orElseThrow().optionOrder().orElseThrow();
        String letter = order.letterOf(0);

        Reply graded = single(chat.onText(dana, letter.toLowerCase()).orElseThrow());

        assertThat(question.buttons()).extracting(Button::action).contains("quiz:q:1:" + order.deckIndexAt(0));
        assertThat(graded.text()).contains("✓ Right: " + letter + ") right answer of a1",
                "Saved. Next review in 10 minutes, in a later quiz.");
        assertThat(core.reviews.answerCount(dana.userId())).isEqualTo(1);
    }

    @Test
    void textThatNamesNoOptionGetsAHintAndTheSameButtonsNeverAnotherFeaturesFallback() {
        Reply question = quiz("drill-a");

        Reply hint = single(chat.onText(dana, "I'm not sure, maybe the first one?").orElseThrow());

        assertThat(hint.text()).contains("type a letter from A to C");
        assertThat(hint.buttons()).isEqualTo(question.buttons());
        assertThat(core.reviews.answerCount(dana.userId())).isZero();
    }

    @Test
    void aMissTellsTheTruthAboutWhenItComesBack() {
        quiz("drill-a");
        int wrong = 1;

        Reply graded = single(chat.onAction(dana, "quiz:q:1:" + wrong).orElseThrow());

        assertThat(graded.text()).contains("✗ Not quite", "I'll ask it again later in this quiz.");
        Reply between = single(chat.onText(dana, "b").orElseThrow());
        assertThat(between.text()).contains("Press Next");
        assertThat(between.buttons()).extracting(Button::action).containsExactly("next", "stop");
    }

    @Test
    void openAnswersRatedAgainSayTheyComeBack() {
        quiz("drill-a middle");
        chat.onText(dana, "no idea");

        Reply rated = single(chat.onAction(dana, "quiz:rate:1:1").orElseThrow());

        assertThat(rated.text()).isEqualTo("Rated Again. Saved. I'll ask it again later in this quiz.");
        assertThat(chat.onText(dana, "hello")).isPresent();
    }

    @Test
    void withoutAQuizTextIsLeftToOthers() {
        assertThat(chat.onText(dana, "b")).isEmpty();
    }

    private Reply quiz(String args) {
        return single(chat.onCommand(dana, "quiz", args));
    }

    private static Reply single(List<Reply> replies) {
        assertThat(replies).hasSize(1);
        return replies.get(0);
    }
}
