package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.Reply;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the coach's replies as Discord messages: text split under 2000 characters without breaking code blocks,
 * buttons (and a file) on the last part, buttons in rows of five, component ids naming the user a personal
 * message was made for, and no pings.
 * The core's Markdown-style `code` and fenced blocks are Discord Markdown already. Stateless and thread-safe.
 */
final class MessageRenderer {
    static final int MAX_BUTTONS_PER_ROW = 5;
    static final int MAX_BUTTONS = 25;
    static final int MAX_LABEL = 80;
    private static final Logger LOG = LoggerFactory.getLogger(MessageRenderer.class);
    private final MessageSplitter splitter = new MessageSplitter(MessageSplitter.DISCORD_LIMIT);

    /** The messages for one reply, in order; only the last carries the buttons and the file. */
    List<DiscordMessage> messages(Reply reply) {
        List<String> texts = splitter.split(reply.text());
        List<Button> buttons = reply.buttons();
        if (buttons.size() > MAX_BUTTONS) {
            LOG.warn("A reply has {} buttons; Discord shows {}", buttons.size(), MAX_BUTTONS);
            buttons = buttons.subList(0, MAX_BUTTONS);
        }
        if (texts.isEmpty()) {
            boolean nothing = buttons.isEmpty() && reply.attachment().isEmpty();
            return nothing ? List.of() : List.of(new DiscordMessage("", buttons, reply.attachment()));
        }
        List<DiscordMessage> messages = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            boolean last = i == texts.size() - 1;
            messages.add(new DiscordMessage(texts.get(i), last ? buttons : List.of(),
                    last ? reply.attachment() : Optional.empty()));
        }
        return messages;
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
        for (int from = 0; from < jdaButtons.size(); from += MAX_BUTTONS_PER_ROW) {
            rows.add(ActionRow.of(jdaButtons.subList(from, Math.min(jdaButtons.size(), from + MAX_BUTTONS_PER_ROW))));
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
