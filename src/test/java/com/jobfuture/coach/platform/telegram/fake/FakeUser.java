package com.jobfuture.coach.platform.telegram.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Telegram user played by the test in its private chat (chat id = user id): writes, presses buttons that are on
 * the message now (like a real client), edits, sends stickers, blocks and unblocks the bot.
 */
public final class FakeUser {
    private final FakeBotApi api;
    private final long id;
    private final String firstName;
    private volatile boolean started;
    private volatile boolean blocked;
    private int lastSentMessageId;

    FakeUser(FakeBotApi api, long id, String firstName) {
        this.api = api;
        this.id = id;
        this.firstName = firstName;
    }

    public long id() {
        return id;
    }

    public String firstName() {
        return firstName;
    }

    boolean started() {
        return started;
    }

    boolean blocked() {
        return blocked;
    }

    /** Sends a text message (commands get a bot_command entity, as Telegram adds); returns the update id. */
    public long send(String text) {
        started = true;
        ObjectNode message = message();
        message.put("text", text);
        if (text.startsWith("/")) {
            int end = text.indexOf(' ');
            message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0)
                    .put("length", end < 0 ? text.length() : end);
        }
        return push("message", message);
    }

    /** Presses the button with this label on the bot's message; returns the update id. */
    public long press(BotMessage message, String label) {
        return pressData(message.messageId(), message.button(label).callbackData());
    }

    /** Presses a button with any callback data on a message (a stale or forged button); returns the update id. */
    public long pressData(int messageId, String data) {
        ObjectNode query = api.json().createObjectNode();
        query.put("id", api.newCallbackId());
        query.set("from", userJson());
        query.set("message", api.messageJson(id, messageId));
        query.put("chat_instance", "ci-" + id);
        if (data != null) {
            query.put("data", data);
        }
        return push("callback_query", query);
    }

    /**
     * A forged press: this user's button press on message {@code messageId} of another chat ({@code chatId}), as a
     * tampered update would claim; returns the update id.
     */
    public long pressDataInChat(long chatId, int messageId, String data) {
        ObjectNode query = api.json().createObjectNode();
        query.put("id", api.newCallbackId());
        query.set("from", userJson());
        query.set("message", api.messageJson(chatId, messageId));
        query.put("chat_instance", "ci-" + chatId);
        query.put("data", data);
        return push("callback_query", query);
    }

    /** Edits the user's last text message. */
    public long editLast(String newText) {
        ObjectNode message = api.json().createObjectNode();
        message.put("message_id", lastSentMessageId);
        message.set("from", userJson());
        message.set("chat", api.chatJson(id));
        message.put("date", api.nowSeconds() - 5);
        message.put("edit_date", api.nowSeconds());
        message.put("text", newText);
        return push("edited_message", message);
    }

    /** Sends a sticker (no text). */
    public long sendSticker() {
        started = true;
        ObjectNode message = message();
        message.putObject("sticker").put("file_id", "sticker-1").put("file_unique_id", "s1").put("type", "regular")
                .put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false);
        return push("message", message);
    }

    /** Blocks the bot: sends to this chat now answer 403, and Telegram reports the user as 'kicked'. */
    public long block() {
        blocked = true;
        return push("my_chat_member", membership("member", "kicked"));
    }

    /** Unblocks the bot (and presses Start again). */
    public long unblock() {
        blocked = false;
        started = true;
        return push("my_chat_member", membership("kicked", "member"));
    }

    /** Blocks the bot without Telegram telling the bot (the bot learns it from a 403). */
    public void blockSilently() {
        blocked = true;
    }

    ObjectNode userJson() {
        return api.json().createObjectNode().put("id", id).put("is_bot", false).put("first_name", firstName)
                .put("language_code", "en");
    }

    private ObjectNode message() {
        ObjectNode message = api.json().createObjectNode();
        lastSentMessageId = api.nextMessageId(id);
        message.put("message_id", lastSentMessageId);
        message.set("from", userJson());
        message.set("chat", api.chatJson(id));
        message.put("date", api.nowSeconds());
        return message;
    }

    private ObjectNode membership(String oldStatus, String newStatus) {
        ObjectNode change = api.json().createObjectNode();
        change.set("chat", api.chatJson(id));
        change.set("from", userJson());
        change.put("date", api.nowSeconds());
        change.putObject("old_chat_member").put("status", oldStatus).set("user", api.botUser());
        ObjectNode member = change.putObject("new_chat_member").put("status", newStatus);
        member.set("user", api.botUser());
        if (newStatus.equals("kicked")) {
            member.put("until_date", 0);
        }
        return change;
    }

    private long push(String type, ObjectNode payload) {
        ObjectNode update = api.json().createObjectNode();
        update.set(type, payload);
        return api.pushUpdate(update);
    }
}
