package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.core.chat.CoachBot;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.core.chat.Reply;
import java.util.List;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;

/**
 * Button presses: someone else's button is refused privately; the DM hand-off buttons open a private "thinking"
 * reply; every other press is acknowledged with a deferred edit and passed to the coach as its action, whose
 * replies edit the pressed message (when they replace it) or follow it. Stale buttons are the core's to explain.
 */
final class ButtonHandler {
    private final CoachBot bot;
    private final UserQueues queues;
    private final MessageRenderer renderer;
    private final DmHandoff handoff;

    ButtonHandler(CoachBot bot, UserQueues queues, MessageRenderer renderer, DmHandoff handoff) {
        this.bot = bot;
        this.queues = queues;
        this.renderer = renderer;
        this.handoff = handoff;
    }

    void handle(ButtonInteractionEvent event) {
        ComponentId id = ComponentId.parse(event.getComponentId());
        User user = event.getUser();
        if (id.belongsToSomeoneElse(user.getId())) {
            event.reply(DiscordTexts.SOMEONE_ELSES_BUTTON).setEphemeral(true).queue(null, Failures.log("refusal"));
            return;
        }
        boolean inDm = event.getChannelType() == ChannelType.PRIVATE;
        boolean handoffAction = id.action().equals(ServerReplies.TO_DMS) || id.action().equals(ServerReplies.STAY_HERE);
        if (handoffAction && !inDm) {
            event.deferReply(true).queue(null, Failures.log("deferReply"));
            InteractionHook hook = event.getHook();
            boolean toDms = id.action().equals(ServerReplies.TO_DMS);
            queues.submit(user.getId(), () -> Failures.guard(hook, () -> {
                if (toDms) {
                    handoff.moveToDms(hook, user);
                } else {
                    handoff.stayHere(hook, user);
                }
            }));
            return;
        }
        // In a DM the hand-off is done already: its buttons just show where the quiz stands.
        String action = handoffAction ? "next" : id.action();
        event.deferEdit().queue(null, Failures.log("deferEdit"));
        InteractionHook hook = event.getHook();
        queues.submit(user.getId(), () -> Failures.guard(hook, () -> {
            List<Reply> replies = bot.handle(Incoming.press(DiscordUsers.of(user), action));
            new InteractionReplies(hook, false, !inDm, user.getId(), renderer)
                    .send(inDm ? replies : ServerReplies.adapt(replies));
        }));
    }
}
