package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.core.chat.CoachBot;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.platform.common.InboundLimiter;
import com.jobfuture.coach.platform.common.KeyedLanes;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Text messages in a DM with the bot (typed answers and text commands): passed to the coach, answered in the DM.
 * Past the user's {@link InboundLimiter} they are not handled: the first gets the notice, the rest nothing.
 */
final class DirectMessageHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DirectMessageHandler.class);
    private final CoachBot bot;
    private final KeyedLanes lanes;
    private final MessageRenderer renderer;
    private final InboundLimiter limiter;

    DirectMessageHandler(CoachBot bot, KeyedLanes lanes, MessageRenderer renderer, InboundLimiter limiter) {
        this.bot = bot;
        this.lanes = lanes;
        this.renderer = renderer;
        this.limiter = limiter;
    }

    void handle(MessageReceivedEvent event) {
        if (!event.isFromType(ChannelType.PRIVATE) || event.getAuthor().isBot() || event.isWebhookMessage()) {
            return;
        }
        User author = event.getAuthor();
        String text = event.getMessage().getContentRaw();
        MessageChannel channel = event.getChannel();
        InboundLimiter.Verdict verdict = limiter.check(DiscordUsers.PLATFORM + ":" + author.getId());
        if (verdict == InboundLimiter.Verdict.NOTIFY) {
            channel.sendMessage(InboundLimiter.NOTICE).queue(null, Failures.log("inbound notice"));
        }
        if (verdict != InboundLimiter.Verdict.HANDLE) {
            return;
        }
        lanes.submitAsync(author.getId(), () -> new ChannelReplies(channel, author.getId(), renderer)
                .send(bot.handle(Incoming.message(DiscordUsers.of(author), text)))
                .whenComplete((sent, failure) -> {
                    if (failure != null) {
                        LOG.warn("Could not answer a DM from {}: {}", author.getId(), failure.toString());
                    }
                }));
    }
}
