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

/** Two users interleaved: each user's messages are handled in order, users do not wait for each other. */
@Timeout(60)
class TelegramConcurrencyTest extends TelegramAppTest {
    @Test
    void twoUsersInterleavedEachGetTheirOwnQuizInOrder() {
        FakeUser dana = rig.fake.user(2001, "Dana");
        FakeUser lee = rig.fake.user(2002, "Lee");

        dana.send("/quiz orm");
        lee.send("/quiz security");
        dana.send("/progress");
        lee.send("/progress");
        List<BotMessage> danas = rig.awaitMessages(dana, 2);
        List<BotMessage> lees = rig.awaitMessages(lee, 2);
        assertThat(danas.get(0).text()).startsWith("ORM · N+1 queries · junior");
        assertThat(danas.get(1).text()).startsWith("Your progress · 0 answered");
        assertThat(lees.get(0).text()).startsWith("Security · Web security · junior");
        assertThat(lees.get(1).text()).startsWith("Your progress · 0 answered");

        lee.press(lees.get(0), "Cross-site request forgery");
        dana.press(danas.get(0), "50");
        assertThat(rig.awaitEdited(lee, 0, 1).text()).contains("✓ Right: "
                + letterOf(lees.get(0), "Cross-site request forgery") + ") Cross-site request forgery");
        assertThat(rig.awaitEdited(dana, 0, 1).text()).contains("✗ Not quite. You picked "
                + letterOf(danas.get(0), "50") + ") 50");

        dana.send("/progress");
        lee.send("/progress");
        assertThat(rig.awaitMessages(dana, 3).get(2).text()).startsWith("Your progress · 1 answered")
                .contains("ORM");
        assertThat(rig.awaitMessages(lee, 3).get(2).text()).startsWith("Your progress · 1 answered")
                .contains("Security");
        rig.awaitSettled();
        assertThat(rig.fake.calls()).filteredOn(call -> call.chatId() != null).allMatch(ApiCall::ok);
    }

    @Test
    void aBurstFromOneUserIsAnsweredInOrder() {
        FakeUser dana = rig.fake.user(2003, "Dana");
        List<String> commands = List.of("/help", "/topics", "/progress", "/quiz orm", "/stop", "/next");

        commands.forEach(dana::send); // one getUpdates batch, handled by one lane

        List<String> replies = rig.awaitMessages(dana, commands.size()).stream().map(BotMessage::text).toList();
        assertThat(replies).hasSize(commands.size());
        assertThat(replies.get(0)).startsWith("Here's what I can do");
        assertThat(replies.get(1)).startsWith("Topics · your mastery");
        assertThat(replies.get(2)).startsWith("Your progress");
        assertThat(replies.get(3)).startsWith("ORM · N+1 queries · junior");
        assertThat(replies.get(4)).startsWith("Quiz stopped.");
        assertThat(replies.get(5)).startsWith("No quiz is running");
    }

    @Test
    void aSlowChatDoesNotHoldUpAnotherUser() {
        FakeUser slow = rig.fake.user(2004, "Sol");
        FakeUser quick = rig.fake.user(2005, "Quinn");
        rig.fake.inject("sendMessage", slow.id(), new Fault.Slow(Duration.ofSeconds(3)), 1);

        slow.send("/help");
        FakeBotApiWait.until("Sol's reply under way", () -> rig.fake.arrivals("sendMessage", slow.id()) == 1);
        quick.send("/help");

        rig.awaitMessages(slow, 1);
        rig.awaitMessages(quick, 1);
        List<Long> order = rig.fake.calls("sendMessage").stream().map(ApiCall::chatId).toList();
        assertThat(order).as("Quinn's reply completed while Sol's was still being answered")
                .containsExactly(quick.id(), slow.id());
    }

    /** The letter an option is shown under: options are shuffled, so it is the position of its button. */
    private static char letterOf(BotMessage question, String label) {
        int position = question.buttons().indexOf(question.button(label));
        return (char) ('A' + position);
    }
}
