package com.jobfuture.coach.platform.telegram;

import com.jobfuture.coach.core.chat.CommandSpec;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the adapter itself says in groups. Nothing here is personal: the coach's personal replies go to the
 * member's private chat, and the group only sees these notes, the questions of the day, reveals and /jobs.
 */
final class GroupTexts {
    private final Supplier<String> botUsername;
    private final List<CommandSpec> groupCommands;

    /** {@code botUsername} is the bot's @name without the @ (empty until known); {@code commands} the coach's. */
    GroupTexts(Supplier<String> botUsername, List<CommandSpec> commands) {
        this.botUsername = botUsername;
        this.groupCommands = commands.stream().filter(CommandSpec::worksInCommunities).toList();
    }

    /** The note for commands that only work in the private chat: where to find it, by a deep link. */
    String privateChatNote() {
        return "I coach in a private chat, so your answers and progress stay private. " + openPrivateChat();
    }

    /** /help, /start and a welcome in a group: what works here (each community command's own words). */
    String groupHelp() {
        StringBuilder text = new StringBuilder("In this group:\n");
        groupCommands.forEach(spec -> text.append("• ").append(spec.communityLine()).append('\n'));
        return text.append("Quizzes and your progress: ").append(link()).toString();
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
