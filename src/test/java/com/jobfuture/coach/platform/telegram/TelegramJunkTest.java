package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.platform.telegram.fake.ApiCall;
import com.jobfuture.coach.platform.telegram.fake.BotMessage;
import com.jobfuture.coach.platform.telegram.fake.FakeUser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A flood of unexpected updates gets short replies or is ignored, and never stops the polling. */
@Timeout(60)
class TelegramJunkTest extends TelegramAppTest {
    @Test
    void junkUpdatesAreAnsweredOrIgnoredAndPollingGoesOn() {
        List<FakeUser> users = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            FakeUser user = rig.fake.user(5001 + i, "User" + i);
            user.send("/start");
            users.add(user);
        }
        for (FakeUser user : users) {
            BotMessage welcome = rig.awaitMessages(user, 1).get(0);
            user.sendSticker();
            user.editLast("/start edited into something else");
            user.pressData(welcome.messageId(), "no-such-action:" + user.id());
            user.pressData(welcome.messageId(), "x".repeat(300));
            user.pressData(welcome.messageId(), null);
            user.send("long ".repeat(819) + "text");
        }
        rig.fake.pushRaw("""
                {"channel_post": {"message_id": 1, "date": 1700000000, "text": "news",
                 "chat": {"id": -1001, "type": "channel", "title": "News"}}}""");
        rig.fake.pushRaw("""
                {"some_future_update": {"anything": [1, 2, 3]}}""");
        long unreadable = rig.fake.pushRaw("""
                {"message": {"message_id": "not-a-number", "date": "yesterday",
                 "chat": {"id": 5001, "type": "private"}, "text": "hi"}}""");
        rig.fake.pushRaw("""
                {"callback_query": {"id": "raw-game-1", "chat_instance": "c", "game_short_name": "g",
                 "from": {"id": 5001, "is_bot": false, "first_name": "User0"}}}""");
        rig.fake.pushRaw("""
                {"message": {"message_id": 77, "date": 1700000000, "text": "/start",
                 "chat": {"id": 5001, "type": "private", "first_name": "User0"},
                 "from": {"id": 999, "is_bot": true, "first_name": "SomeBot"}}}""");
        rig.fake.pushRaw("""
                {"poll": {"id": "p1", "question": "?", "options": [], "total_voter_count": 0, "is_closed": false,
                 "is_anonymous": true, "type": "regular", "allows_multiple_answers": false}}""");
        rig.fake.pushRaw("""
                {"my_chat_member": {"chat": {"id": -100777, "type": "supergroup", "title": "Old group"},
                 "from": {"id": 5002, "is_bot": false, "first_name": "User1"}, "date": 1700000000,
                 "old_chat_member": {"status": "member", "user": {"id": 7000001, "is_bot": true, "first_name": "C"}},
                 "new_chat_member": {"status": "left", "user": {"id": 7000001, "is_bot": true, "first_name": "C"}}}}""");

        FakeUser late = rig.fake.user(5100, "Late");
        late.send("/start");
        assertThat(rig.awaitMessages(late, 1).get(0).text()).as("polling survived the flood").startsWith("Hi Late!");

        for (FakeUser user : users) {
            List<String> texts = rig.awaitMessages(user, 5).stream().map(BotMessage::text).toList();
            assertThat(texts.get(1)).isEqualTo(UpdateTranslator.ONLY_TEXT);
            assertThat(texts.get(2)).startsWith("That button has expired.");
            assertThat(texts.get(3)).startsWith("That button has expired.");
            assertThat(texts.get(4)).startsWith("I'm not sure what to do with that.");
        }
        rig.awaitSettled();
        assertThat(rig.fake.deliveries(unreadable)).as("the unreadable update was passed, not retried")
                .isEqualTo(1);
        for (FakeUser user : users) {
            assertThat(rig.fake.messages(user.id())).as("edited messages get no reply").hasSize(5);
        }
        assertThat(rig.fake.messages(5001).get(0).text()).as("no reply to another bot").startsWith("Hi User0!");
        assertThat(rig.fake.calls("answerCallbackQuery")).as("every press answered, even a raw one")
                .hasSize(3 * users.size() + 1)
                .anyMatch(call -> call.params().path("callback_query_id").asText().equals("raw-game-1"));
        assertThat(rig.fake.calls("sendMessage")).allMatch(ApiCall::ok);
    }
}
