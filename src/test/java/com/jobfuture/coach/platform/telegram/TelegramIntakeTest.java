package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.platform.fakes.Fault;
import com.jobfuture.coach.platform.telegram.fake.BotMessage;
import com.jobfuture.coach.platform.telegram.fake.FakeGroup;
import com.jobfuture.coach.platform.telegram.fake.FakeUser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Taking updates up: polling goes on beside a slow update, and an action costs about one commit. */
@Timeout(60)
class TelegramIntakeTest extends TelegramAppTest {
    @Test
    void anUpdateStuckInItsHandlingHoldsUpNoLaterUpdateOfAnotherUser() {
        FakeUser olga = rig.fake.user(7001, "Olga");
        FakeUser dana = rig.fake.user(7002, "Dana");
        olga.send("/start");
        dana.send("/start");
        rig.awaitMessages(olga, 1);
        rig.awaitMessages(dana, 1);
        FakeGroup group = rig.fake.group(-100_7001, "Study group").admin(olga);
        rig.fake.inject("getChatMember", new Fault.Slow(Duration.ofSeconds(3)), 1);

        group.post(olga, "/daily pause"); // asks Telegram whether Olga is an admin: 3 s
        FakeBotApiWait.until("Olga's update being handled", () -> rig.fake.arrivals("getChatMember",
                group.id()) == 1);
        dana.send("/help");

        List<BotMessage> danas = rig.awaitMessages(dana, 2);
        assertThat(danas.get(1).text()).startsWith("Here's what I can do");
        assertThat(rig.fake.calls("getChatMember")).as("Olga's update is still being handled").isEmpty();
        FakeBotApiWait.until("Olga answered after all", () -> rig.fake.messages(olga.id()).size() == 2);
    }

    @Test
    void aUserActionCostsAboutOneCommit() {
        FakeUser dana = rig.fake.user(7003, "Dana");
        dana.send("/start");
        rig.awaitMessages(dana, 1);
        rig.awaitSettled();
        long before = rig.app().databaseCommits();

        for (int i = 0; i < 10; i++) {
            dana.send("/help");
            rig.awaitMessages(dana, 2 + i);
        }
        rig.awaitSettled();
        FakeBotApiWait.until("the delivered rows removed", () -> rig.app().databaseCommits() - before >= 10);
        double perAction = (rig.app().databaseCommits() - before) / 10.0;

        // the update's receipt, its answer with the reply queued, the delivered reply removed: three writes that
        // share commits whenever they meet (and with other users' writes under load); before, five commits
        assertThat(perAction).as("commits (fsyncs) per action").isLessThanOrEqualTo(2.5);
    }
}
