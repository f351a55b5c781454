package com.jobfuture.coach.core.skillcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.chat.Audience;
import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.progress.ReviewLogEntry;
import com.jobfuture.coach.core.review.CardState;
import com.jobfuture.coach.storage.JdbcItemResponses;
import com.jobfuture.coach.testing.CheckDecks;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** /check through the bot: one question at a time, no grades until the end, a stored private result. */
class SkillCheckChatTest {
    @TempDir
    Path dir;
    CheckFixture fx;

    @BeforeEach
    void setUp() {
        fx = new CheckFixture(dir);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void withoutAnAreaItOffersTheSixAreas() {
        Reply picker = fx.say("/check").get(0);

        assertThat(picker.text()).contains("8 to 20 choice questions", "No explanations until the end",
                "Only you see the result");
        assertThat(picker.buttons()).extracting(Button::action).containsExactly("check:start:python",
                "check:start:fundamentals", "check:start:orm", "check:start:apis", "check:start:production",
                "check:start:security");
        assertThat(picker.audience()).isEqualTo(Audience.SENDER);
    }

    @Test
    void aFullCheckAsksOneAtATimeWithoutGradesThenStoresTheResultAndReviewsEveryItem() {
        List<Reply> replies = fx.press("check:start:orm");
        int asked = 0;
        List<String> shown = new ArrayList<>();
        while (true) {
            Reply question = replies.get(replies.size() - 1);
            if (!question.text().startsWith("Skill check · ORM · question")) {
                break;
            }
            asked++;
            assertThat(question.text()).contains("question " + asked).doesNotContain("✓", "✗", "Right", "Docs:");
            assertThat(question.buttons()).extracting(Button::label).isSubsetOf("A", "B", "C", "D").contains("A", "B");
            assertThat(question.invitesTypedAnswer()).isTrue();
            shown.add(question.text());
            String letter = CheckDecks.letterOf(question.text(), CheckDecks.choice(question.text(), "middle"));
            String action = question.buttons().stream().filter(b -> b.label().equals(letter)).findFirst()
                    .orElseThrow().action();
            fx.core.clock.advance(Duration.ofSeconds(30));
            replies = fx.press(action);
            Reply echo = replies.get(0);
            assertThat(echo.replacesOrigin()).isTrue();
            assertThat(echo.buttons()).isEmpty();
            assertThat(echo.text()).contains("your answer: " + letter + ")").doesNotContain("✓", "✗", "right answer",
                    "Right answer");
        }

        assertThat(asked).isBetween(8, 20);
        Reply result = replies.get(1);
        assertThat(result.text()).startsWith("Skill check result · ORM\nLevel: middle — ")
                .contains("% sure it is not junior", "% sure it is not senior", asked + " questions",
                        "2 Mar 2026", "item bank orm-", "Only you see this result");
        List<Reply> review = replies.subList(2, replies.size());
        assertThat(review).hasSize((asked + 4) / 5);
        String reviewText = String.join("\n", review.stream().map(Reply::text).toList());
        for (int i = 1; i <= asked; i++) {
            assertThat(reviewText).contains("\n" + i + ". ");
        }
        assertThat(reviewText).contains("The right one is right for", "Docs: https://docs.djangoproject.com");
        assertThat(review.get(review.size() - 1).buttons()).extracting(Button::action)
                .contains("check:history", "share:new");
        assertThat(replies).allSatisfy(reply -> assertThat(reply.audience()).isEqualTo(Audience.SENDER));

        long dana = fx.danaId();
        CheckRecord stored = fx.repository.results(dana).get(0);
        assertThat(stored.itemCount()).isEqualTo(asked);
        assertThat(stored.items()).hasSize(asked);
        assertThat(fx.repository.running(dana)).isEmpty();
        List<ReviewLogEntry> log = fx.core.reviews.history(dana);
        assertThat(log).hasSize(asked);
        assertThat(log.get(0).reviewedAt()).isEqualTo(Instant.parse("2026-03-02T09:00:30Z"));
        assertThat(log).allSatisfy(entry -> assertThat(entry.correct()).isNotNull());
        assertThat(new JdbcItemResponses(fx.core.database).firstGradedAnswers(Instant.EPOCH)).hasSize(asked);
        assertThat(fx.core.reviews.cards(dana)).hasSize(asked)
                .allSatisfy((id, card) -> assertThat(card.state()).isNotEqualTo(CardState.NEW));
        assertThat(fx.say("/check history").get(0).text()).contains("ORM · middle, ", "2 Mar 2026",
                asked + " questions", "item bank " + stored.bankVersion());
    }

    @ParameterizedTest
    @ValueSource(strings = {"junior", "middle", "senior"})
    void aCandidateWhoKnowsUpToALevelGetsThatLevel(String level) {
        CheckRecord result = takeCheck(level);

        assertThat(result.level().id()).isEqualTo(level);
        assertThat(result.confidence()).allSatisfy(c -> assertThat(c.percent()).isGreaterThanOrEqualTo(50));
    }

    @Test
    void typedLettersAndOptionTextAnswerTheCheckEvenWithAQuizQuestionOpen() {
        fx.say("/quiz orm");
        Reply question = last(fx.say("/check orm"));
        String text = CheckDecks.choice(question.text(), "senior");
        String letter = CheckDecks.letterOf(question.text(), text);

        List<Reply> replies = fx.say(letter.toLowerCase() + ")");

        assertThat(replies.get(0).text()).contains("your answer: " + letter + ") " + text);
        Reply second = last(replies);
        assertThat(second.text()).contains("question 2");
        assertThat(last(fx.say(CheckDecks.choice(second.text(), "junior"))).text()).contains("question 3");
        List<Reply> hint = fx.say("I think it is the one about JOINs");
        assertThat(hint.get(0).text()).contains("isn't one of the options", "A–D", "/check stop");
        assertThat(last(hint).text()).contains("question 3");
        assertThat(fx.repository.running(fx.danaId()).orElseThrow().answeredAt()).hasSize(2);
    }

    @Test
    void stopAbandonsTheCheckAndRecordsNothing() {
        Reply question = last(fx.say("/check orm"));
        fx.press(question.buttons().get(0).action());

        Reply stopped = fx.say("/check stop").get(0);

        assertThat(stopped.text()).contains("Check stopped. Nothing was recorded", "1 answer");
        long dana = fx.danaId();
        assertThat(fx.repository.running(dana)).isEmpty();
        assertThat(fx.repository.results(dana)).isEmpty();
        assertThat(fx.core.reviews.history(dana)).isEmpty();
        assertThat(fx.press(question.buttons().get(1).action()).get(0).text())
                .contains("belongs to an earlier question");
        assertThat(fx.say("/check stop").get(0).text()).contains("No skill check is running");
    }

    @Test
    void aRetakeInsideTheCooldownIsRefusedWithTheDateItOpens() {
        takeCheck("middle");
        fx.core.clock.advance(Duration.ofDays(3));

        Reply refused = fx.say("/check orm").get(0);

        assertThat(refused.text()).contains("You took the ORM check on 2 Mar 2026 (middle)", "once every 7 days",
                "next ORM check opens on 9 Mar 2026 at", "/quiz ");
        assertThat(fx.repository.running(fx.danaId())).isEmpty();
        fx.core.clock.advance(Duration.ofDays(4));
        assertThat(last(fx.say("/check orm")).text()).contains("Skill check · ORM · question 1");
    }

    @Test
    void aRunningCheckSurvivesARestartWithTheSameQuestionAndOptionOrder() {
        Reply first = last(fx.say("/check orm"));
        fx.press(first.buttons().get(2).action());
        Reply second = last(fx.say("/check"));
        assertThat(second.text()).contains("question 2");

        fx.restart();

        List<Reply> again = fx.say("/check orm");
        assertThat(again.get(0).text()).contains("Your ORM check is still open");
        assertThat(last(again).text()).isEqualTo(second.text());
        assertThat(last(again).buttons()).isEqualTo(second.buttons());
        List<Reply> next = fx.press(second.buttons().get(0).action());
        assertThat(last(next).text()).contains("question 3");
        assertThat(fx.repository.running(fx.danaId()).orElseThrow().state().items()).hasSize(3);
    }

    @Test
    void anotherAreaWaitsUntilTheRunningCheckEnds() {
        fx.say("/check orm");

        List<Reply> replies = fx.say("/check security");

        assertThat(replies.get(0).text()).contains("Your ORM check is still open", "/check stop",
                "before you start Security");
        assertThat(last(replies).text()).contains("Skill check · ORM · question 1");
    }

    @Test
    void anAreaWithTooFewChoiceQuestionsIsNotChecked() {
        Reply reply = fx.say("/check security").get(0);

        assertThat(reply.text()).contains("Security has 1 choice question so far", "at least 8", "/quiz security");
        assertThat(fx.say("/check nonsense").get(0).text()).contains("There is no area \"nonsense\"", "Usage:");
    }

    private CheckRecord takeCheck(String level) {
        Reply question = last(fx.say("/check orm"));
        while (question.text().startsWith("Skill check · ORM · question")) {
            String letter = CheckDecks.letterOf(question.text(), CheckDecks.choice(question.text(), level));
            List<Reply> replies = fx.say(letter);
            question = replies.get(1);
        }
        return fx.repository.results(fx.danaId()).get(0);
    }

    private static Reply last(List<Reply> replies) {
        return replies.get(replies.size() - 1);
    }
}
