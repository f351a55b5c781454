package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.platform.telegram.fake.BotMessage;
import com.jobfuture.coach.platform.telegram.fake.FakeUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A button press must come from the private chat its message belongs to; a forged one changes nothing. */
@Timeout(60)
class TelegramForgedPressTest extends TelegramAppTest {
    @Test
    void aPressClaimingAnotherUsersChatIsAnsweredButNotHandled() {
        FakeUser dana = rig.fake.user(3101, "Dana");
        FakeUser mallory = rig.fake.user(3102, "Mallory");
        mallory.send("/start");
        BotMessage mallorysMessage = rig.awaitMessages(mallory, 1).get(0);

        long forged = dana.pressDataInChat(mallory.id(), mallorysMessage.messageId(), "share:new");
        rig.awaitSettled();

        assertThat(rig.fake.messages(mallory.id())).hasSize(1);
        assertThat(rig.fake.lastMessage(mallory.id()).edits()).isZero();
        assertThat(rig.fake.messages(dana.id())).isEmpty();
        assertThat(rig.fake.deliveries(forged)).isPositive();
        dana.send("/share list");
        assertThat(rig.awaitMessages(dana, 1).get(0).text()).contains("no active share links");
    }

    @Test
    void aPressInTheUsersOwnChatStillWorks() {
        FakeUser dana = rig.fake.user(3103, "Dana");
        dana.send("/share list");
        BotMessage list = rig.awaitMessages(dana, 1).get(0);

        dana.press(list, "New link");

        com.jobfuture.coach.platform.telegram.fake.FakeBotApi.await("a link in Dana's chat", TelegramRig.WAIT,
                () -> rig.fake.messages(dana.id()).stream().anyMatch(m -> m.text().contains("/p/")));
    }
}
