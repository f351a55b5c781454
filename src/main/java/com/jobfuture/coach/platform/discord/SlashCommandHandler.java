package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.core.chat.CoachBot;
import com.jobfuture.coach.core.chat.Conversation;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.core.chat.Invocation;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.platform.common.InboundLimiter;
import com.jobfuture.coach.platform.common.KeyedLanes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;

/**
 * Slash commands: refused at once (privately) when unknown or malformed; otherwise deferred on the gateway thread
 * (Discord wants an answer within 3 s; the coach may wait on the database) and answered in the user's lane. In a
 * server the answer is ephemeral unless the coach addresses the whole channel; in a DM it is a normal message.
 * Commands past the user's {@link InboundLimiter} get its notice, privately, and are not handled.
 */
final class SlashCommandHandler {
    private final CoachBot bot;
    private final SlashCommands commands;
    private final KeyedLanes lanes;
    private final MessageRenderer renderer;
    private final InboundLimiter limiter;

    SlashCommandHandler(CoachBot bot, SlashCommands commands, KeyedLanes lanes, MessageRenderer renderer,
                        InboundLimiter limiter) {
        this.bot = bot;
        this.commands = commands;
        this.lanes = lanes;
        this.renderer = renderer;
        this.limiter = limiter;
    }

    void handle(SlashCommandInteractionEvent event) {
        Map<String, String> options = new LinkedHashMap<>();
        for (OptionMapping option : event.getOptions()) {
            options.put(option.getName(), option.getAsString());
        }
        Invocation verdict = commands.check(event.getName(), Optional.ofNullable(event.getSubcommandName()), options);
        if (verdict.refusal().isPresent()) {
            event.reply(verdict.refusal().get()).setEphemeral(true).queue(null, Failures.log("refusal"));
            return;
        }
        if (limiter.check(DiscordUsers.PLATFORM + ":" + event.getUser().getId()) != InboundLimiter.Verdict.HANDLE) {
            event.reply(InboundLimiter.NOTICE).setEphemeral(true).queue(null, Failures.log("inbound notice"));
            return;
        }
        boolean inServer = Conversations.inServer(event);
        // Private until the coach says a reply is for everyone (then it goes out as a public follow-up).
        boolean ephemeral = inServer || verdict.answerPrivately();
        event.deferReply(ephemeral).queue(null, Failures.log("deferReply"));
        InteractionHook hook = event.getHook();
        User user = event.getUser();
        Conversation conversation = Conversations.of(event);
        lanes.submitAsync(user.getId(), () -> Failures.guard(hook, () -> {
            List<Reply> replies = bot.handle(Incoming.message(DiscordUsers.of(user), conversation, verdict.text()));
            return new InteractionReplies(hook, inServer, true, true, user.getId(), renderer)
                    .send(inServer ? ServerReplies.adapt(replies) : replies);
        }));
    }
}
