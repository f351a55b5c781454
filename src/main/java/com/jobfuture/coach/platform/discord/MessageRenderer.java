package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.Reply;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the coach's replies as Discord messages: text split under 2000 characters without breaking code blocks,
 * buttons on the last part in rows of five, component ids naming the user they were made for, and no pings.
 * The core's Markdown-style `code` and fenced blocks are Discord Markdown already. Stateless and thread-safe.
 */
final class MessageRenderer {
    static final int MAX_BUTTONS_PER_ROW = 5;
    static final int MAX_BUTTONS = 25;
    static final int MAX_LABEL = 80;
    private static final Logger LOG = LoggerFactory.getLogger(MessageRenderer.class);
    private final MessageSplitter splitter = new MessageSplitter(MessageSplitter.DISCORD_LIMIT);

    /** The messages for one reply, in order; only the last carries the buttons. */
    List<DiscordMessage> messages(Reply reply) {
        List<String> texts = splitter.split(reply.text());
        List<Button> buttons = reply.buttons();
        if (buttons.size() > MAX_BUTTONS) {
            LOG.warn("A reply has {} buttons; Discord shows {}", buttons.size(), MAX_BUTTONS);
            buttons = buttons.subList(0, MAX_BUTTONS);
        }
        if (texts.isEmpty()) {
            return buttons.isEmpty() ? List.of() : List.of(new DiscordMessage("", buttons));
        }
        List<DiscordMessage> messages = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            messages.add(new DiscordMessage(texts.get(i), i == texts.size() - 1 ? buttons : List.of()));
        }
        return messages;
    }

    /** A new message whose buttons only {@code ownerId} may press. */
    MessageCreateData create(DiscordMessage message, String ownerId) {
        return new MessageCreateBuilder()
                .setContent(message.content())
                .setComponents(rows(message.buttons(), ownerId))
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .build();
    }

    /** A full replacement of an existing message (its old buttons go unless the new one has buttons). */
    MessageEditData edit(DiscordMessage message, String ownerId) {
        return new MessageEditBuilder()
                .setContent(message.content())
                .setComponents(rows(message.buttons(), ownerId))
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .build();
    }

    /** Plain text without buttons, for the adapter's own short notices. */
    MessageCreateData text(String content) {
        return create(new DiscordMessage(content, List.of()), "0");
    }

    private static List<ActionRow> rows(List<Button> buttons, String ownerId) {
        List<net.dv8tion.jda.api.components.buttons.Button> jdaButtons = new ArrayList<>();
        for (Button button : buttons) {
            jdaButtons.add(net.dv8tion.jda.api.components.buttons.Button.secondary(
                    ComponentId.encode(button.action(), ownerId), label(button.label())));
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
