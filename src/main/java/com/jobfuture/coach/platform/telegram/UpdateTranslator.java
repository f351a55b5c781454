package com.jobfuture.coach.platform.telegram;

import com.jobfuture.coach.core.chat.ChatUser;
import java.util.Locale;
import java.util.function.Supplier;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Decides what an update asks for. The coach works in private chats; in groups the bot answers commands and
 * mentions with a short note and a deep link to the private chat, and stays silent otherwise.
 */
final class UpdateTranslator {
    static final String ONLY_TEXT = "I can read text messages and button presses only. Send /help to see what "
            + "I can do.";
    private final Supplier<String> botUsername;

    /** {@code botUsername} is the bot's @name without the @ (empty until known). */
    UpdateTranslator(Supplier<String> botUsername) {
        this.botUsername = botUsername;
    }

    Inbound translate(Update update) {
        if (update.getMessage() != null) {
            return message(update.getMessage());
        }
        if (update.getCallbackQuery() != null) {
            return press(update.getCallbackQuery());
        }
        if (update.getMyChatMember() != null) {
            return membership(update.getMyChatMember());
        }
        if (update.getEditedMessage() != null) {
            return new Inbound.Ignore("edited message");
        }
        return new Inbound.Ignore("update type not used");
    }

    /** Updates with the same key are handled in order: the sender for messages and presses, else the chat. */
    static String laneKey(Update update) {
        if (update.getMessage() != null && update.getMessage().getFrom() != null) {
            return "user:" + update.getMessage().getFrom().getId();
        }
        if (update.getCallbackQuery() != null && update.getCallbackQuery().getFrom() != null) {
            return "user:" + update.getCallbackQuery().getFrom().getId();
        }
        if (update.getMyChatMember() != null && update.getMyChatMember().getChat() != null) {
            return "chat:" + update.getMyChatMember().getChat().getId();
        }
        return "update:" + update.getUpdateId();
    }

    /** The note a group gets: the coach works in a private chat, linked by a deep link. */
    String privateChatNote() {
        String name = botUsername.get();
        String where = name == null || name.isBlank() ? "Open a private chat with me and send /start."
                : "Open it here: https://t.me/" + name + "?start=group";
        return "I coach in a private chat, so your answers and progress stay private. " + where;
    }

    private Inbound message(Message message) {
        User from = message.getFrom();
        Chat chat = message.getChat();
        if (from == null || chat == null || Boolean.TRUE.equals(from.getIsBot())) {
            return new Inbound.Ignore("no human sender");
        }
        if ("private".equals(chat.getType())) {
            if (message.getText() == null) {
                return new Inbound.Note(chat.getId(), ONLY_TEXT);
            }
            return new Inbound.Text(chat.getId(), user(from), message.getText());
        }
        if (("group".equals(chat.getType()) || "supergroup".equals(chat.getType())) && addressedToMe(message)) {
            return new Inbound.Note(chat.getId(), privateChatNote());
        }
        return new Inbound.Ignore("group chatter");
    }

    private Inbound press(CallbackQuery query) {
        if (query.getFrom() == null || query.getData() == null || query.getMessage() == null
                || query.getMessage().getChat() == null || !"private".equals(query.getMessage().getChat().getType())) {
            return new Inbound.AnswerOnly(query.getId());
        }
        Integer origin = query.getMessage() instanceof Message ? query.getMessage().getMessageId() : null;
        return new Inbound.Press(query.getMessage().getChat().getId(), user(query.getFrom()), query.getId(), origin,
                query.getData());
    }

    private Inbound membership(ChatMemberUpdated change) {
        Chat chat = change.getChat();
        String status = change.getNewChatMember() == null ? null : change.getNewChatMember().getStatus();
        if (chat == null || status == null) {
            return new Inbound.Ignore("membership without status");
        }
        if ("private".equals(chat.getType())) {
            return new Inbound.Membership(chat.getId(), status.equals("kicked"));
        }
        boolean joined = status.equals("member") || status.equals("administrator");
        String old = change.getOldChatMember() == null ? "" : change.getOldChatMember().getStatus();
        if (joined && (old.equals("left") || old.equals("kicked") || old.isEmpty())) {
            return new Inbound.Note(chat.getId(), "Hi! " + privateChatNote());
        }
        return new Inbound.Ignore("membership change in a group");
    }

    private boolean addressedToMe(Message message) {
        String text = message.getText();
        if (text == null) {
            return false;
        }
        String name = botUsername.get() == null ? "" : botUsername.get().toLowerCase(Locale.ROOT);
        String lower = text.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("/")) {
            String command = lower.split("\\s+", 2)[0];
            int at = command.indexOf('@');
            return at < 0 || command.substring(at + 1).equals(name);
        }
        return !name.isEmpty() && lower.contains("@" + name);
    }

    private static ChatUser user(User from) {
        return new ChatUser("telegram", String.valueOf(from.getId()), from.getFirstName(), false);
    }
}
