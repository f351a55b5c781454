package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.core.chat.CoachBot;
import com.jobfuture.coach.core.chat.Conversation;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.core.chat.Reply;
import java.util.List;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.ErrorResponse;

/**
 * Moves a server user's open question (the quiz) to their DMs, where typed answers work. The quiz itself lives in the core, so moving
 * is only showing where it stands in the other place. If the DMs are closed (error 50007) the user is told
 * privately and offered to keep going with ephemeral messages. Runs on worker threads.
 */
final class DmHandoff {
    private final CoachBot bot;
    private final MessageRenderer renderer;

    DmHandoff(CoachBot bot, MessageRenderer renderer) {
        this.bot = bot;
        this.renderer = renderer;
    }

    /** Opens the DM, shows the quiz there and links to it from the private server reply behind {@code hook}. */
    void moveToDms(InteractionHook hook, User user) {
        PrivateChannel channel;
        try {
            channel = user.openPrivateChannel().complete();
            // A first, harmless message tells whether DMs are open before the coach changes anything.
            channel.sendMessage(renderer.text(DiscordTexts.DM_INTRO)).complete();
        } catch (ErrorResponseException e) {
            if (e.getErrorResponse() != ErrorResponse.CANNOT_SEND_TO_USER) {
                throw e;
            }
            new InteractionReplies(hook, true, true, true, user.getId(), renderer).send(List.of(DiscordTexts.dmsClosed()));
            return;
        }
        List<Reply> replies = bot.handle(Incoming.whereItStands(DiscordUsers.of(user), Conversation.direct(user.getId())));
        List<Message> sent = new ChannelReplies(channel, user.getId(), renderer).send(replies);
        String link = sent.isEmpty() ? "https://discord.com/channels/@me/" + channel.getId() : sent.get(0).getJumpUrl();
        hook.editOriginal(DiscordTexts.movedToDms(link)).complete();
    }

    /** Continues in the server channel ({@code conversation}) with messages only this user sees. */
    void stayHere(InteractionHook hook, User user, Conversation conversation) {
        List<Reply> replies = bot.handle(Incoming.whereItStands(DiscordUsers.of(user), conversation));
        new InteractionReplies(hook, true, true, true, user.getId(), renderer).send(ServerReplies.adapt(replies));
    }
}
