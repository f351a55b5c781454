package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.platform.common.InboundLimiter;
import com.jobfuture.coach.platform.fakes.Fault;
import com.jobfuture.coach.platform.telegram.fake.BotMessage;
import com.jobfuture.coach.platform.telegram.fake.FakeBotApi;
import com.jobfuture.coach.platform.telegram.fake.FakeUser;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile senders: a user flooding the bot gets their share and one notice, builds no backlog and delays nobody;
 * stale answers waiting to be sent are replaced by the latest one.
 */
@Timeout(120)
class TelegramInboundLimitsTest extends TelegramAppTest {
    @Test
    void threeHundredMessagesGetTheirShareAndOneNoticeWithoutABacklog() throws Exception {
        FakeUser flood = rig.fake.user(3201, "Flood");
        FakeUser sam = rig.fake.user(3202, "Sam");
        rig.time.hold(); // the limiter's window runs in real time while the flood is handled
        try {
            for (int i = 0; i < 300; i++) {
                flood.send("hello " + i);
            }
            sam.send("/help");
            FakeBotApi.await("every update confirmed", TelegramRig.WAIT, () -> rig.fake.unconfirmedUpdates() == 0);
            assertThat(outboxRows(flood.id())).as("replies waiting for the flooding user")
                    .isLessThanOrEqualTo(InboundLimiter.PER_WINDOW + 1);
            assertThat(rig.awaitMessages(sam, 1).get(0).text()).contains("Here's what I can do");
        } finally {
            rig.time.release();
        }
        FakeBotApi.await("the outbox delivered", TelegramRig.WAIT, () -> outboxRows(flood.id()) == 0);

        List<BotMessage> received = rig.fake.messages(flood.id());
        assertThat(received).hasSizeBetween(InboundLimiter.PER_WINDOW + 1, 2 * (InboundLimiter.PER_WINDOW + 1));
        assertThat(received).filteredOn(m -> m.text().equals(InboundLimiter.NOTICE)).isNotEmpty()
                .hasSizeLessThanOrEqualTo(2);
        assertThat(received.get(InboundLimiter.PER_WINDOW).text()).isEqualTo(InboundLimiter.NOTICE);
    }

    @Test
    void onlyTheLatestOfSeveralWaitingProgressAnswersIsSent() throws Exception {
        FakeUser dana = rig.fake.user(3203, "Dana");
        dana.send("/start");
        rig.awaitMessages(dana, 1);
        rig.awaitSettled();
        rig.fake.inject("sendMessage", dana.id(), new Fault.TooManyRequests(30), 1);
        rig.time.hold(); // keep the chat paused while Dana asks again and again
        try {
            dana.send("/help");
            FakeBotApi.await("the pause", TelegramRig.WAIT, () -> rig.fake.calls("sendMessage").stream()
                    .anyMatch(call -> call.status() == 429));
            for (int i = 0; i < 4; i++) {
                dana.send("/progress");
            }
            dana.send("/topics");
            // updates are confirmed once received, so wait for their answers: /help, 4 × /progress, /topics queued
            FakeBotApi.await("every update handled", TelegramRig.WAIT, () -> outboxRows(dana.id()) == 6);
        } finally {
            rig.time.release();
        }
        FakeBotApi.await("the outbox delivered", TelegramRig.WAIT, () -> outboxRows(dana.id()) == 0);

        List<String> texts = rig.fake.messages(dana.id()).stream().map(BotMessage::text).toList();
        assertThat(texts).hasSize(4);
        assertThat(texts.get(1)).startsWith("Here's what I can do");
        assertThat(texts.get(2)).startsWith("Your progress");
        assertThat(texts.get(3)).startsWith("Topics");
    }

    private int outboxRows(long chatId) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("coach.db"));
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM telegram_outbox WHERE chat_id = " + chatId)) {
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
