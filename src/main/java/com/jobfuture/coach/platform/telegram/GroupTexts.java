package com.jobfuture.coach.platform.telegram;

import java.util.function.Supplier;

/**
 * What the adapter itself says in groups. Nothing here is personal: the coach's personal replies go to the
 * member's private chat, and the group only sees these notes, the questions of the day, reveals and /jobs.
 */
final class GroupTexts {
    private final Supplier<String> botUsername;

    /** {@code botUsername} is the bot's @name without the @ (empty until known). */
    GroupTexts(Supplier<String> botUsername) {
        this.botUsername = botUsername;
    }

    /** The note for commands that only work in the private chat: where to find it, by a deep link. */
    String privateChatNote() {
        return "I coach in a private chat, so your answers and progress stay private. " + openPrivateChat();
    }

    /** /help, /start and a welcome in a group: what works here. */
    String groupHelp() {
        return "In this group:\n"
                + "• /daily — the question of the day: when it comes and what it covers. Admins set it up, e.g. "
                + "/daily set 09:00 Europe/Berlin mon-fri orm,apis middle reveal 8h, and use /daily pause, resume, "
                + "off, now or reveal.\n"
                + "• /jobs [keywords] [remote|onsite] [junior|middle|senior] — Django roles\n"
                + "Answer the question of the day with its buttons: only you see your answer; the group sees the "
                + "totals. I answer /daily to you privately.\n"
                + "Quizzes and your progress: " + link();
    }

    /** Said in the group, replying to a member's command, when their private chat refused the answer. */
    String cannotWriteToYou() {
        return "I answer that privately, but I can't write to you yet: open " + link()
                + ", press Start, then send the command here again.";
    }

    /** Said privately when Telegram did not say whether the sender is an admin of the group. */
    String adminCheckFailed() {
        return "I couldn't check with Telegram whether you're an admin of that group just now, so nothing was "
                + "changed. Please send the command again in a minute.";
    }

    /** Said in the group to a command sent anonymously (as the group or a channel): nobody to answer privately. */
    String anonymousSender() {
        return "I can't tell who sent that: it was sent on behalf of the group or a channel, and I answer "
                + "commands privately. Please send it as yourself (admins: turn off \"Remain anonymous\" for a "
                + "moment).";
    }

    private String openPrivateChat() {
        String name = botUsername.get();
        return name == null || name.isBlank() ? "Open a private chat with me and send /start."
                : "Open it here: " + link();
    }

    private String link() {
        String name = botUsername.get();
        return name == null || name.isBlank() ? "a private chat with me" : "https://t.me/" + name + "?start=group";
    }
}
