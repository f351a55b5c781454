package com.jobfuture.coach.platform.telegram.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A supergroup the bot is a member of; the test posts messages in it as one of its users. */
public final class FakeGroup {
    private final FakeBotApi api;
    private final ObjectNode chat;

    FakeGroup(FakeBotApi api, ObjectNode chat) {
        this.api = api;
        this.chat = chat;
    }

    public long id() {
        return chat.path("id").asLong();
    }

    /** Posts a message in the group as the user; returns the update id. */
    public long post(FakeUser from, String text) {
        ObjectNode message = api.json().createObjectNode();
        message.put("message_id", api.nextMessageId(id()));
        message.set("from", from.userJson());
        message.set("chat", chat.deepCopy());
        message.put("date", api.nowSeconds());
        message.put("text", text);
        if (text.startsWith("/")) {
            int end = text.indexOf(' ');
            message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0)
                    .put("length", end < 0 ? text.length() : end);
        }
        ObjectNode update = api.json().createObjectNode();
        update.set("message", message);
        return api.pushUpdate(update);
    }
}
