package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.daily.CommunityMessage;
import com.jobfuture.coach.core.daily.CommunityRef;
import com.jobfuture.coach.core.daily.CommunityPublisher;
import com.jobfuture.coach.core.daily.PublishResult;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.attribute.IThreadContainer;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts questions of the day and reveals into server channels (the community id is the channel id). Buttons carry
 * no owner, so every member may press them. At the reveal the question's buttons are disabled (kept, greyed out,
 * so the options stay readable), a public discussion thread is opened under the question when the bot may create
 * threads there, and the reveal replies to the question and points to the thread.
 *
 * <p>Blocks on each request from the caller's thread (the scheduler posts one community after another). Two
 * limits apply: JDA's rate limiter keeps every per-route bucket (and waits out any 429), and {@link PostPacer}
 * keeps these posts under Discord's global limit of 50 requests per second, leaving room for DMs, so 200
 * communities due at once go out at a steady pace instead of tripping 429s.
 */
final class DiscordCommunityPublisher implements CommunityPublisher {
    /** What the bot needs in a channel with a question of the day (also the invite link's permissions). */
    static final Set<Permission> CHANNEL_PERMISSIONS = EnumSet.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
            Permission.MESSAGE_HISTORY, Permission.CREATE_PUBLIC_THREADS);
    /** Requests per second for community posts: Discord allows a bot 50 overall (interaction replies aside). */
    static final int REQUESTS_PER_SECOND = 40;
    private static final Logger LOG = LoggerFactory.getLogger(DiscordCommunityPublisher.class);
    /** Discord answers meaning the bot can no longer post in that channel. */
    private static final Set<ErrorResponse> GONE = EnumSet.of(ErrorResponse.UNKNOWN_CHANNEL,
            ErrorResponse.UNKNOWN_GUILD, ErrorResponse.MISSING_ACCESS, ErrorResponse.MISSING_PERMISSIONS);
    /** The channel itself is gone or out of reach (a missing permission for an extra step is not). */
    private static final Set<ErrorResponse> CHANNEL_GONE = EnumSet.of(ErrorResponse.UNKNOWN_CHANNEL,
            ErrorResponse.UNKNOWN_GUILD, ErrorResponse.MISSING_ACCESS);
    private static final long REQUEST_TIMEOUT_SECONDS = 120;
    private static final int MAX_THREAD_NAME = 100;
    private final Supplier<ShardManager> shards;
    private final ShardRange served;
    private final MessageRenderer renderer;
    private final PostPacer pacer;

    DiscordCommunityPublisher(Supplier<ShardManager> shards, ShardRange served, MessageRenderer renderer,
                              PostPacer pacer) {
        this.shards = shards;
        this.served = served;
        this.renderer = renderer;
        this.pacer = pacer;
    }

    /**
     * A process serving every shard reaches every channel (a missing one is reported as removed when posting);
     * one serving a shard range reaches only the channels of the servers on its shards.
     */
    @Override
    public boolean reaches(CommunityRef community) {
        ShardManager manager = shards.get();
        if (manager == null) {
            return false;
        }
        return served.all() || manager.getChannelById(GuildMessageChannel.class, community.conversationId()) != null;
    }

    @Override
    public PublishResult publish(CommunityMessage message) {
        ShardManager manager = shards.get();
        if (manager == null || manager.getShards().isEmpty()) {
            return new PublishResult.NotDelivered("not connected to Discord");
        }
        GuildMessageChannel channel = manager.getChannelById(GuildMessageChannel.class,
                message.community().conversationId());
        if (channel == null) {
            // An outage makes servers unavailable (their channels leave the cache), a shard may be reconnecting,
            // and another process may serve the channel's shard: none of these is a removal.
            if (manager.getShards().stream().anyMatch(jda -> jda.getStatus() != JDA.Status.CONNECTED
                    || !jda.getUnavailableGuilds().isEmpty())) {
                return new PublishResult.NotDelivered("a server is unavailable at Discord right now");
            }
            if (!served.all()) {
                return new PublishResult.NotDelivered("channel " + message.community().conversationId()
                        + " is not on this process's shards");
            }
            return new PublishResult.BotRemoved("channel " + message.community().conversationId()
                    + " not found (deleted, or the bot left the server)");
        }
        if (channel.getJDA().getStatus() != JDA.Status.CONNECTED) {
            return new PublishResult.NotDelivered("not connected to Discord");
        }
        try {
            Optional<String> thread = Optional.empty();
            if (message.kind() == CommunityMessage.Kind.REVEAL && message.inReplyTo().isPresent()) {
                thread = closeQuestion(channel, message.inReplyTo().get());
            }
            return send(channel, message, thread);
        } catch (InsufficientPermissionException e) {
            return new PublishResult.BotRemoved("missing permission " + e.getPermission());
        } catch (ErrorResponseException e) {
            if (GONE.contains(e.getErrorResponse())) {
                return new PublishResult.BotRemoved(e.getMeaning());
            }
            return e.isServerError() ? new PublishResult.Unknown(e.getMeaning())
                    : new PublishResult.NotDelivered(e.getErrorCode() + " " + e.getMeaning());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PublishResult.NotDelivered("interrupted before sending");
        } catch (RuntimeException e) {
            return new PublishResult.Unknown(e.toString());
        }
    }

    private PublishResult send(GuildMessageChannel channel, CommunityMessage message, Optional<String> thread)
            throws InterruptedException {
        Reply reply = message.reply();
        if (thread.isPresent()) {
            reply = reply.withContent(reply.text() + "\nDiscuss it in <#" + thread.get() + ">", reply.buttons());
        }
        Message last = null;
        int part = 0;
        for (DiscordMessage text : renderer.messages(reply)) {
            MessageCreateAction send = channel.sendMessage(renderer.create(text, Optional.empty()))
                    .setNonce(nonce(message.key() + "-" + part++));
            if (last == null && message.inReplyTo().isPresent()) {
                send = send.setMessageReference(message.inReplyTo().get()).failOnInvalidReply(false);
            }
            last = paced(send);
        }
        return last == null ? new PublishResult.NotDelivered("nothing to send")
                : new PublishResult.Posted(last.getId());
    }

    /**
     * Greys out the question's answer buttons and opens its discussion thread; both are extras, so a failure
     * other than a channel gone is logged and the reveal goes out regardless. Returns the thread's id.
     */
    private Optional<String> closeQuestion(GuildMessageChannel channel, String questionId)
            throws InterruptedException {
        Message question;
        try {
            question = paced(channel.retrieveMessageById(questionId));
            if (!question.getComponents().isEmpty()) {
                paced(channel.editMessageComponentsById(questionId,
                        question.getComponentTree().asDisabled().getComponents()));
            }
        } catch (ErrorResponseException e) {
            if (CHANNEL_GONE.contains(e.getErrorResponse())) {
                throw e;
            }
            LOG.warn("Could not close the answer buttons of question {} in {}: {}", questionId, channel.getId(),
                    e.getMeaning());
            return Optional.empty();
        } catch (InsufficientPermissionException e) {
            LOG.warn("Could not close the answer buttons of question {} in {}: missing {}", questionId,
                    channel.getId(), e.getPermission());
            return Optional.empty();
        }
        return openThread(channel, question);
    }

    private Optional<String> openThread(GuildMessageChannel channel, Message question) throws InterruptedException {
        if (!(channel instanceof IThreadContainer container)
                || !channel.getGuild().getSelfMember().hasPermission(channel, Permission.CREATE_PUBLIC_THREADS)) {
            return Optional.empty();
        }
        try {
            ThreadChannel thread = paced(container.createThreadChannel(threadName(question), question.getIdLong())
                    .setAutoArchiveDuration(ThreadChannel.AutoArchiveDuration.TIME_24_HOURS));
            return Optional.of(thread.getId());
        } catch (ErrorResponseException e) {
            if (e.getErrorResponse() == ErrorResponse.THREAD_WITH_THIS_MESSAGE_ALREADY_EXISTS) {
                // A retried reveal: a thread started from a message has the message's id.
                return Optional.of(question.getId());
            }
            if (CHANNEL_GONE.contains(e.getErrorResponse())) {
                throw e;
            }
            LOG.warn("Could not open a discussion thread in {}: {}", channel.getId(), e.getMeaning());
        } catch (InsufficientPermissionException e) {
            LOG.warn("Could not open a discussion thread in {}: missing {}", channel.getId(), e.getPermission());
        }
        return Optional.empty();
    }

    /** "Discussion · ORM · QuerySets · junior" from the question's first line. */
    static String threadName(Message question) {
        String first = question.getContentRaw().lines().findFirst().orElse("").strip();
        String topic = first.startsWith("Question of the day") ? first.substring("Question of the day".length())
                : first.isEmpty() ? "" : " · " + first;
        String name = "Discussion" + topic;
        return name.length() <= MAX_THREAD_NAME ? name : name.substring(0, MAX_THREAD_NAME - 1) + "…";
    }

    /** One request within the pace; JDA's rate limiter may hold it longer. */
    private <T> T paced(RestAction<T> action) throws InterruptedException {
        pacer.acquire();
        return action.timeout(REQUEST_TIMEOUT_SECONDS, TimeUnit.SECONDS).complete();
    }

    /** Discord nonces are at most 25 characters. */
    private static String nonce(String key) {
        return key.length() <= 25 ? key : key.substring(key.length() - 25);
    }
}
