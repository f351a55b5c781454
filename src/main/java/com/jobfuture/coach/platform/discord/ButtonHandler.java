package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.core.chat.CoachBot;
import com.jobfuture.coach.core.chat.Conversation;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.platform.common.InboundLimiter;
import com.jobfuture.coach.platform.common.KeyedLanes;
import java.util.List;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;

/**
 * Button presses: someone else's personal button is refused privately; the DM hand-off buttons open a private
 * "thinking" reply; every other press is acknowledged with a deferred edit and passed to the coach as its action,
 * whose replies replace the pressed message (when they say so and may) or follow it. Buttons of a message to a
 * whole channel carry no owner: anyone may press them. Stale buttons are the core's to explain. Presses past the
 * user's {@link InboundLimiter} are answered with its notice, privately, and not handled.
 */
final class ButtonHandler {
    private final CoachBot bot;
    private final KeyedLanes lanes;
    private final MessageRenderer renderer;
    private final DmHandoff handoff;
    private final InboundLimiter limiter;

    ButtonHandler(CoachBot bot, KeyedLanes lanes, MessageRenderer renderer, DmHandoff handoff,
                  InboundLimiter limiter) {
        this.bot = bot;
        this.lanes = lanes;
        this.renderer = renderer;
        this.handoff = handoff;
        this.limiter = limiter;
    }

    void handle(ButtonInteractionEvent event) {
        ComponentId id = ComponentId.parse(event.getComponentId());
        User user = event.getUser();
        if (id.belongsToSomeoneElse(user.getId())) {
            event.reply(DiscordTexts.SOMEONE_ELSES_BUTTON).setEphemeral(true).queue(null, Failures.log("refusal"));
            return;
        }
        if (limiter.check(DiscordUsers.PLATFORM + ":" + user.getId()) != InboundLimiter.Verdict.HANDLE) {
            // An interaction must be answered: a private notice, which Discord's own limits already bound.
            event.reply(InboundLimiter.NOTICE).setEphemeral(true).queue(null, Failures.log("inbound notice"));
            return;
        }
        boolean inServer = Conversations.inServer(event);
        boolean handoffAction = id.action().equals(ServerReplies.TO_DMS) || id.action().equals(ServerReplies.STAY_HERE);
        if (handoffAction && inServer) {
            event.deferReply(true).queue(null, Failures.log("deferReply"));
            InteractionHook hook = event.getHook();
            boolean toDms = id.action().equals(ServerReplies.TO_DMS);
            Conversation conversation = Conversations.of(event);
            lanes.submitAsync(user.getId(), () -> Failures.guard(hook, () -> toDms ? handoff.moveToDms(hook, user)
                    : handoff.stayHere(hook, user, conversation)));
            return;
        }
        // In a DM the hand-off is done already: its buttons just show where the open question stands.
        event.deferEdit().queue(null, Failures.log("deferEdit"));
        InteractionHook hook = event.getHook();
        Conversation conversation = Conversations.of(event);
        Incoming incoming = handoffAction ? Incoming.whereItStands(DiscordUsers.of(user), conversation)
                : Incoming.press(DiscordUsers.of(user), conversation, id.action());
        // A pressed message everyone sees (a channel-wide question) must never be replaced by a personal reply.
        boolean pressedPrivate = !inServer || event.getMessage().isEphemeral();
        lanes.submitAsync(user.getId(), () -> Failures.guard(hook, () -> {
            List<Reply> replies = bot.handle(incoming);
            return new InteractionReplies(hook, inServer, false, pressedPrivate, user.getId(), renderer)
                    .send(inServer ? ServerReplies.adapt(replies) : replies);
        }));
    }
}
