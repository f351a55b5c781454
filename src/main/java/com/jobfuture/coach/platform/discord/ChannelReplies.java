package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.core.chat.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;

/**
 * Sends replies as new messages in a DM, in order (a DM is private: every button is its owner's). Blocks on each
 * send, so call it from a worker thread; JDA's rate limiter decides when each request goes out (a 429 delays it).
 */
final class ChannelReplies {
    private final MessageChannel channel;
    private final String ownerId;
    private final MessageRenderer renderer;

    ChannelReplies(MessageChannel channel, String ownerId, MessageRenderer renderer) {
        this.channel = channel;
        this.ownerId = ownerId;
        this.renderer = renderer;
    }

    /**
     * Sends every reply (a reply that would replace a pressed button's message is simply sent: a typed message
     * has no such origin) and returns the messages sent; a failed send throws JDA's exception.
     */
    List<Message> send(List<Reply> replies) {
        List<Message> sent = new ArrayList<>();
        for (Reply reply : replies) {
            for (DiscordMessage message : renderer.messages(reply)) {
                sent.add(channel.sendMessage(renderer.create(message, Optional.of(ownerId))).complete());
            }
        }
        return sent;
    }
}
