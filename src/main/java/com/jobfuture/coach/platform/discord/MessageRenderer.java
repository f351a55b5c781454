package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.platform.common.ButtonLayout;
import com.jobfuture.coach.platform.common.ReplyPlanner;
import com.jobfuture.coach.platform.common.TextSplitter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Renders the coach's replies as Discord messages: text split under 2000 characters without breaking code blocks,
 * buttons (and a file) on the last part, buttons in rows of five, component ids naming the user a personal
 * message was made for, and no pings.
 * The core's Markdown-style `code` and fenced blocks are Discord Markdown already. Stateless and thread-safe.
 */
final class MessageRenderer {
    /** Discord's limit for a message's content. */
    static final int MAX_CONTENT = 2000;
    static final int MAX_BUTTONS = 25;
    static final int MAX_LABEL = 80;
    /** Discord's rows: at most five buttons each, whatever their labels. */
    static final ButtonLayout ROWS = new ButtonLayout(5, Integer.MAX_VALUE);
    private final ReplyPlanner planner = new ReplyPlanner(new TextSplitter(MAX_CONTENT)::split, MAX_BUTTONS);

    /** The messages for one reply, in order; only the last carries the buttons and the file. */
    List<DiscordMessage> messages(Reply reply) {
        return planner.parts(reply).stream()
                .map(part -> new DiscordMessage(part.text(), part.buttons(), part.attachment())).toList();
    }

    /**
     * A new message; its buttons may be pressed only by {@code ownerId} when present (a personal message), by
     * anyone otherwise (a message to a whole channel).
     */
    MessageCreateData create(DiscordMessage message, Optional<String> ownerId) {
        MessageCreateBuilder builder = new MessageCreateBuilder()
                .setContent(message.content())
                .setComponents(rows(message.buttons(), ownerId))
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class));
        message.attachment().ifPresent(file -> builder.addFiles(FileUpload.fromData(file.content(), file.fileName())));
        return builder.build();
    }

    /** A full replacement of an existing message's text and buttons (old buttons go unless new ones come). */
    MessageEditData edit(DiscordMessage message, Optional<String> ownerId) {
        if (message.attachment().isPresent()) {
            throw new IllegalArgumentException("files are sent as new messages, not edits");
        }
        return new MessageEditBuilder()
                .setContent(message.content())
                .setComponents(rows(message.buttons(), ownerId))
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .build();
    }

    /** Plain text without buttons, for the adapter's own short notices. */
    MessageCreateData text(String content) {
        return create(new DiscordMessage(content, List.of()), Optional.empty());
    }

    private static List<ActionRow> rows(List<Button> buttons, Optional<String> ownerId) {
        List<net.dv8tion.jda.api.components.buttons.Button> jdaButtons = new ArrayList<>();
        for (Button button : buttons) {
            String id = ownerId.map(owner -> ComponentId.encode(button.action(), owner)).orElse(button.action());
            jdaButtons.add(net.dv8tion.jda.api.components.buttons.Button.secondary(id, label(button.label())));
        }
        List<ActionRow> rows = new ArrayList<>();
        int from = 0;
        for (List<Button> row : ROWS.rows(buttons)) {
            rows.add(ActionRow.of(jdaButtons.subList(from, from + row.size())));
            from += row.size();
        }
        return rows;
    }

    static String label(String label) {
        String text = label == null ? "" : label.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return "·";
        }
        return text.length() <= MAX_LABEL ? text : text.substring(0, MAX_LABEL - 1) + "…";
    }
}
