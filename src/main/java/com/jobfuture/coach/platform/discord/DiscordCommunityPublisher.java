package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.core.daily.CommunityMessage;
import com.jobfuture.coach.core.daily.CommunityPublisher;
import com.jobfuture.coach.core.daily.PublishResult;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;

/**
 * Posts questions of the day and reveals into server channels (the community id is the channel id). Buttons carry
 * no owner, so every member may press them; a reveal replies to its question. Blocks on each send from the
 * caller's thread; JDA's rate limiter decides when it goes out (a 429 waits, shared with every other request).
 */
final class DiscordCommunityPublisher implements CommunityPublisher {
    /** Discord answers meaning the bot can no longer post in that channel. */
    private static final Set<ErrorResponse> GONE = EnumSet.of(ErrorResponse.UNKNOWN_CHANNEL,
            ErrorResponse.UNKNOWN_GUILD, ErrorResponse.MISSING_ACCESS, ErrorResponse.MISSING_PERMISSIONS);
    private final Supplier<JDA> jda;
    private final MessageRenderer renderer;

    DiscordCommunityPublisher(Supplier<JDA> jda, MessageRenderer renderer) {
        this.jda = jda;
        this.renderer = renderer;
    }

    @Override
    public PublishResult publish(CommunityMessage message) {
        JDA client = jda.get();
        if (client == null || client.getStatus() != JDA.Status.CONNECTED) {
            return new PublishResult.NotDelivered("not connected to Discord");
        }
        GuildMessageChannel channel = client.getChannelById(GuildMessageChannel.class,
                message.community().conversationId());
        if (channel == null) {
            return new PublishResult.BotRemoved("channel " + message.community().conversationId()
                    + " not found (deleted, or the bot left the server)");
        }
        try {
            Message last = null;
            int part = 0;
            for (DiscordMessage text : renderer.messages(message.reply())) {
                MessageCreateAction send = channel.sendMessage(renderer.create(text, Optional.empty()))
                        .setNonce(nonce(message.key() + "-" + part++));
                if (last == null && message.inReplyTo().isPresent()) {
                    send = send.setMessageReference(message.inReplyTo().get()).failOnInvalidReply(false);
                }
                last = send.complete();
            }
            return last == null ? new PublishResult.NotDelivered("nothing to send")
                    : new PublishResult.Posted(last.getId());
        } catch (InsufficientPermissionException e) {
            return new PublishResult.BotRemoved("missing permission " + e.getPermission());
        } catch (ErrorResponseException e) {
            if (GONE.contains(e.getErrorResponse())) {
                return new PublishResult.BotRemoved(e.getMeaning());
            }
            return e.isServerError() ? new PublishResult.Unknown(e.getMeaning())
                    : new PublishResult.NotDelivered(e.getErrorCode() + " " + e.getMeaning());
        } catch (RuntimeException e) {
            return new PublishResult.Unknown(e.toString());
        }
    }

    /** Discord nonces are at most 25 characters. */
    private static String nonce(String key) {
        return key.length() <= 25 ? key : key.substring(key.length() - 25);
    }
}
