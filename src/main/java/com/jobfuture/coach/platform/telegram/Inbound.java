package com.jobfuture.coach.platform.telegram;

import com.jobfuture.coach.core.chat.ChatUser;

/** What an update asks of the bot, decided from its type and chat before anything is handled. */
sealed interface Inbound {
    /** A text message in a private chat: a command or an answer for the coach. */
    record Text(long chatId, ChatUser user, String text) implements Inbound {
    }

    /** A button press in a private chat; {@code originMessageId} is the pressed message, if it can be edited. */
    record Press(long chatId, ChatUser user, String callbackId, Integer originMessageId, String action)
            implements Inbound {
    }

    /**
     * A command that works in communities (e.g. {@code /daily}, {@code /jobs}), addressed to the bot in group
     * {@code chatId} by user {@code userId} in message {@code messageId}; {@code checksAdmin} when the coach must
     * know whether the sender administers the group.
     */
    record GroupCommand(long chatId, long userId, ChatUser user, int messageId, String text, boolean checksAdmin)
            implements Inbound {
    }

    /** A button press on the bot's message in group {@code chatId} (e.g. an answer to the question of the day). */
    record GroupPress(long chatId, long userId, ChatUser user, String callbackId, String action) implements Inbound {
    }

    /** Something the coach itself does not answer, but the adapter replies to with a short note. */
    record Note(long chatId, String text) implements Inbound {
    }

    /**
     * The bot may no longer write to the chat (the user blocked it, the bot left or was removed from the group),
     * or may again (unblocked, added back); {@code note} is said in the chat afterwards, if not null.
     */
    record Membership(long chatId, boolean blocked, String note) implements Inbound {
    }

    /** A button press that only needs its loading animation stopped (a channel message, no data). */
    record AnswerOnly(String callbackId) implements Inbound {
    }

    /** Nothing to do (edited messages, channel posts, other bots, update types the coach does not use). */
    record Ignore(String why) implements Inbound {
    }
}
