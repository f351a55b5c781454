package com.jobfuture.coach.platform.telegram;

import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.CoachBot;
import com.jobfuture.coach.core.chat.CommandSpec;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Decides what an update asks for. The coach works in private chats. In groups (and supergroups) the bot only
 * reacts to what is addressed to it: the commands that work in communities go to the coach as the group's
 * community conversation, presses on its messages too, {@code /help} and {@code /start} get the group's help,
 * other commands and mentions a short note with a deep link to the private chat; everything else is ignored.
 * A press on a private chat's message counts only from that chat's user (otherwise it is only answered).
 */
final class UpdateTranslator {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateTranslator.class);
    static final String ONLY_TEXT = "I can read text messages and button presses only. Send /help to see what "
            + "I can do.";
    private final Supplier<String> botUsername;
    private final GroupTexts texts;
    /** The commands the coach answers in groups. */
    private final Map<String, CommandSpec> groupCommands;

    /** {@code botUsername} is the bot's @name without the @ (empty until known); {@code commands} the coach's. */
    UpdateTranslator(Supplier<String> botUsername, List<CommandSpec> commands) {
        this.botUsername = botUsername;
        this.texts = new GroupTexts(botUsername, commands);
        this.groupCommands = commands.stream().filter(CommandSpec::worksInCommunities)
                .collect(Collectors.toMap(CommandSpec::name, spec -> spec));
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

    private Inbound message(Message message) {
        User from = message.getFrom();
        Chat chat = message.getChat();
        if (from == null || chat == null) {
            return new Inbound.Ignore("no sender");
        }
        boolean group = isGroup(chat);
        if (group && message.getSenderChat() != null) {
            // sent on behalf of the group (an anonymous admin) or a channel: there is nobody to answer privately
            return addressedToMe(message) && command(message) != null
                    ? new Inbound.Note(chat.getId(), texts.anonymousSender()) : new Inbound.Ignore("anonymous");
        }
        if (Boolean.TRUE.equals(from.getIsBot())) {
            return new Inbound.Ignore("no human sender");
        }
        if ("private".equals(chat.getType())) {
            if (message.getText() == null) {
                return new Inbound.Note(chat.getId(), ONLY_TEXT);
            }
            return new Inbound.Text(chat.getId(), user(from), message.getText());
        }
        if (!group || !addressedToMe(message)) {
            return new Inbound.Ignore("group chatter");
        }
        String command = command(message);
        CommandSpec spec = command == null ? null : groupCommands.get(command);
        if (spec != null) {
            return new Inbound.GroupCommand(chat.getId(), from.getId(), user(from), message.getMessageId(),
                    message.getText().strip(), spec.access() == CommandSpec.Access.COMMUNITY_ADMINS);
        }
        if (CoachBot.HELP.equals(command) || CoachBot.START.equals(command)) {
            return new Inbound.Note(chat.getId(), texts.groupHelp());
        }
        return new Inbound.Note(chat.getId(), texts.privateChatNote());
    }

    private Inbound press(CallbackQuery query) {
        if (query.getFrom() == null || query.getData() == null || query.getMessage() == null
                || query.getMessage().getChat() == null) {
            return new Inbound.AnswerOnly(query.getId());
        }
        Chat chat = query.getMessage().getChat();
        if (isGroup(chat) && !Boolean.TRUE.equals(query.getFrom().getIsBot())) {
            return new Inbound.GroupPress(chat.getId(), query.getFrom().getId(), user(query.getFrom()), query.getId(),
                    query.getData());
        }
        if (!"private".equals(chat.getType())) {
            return new Inbound.AnswerOnly(query.getId());
        }
        if (!chat.getId().equals(query.getFrom().getId())) {
            // A private chat's id is its user's id: a press by someone else on its message is forged.
            LOG.warn("Ignoring a button press by user {} on a message of another private chat", query.getFrom()
                    .getId());
            return new Inbound.AnswerOnly(query.getId());
        }
        Integer origin = query.getMessage() instanceof Message ? query.getMessage().getMessageId() : null;
        return new Inbound.Press(chat.getId(), user(query.getFrom()), query.getId(), origin, query.getData());
    }

    private Inbound membership(ChatMemberUpdated change) {
        Chat chat = change.getChat();
        String status = change.getNewChatMember() == null ? null : change.getNewChatMember().getStatus();
        if (chat == null || status == null) {
            return new Inbound.Ignore("membership without status");
        }
        if ("private".equals(chat.getType())) {
            return new Inbound.Membership(chat.getId(), status.equals("kicked"), null);
        }
        if (!isGroup(chat)) {
            return new Inbound.Ignore("membership change in a channel");
        }
        boolean in = status.equals("member") || status.equals("administrator") || status.equals("restricted");
        String old = change.getOldChatMember() == null ? "" : change.getOldChatMember().getStatus();
        boolean wasIn = old.equals("member") || old.equals("administrator") || old.equals("restricted");
        if (in && !wasIn) {
            return new Inbound.Membership(chat.getId(), false, "Hi! " + texts.groupHelp());
        }
        if (!in && wasIn) {
            return new Inbound.Membership(chat.getId(), true, null);
        }
        return new Inbound.Ignore("membership change in a group");
    }

    /** The command's name in lower case without the leading / and the @bot suffix, or null if not a command. */
    private static String command(Message message) {
        String text = message.getText();
        if (text == null || !text.strip().startsWith("/")) {
            return null;
        }
        String first = text.strip().split("\\s+", 2)[0].substring(1).toLowerCase(Locale.ROOT);
        int at = first.indexOf('@');
        return at < 0 ? first : first.substring(0, at);
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

    private static boolean isGroup(Chat chat) {
        return "group".equals(chat.getType()) || "supergroup".equals(chat.getType());
    }

    private static ChatUser user(User from) {
        return new ChatUser("telegram", String.valueOf(from.getId()), from.getFirstName(), false);
    }
}
