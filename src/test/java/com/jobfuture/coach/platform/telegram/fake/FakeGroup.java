package com.jobfuture.coach.platform.telegram.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A group or supergroup the bot is a member of. The test sets members' statuses (what getChatMember answers),
 * posts messages as its users, presses the buttons of the bot's group messages, removes the bot and upgrades a
 * basic group to a supergroup.
 */
public final class FakeGroup {
    private final FakeBotApi api;
    private final long id;

    FakeGroup(FakeBotApi api, long id) {
        this.api = api;
        this.id = id;
    }

    public long id() {
        return id;
    }

    /** Makes the user the group's creator. */
    public FakeGroup owner(FakeUser user) {
        return status(user, "creator");
    }

    /** Makes the user an administrator. */
    public FakeGroup admin(FakeUser user) {
        return status(user, "administrator");
    }

    /** Makes the user an ordinary member. */
    public FakeGroup member(FakeUser user) {
        return status(user, "member");
    }

    /** Posts a message in the group as the user (who becomes a member if they were not); returns its message id. */
    public int post(FakeUser from, String text) {
        synchronized (api) {
            if (api.chats().memberStatus(id, from.id()).equals("left")) {
                api.chats().setMember(id, from.id(), "member");
            }
        }
        ObjectNode message = api.json().createObjectNode();
        int messageId = api.nextMessageId(id);
        message.put("message_id", messageId);
        message.set("from", from.userJson());
        message.set("chat", api.chatJson(id));
        message.put("date", api.nowSeconds());
        message.put("text", text);
        if (text.startsWith("/")) {
            int end = text.indexOf(' ');
            message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0)
                    .put("length", end < 0 ? text.length() : end);
        }
        synchronized (api) {
            api.chats().userPosted(id, message);
        }
        push("message", message);
        return messageId;
    }

    /** Presses the button with this label on the bot's group message as the user; returns the callback query id. */
    public String press(FakeUser user, BotMessage message, String label) {
        String callbackId = api.newCallbackId();
        ObjectNode query = api.json().createObjectNode();
        query.put("id", callbackId);
        query.set("from", user.userJson());
        query.set("message", api.messageJson(id, message.messageId()));
        query.put("chat_instance", "ci" + id);
        query.put("data", message.button(label).callbackData());
        push("callback_query", query);
        return callbackId;
    }

    /**
     * Removes the bot from the group: {@code kicked} (banned) or just {@code left}; sends to the group are refused
     * with 403 from now on. With {@code tellBot} Telegram also sends the bot its my_chat_member update.
     */
    public void removeBot(FakeUser by, boolean kicked, boolean tellBot) {
        String status = kicked ? "kicked" : "left";
        String old;
        synchronized (api) {
            old = api.chats().botStatus(id);
            api.chats().setBotStatus(id, status);
        }
        if (tellBot) {
            ObjectNode change = api.json().createObjectNode();
            change.set("chat", api.chatJson(id));
            change.set("from", by.userJson());
            change.put("date", api.nowSeconds());
            change.putObject("old_chat_member").put("status", old).set("user", api.botUser());
            ObjectNode member = change.putObject("new_chat_member").put("status", status);
            member.set("user", api.botUser());
            if (kicked) {
                member.put("until_date", 0);
            }
            push("my_chat_member", change);
        }
    }

    /**
     * Upgrades this basic group to a supergroup with a new id, as Telegram does when a group grows or gets
     * certain settings: the old id answers 400 "group chat was upgraded" with {@code migrate_to_chat_id}, and the
     * old group gets a service message saying so. Returns the new supergroup.
     */
    public FakeGroup upgradeToSupergroup(FakeUser by, long supergroupId) {
        synchronized (api) {
            api.chats().migrate(id, supergroupId);
        }
        ObjectNode message = api.json().createObjectNode();
        message.put("message_id", api.nextMessageId(id));
        message.set("from", by.userJson());
        message.set("chat", api.chatJson(id));
        message.put("date", api.nowSeconds());
        message.put("migrate_to_chat_id", supergroupId);
        push("message", message);
        return new FakeGroup(api, supergroupId);
    }

    private FakeGroup status(FakeUser user, String status) {
        synchronized (api) {
            api.chats().setMember(id, user.id(), status);
        }
        return this;
    }

    private long push(String type, ObjectNode payload) {
        ObjectNode update = api.json().createObjectNode();
        update.set(type, payload);
        return api.pushUpdate(update);
    }
}
