package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.core.chat.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;

/**
 * Sends replies as new messages in a DM, in order (a DM is private: every button is its owner's). Never blocks:
 * each message is queued after the previous one was sent; JDA's rate limiter decides when (a 429 delays it).
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
     * has no such origin); completes with the messages sent, or exceptionally with JDA's failure.
     */
    CompletableFuture<List<Message>> send(List<Reply> replies) {
        List<Message> sent = new ArrayList<>();
        CompletableFuture<?> chain = CompletableFuture.completedFuture(null);
        for (Reply reply : replies) {
            for (DiscordMessage message : renderer.messages(reply)) {
                chain = chain.thenCompose(ignored -> channel.sendMessage(renderer.create(message, Optional.of(ownerId)))
                        .submit().thenAccept(sent::add));
            }
        }
        return chain.thenApply(ignored -> List.copyOf(sent));
    }
}
