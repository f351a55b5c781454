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

    /** Something the coach itself does not answer, but the adapter replies to with a short note. */
    record Note(long chatId, String text) implements Inbound {
    }

    /** The user blocked (stopped) the bot, or started it again. */
    record Membership(long chatId, boolean blocked) implements Inbound {
    }

    /** A button press that only needs its loading animation stopped (a group message, no data). */
    record AnswerOnly(String callbackId) implements Inbound {
    }

    /** Nothing to do (edited messages, channel posts, other bots, update types the coach does not use). */
    record Ignore(String why) implements Inbound {
    }
}
