package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.platform.fakes.Fault;
import com.jobfuture.coach.platform.telegram.fake.ApiCall;
import com.jobfuture.coach.platform.telegram.fake.BotMessage;
import com.jobfuture.coach.platform.telegram.fake.FakeUser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** 429 storms, 5xx answers, dropped connections, slow answers and blocked users, end to end. */
@Timeout(60)
class TelegramFaultsTest extends TelegramAppTest {
    @Test
    void aStormOf429sDeliversEveryMessageOnceAndHonoursRetryAfter() {
        List<FakeUser> users = List.of(rig.fake.user(3001, "Ana"), rig.fake.user(3002, "Ben"),
                rig.fake.user(3003, "Cy"));
        rig.fake.inject("sendMessage", new Fault.TooManyRequests(2), 5);

        for (FakeUser user : users) {
            user.send("/start");
            user.send("/help");
        }

        for (FakeUser user : users) {
            List<String> texts = rig.awaitMessages(user, 2).stream().map(BotMessage::text).toList();
            assertThat(texts.get(0)).startsWith("Hi " + user.firstName() + "!");
            assertThat(texts.get(1)).startsWith("Here's what I can do");
        }
        rig.awaitSettled();
        List<ApiCall> sends = rig.fake.calls("sendMessage");
        assertThat(sends).filteredOn(call -> call.status() == 429).hasSize(5);
        assertThat(sends).filteredOn(ApiCall::ok).hasSize(6);
        for (FakeUser user : users) {
            assertThat(rig.fake.messages(user.id())).as("exactly once").hasSize(2);
        }
        for (ApiCall tooMany : sends) {
            if (tooMany.status() == 429) {
                sends.stream().filter(call -> call.chatId().equals(tooMany.chatId()) && call.at().isAfter(tooMany.at()))
                        .forEach(next -> assertThat(next.at()).as("retry_after honoured for chat %s", next.chatId())
                                .isAfterOrEqualTo(tooMany.at().plus(Duration.ofSeconds(2))));
            }
        }
    }

    @Test
    void serverErrorsDroppedConnectionsAndSlowAnswersAreRetriedWithoutDuplicates() {
        FakeUser dana = rig.fake.user(3004, "Dana");
        dana.send("/start");
        rig.awaitMessages(dana, 1);
        rig.fake.inject("sendMessage", dana.id(), new Fault.ServerError(502, true), 1);
        rig.fake.inject("sendMessage", dana.id(), new Fault.ServerError(500, false), 1);
        rig.fake.inject("sendMessage", dana.id(), new Fault.DropConnection(), 1);
        rig.fake.inject("getUpdates", new Fault.DropConnection(), 1);
        rig.fake.inject("getUpdates", new Fault.ServerError(502, false), 1);
        rig.fake.inject("editMessageText", dana.id(), new Fault.DropConnection(), 1);
        rig.fake.inject("editMessageText", dana.id(), new Fault.Slow(Duration.ofSeconds(2)), 1);
        rig.fake.inject("answerCallbackQuery", new Fault.ServerError(500, false), 1);

        dana.send("/quiz orm");
        BotMessage question = rig.awaitMessages(dana, 2).get(1);
        dana.press(question, "51");
        BotMessage graded = rig.awaitEdited(dana, 1, 1);
        dana.send("/progress");
        BotMessage progress = rig.awaitMessages(dana, 3).get(2);

        rig.awaitSettled();
        assertThat(question.text()).as("its first request may have arrived (the connection dropped), so it is "
                + "marked").startsWith("(sent again)\nORM · N+1 queries · junior");
        assertThat(graded.text()).contains("✓ Right: " + letterOf(question, "51") + ") 51");
        assertThat(progress.text()).startsWith("Your progress · 1 answered");
        assertThat(rig.fake.messages(dana.id())).hasSize(3);
        assertThat(rig.fake.messages(dana.id()).get(1).edits()).isEqualTo(1);
        assertThat(rig.fake.calls("sendMessage")).extracting(ApiCall::status)
                .containsExactly(200, 502, 500, 0, 200);
        assertThat(rig.fake.calls("sendPhoto")).as("/progress: the card with the report as caption")
                .extracting(ApiCall::status).containsExactly(200);
        assertThat(rig.fake.calls("editMessageText")).extracting(ApiCall::status).containsExactly(0, 200);
        assertThat(rig.fake.calls("getUpdates")).extracting(ApiCall::status).contains(0, 502);
    }

    @Test
    void aUserWhoBlockedTheBotIsMarkedAndNotRetried() {
        FakeUser kim = rig.fake.user(3005, "Kim");
        FakeUser ora = rig.fake.user(3006, "Ora");
        kim.send("/start");
        rig.awaitMessages(kim, 1);
        rig.fake.inject("sendMessage", kim.id(), new Fault.TooManyRequests(1), 1);
        rig.time.hold(); // the 429's wait lasts while Kim blocks the bot

        kim.send("/help");
        kim.send("/topics");
        FakeBotApiWait.until("the 429 for Kim", () -> rig.fake.calls("sendMessage").stream()
                .anyMatch(call -> call.status() == 429));
        kim.blockSilently();
        FakeBotApiWait.until("the 403 for Kim", () -> rig.fake.calls("sendMessage").stream()
                .anyMatch(call -> call.status() == 403));
        rig.time.release();
        ora.send("/start");
        ora.send("/help");
        rig.awaitMessages(ora, 2);

        assertThat(rig.fake.calls("sendMessage")).filteredOn(call -> call.chatId() == kim.id())
                .extracting(ApiCall::status).as("no retry after the 403, the queued reply dropped")
                .containsExactly(200, 429, 403);

        kim.unblock();
        kim.send("/help");
        List<BotMessage> messages = rig.awaitMessages(kim, 2);
        assertThat(messages.get(1).text()).startsWith("Here's what I can do");
        rig.awaitSettled();
        assertThat(rig.fake.messages(kim.id())).hasSize(2);
    }

    @Test
    void aMessageCarriedOutWithoutAnAnswerIsSentAgainVisiblyAndAnEditIsMadeAgain() {
        FakeUser eve = rig.fake.user(3007, "Eve");
        eve.send("/start");
        rig.awaitMessages(eve, 1);
        rig.fake.inject("sendMessage", eve.id(), new Fault.DropAfterExecuting(), 1);
        eve.send("/help");
        List<BotMessage> messages = rig.awaitMessages(eve, 3);
        assertThat(messages.get(1).text()).startsWith("Here's what I can do");
        assertThat(messages.get(2).text()).as("it may have arrived, so the duplicate says so")
                .startsWith("(sent again)\nHere's what I can do");

        eve.send("/quiz orm");
        BotMessage question = rig.awaitMessages(eve, 4).get(3);
        rig.fake.inject("editMessageText", eve.id(), new Fault.DropAfterExecuting(), 1);
        eve.press(question, "51");
        rig.awaitSettled();
        FakeBotApiWait.until("the edit made again", () -> rig.fake.calls("editMessageText").size() == 2);
        assertThat(rig.fake.messages(eve.id())).as("an edit is the same however often it is made").hasSize(4);
        assertThat(rig.fake.messages(eve.id()).get(3).text())
                .contains("✓ Right: " + letterOf(question, "51") + ") 51").doesNotContain("sent again");
    }

    /** The letter an option is shown under: options are shuffled, so it is the position of its button. */
    private static char letterOf(BotMessage question, String label) {
        int position = question.buttons().indexOf(question.button(label));
        return (char) ('A' + position);
    }
}
