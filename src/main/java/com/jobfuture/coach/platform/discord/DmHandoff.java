package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.core.chat.CoachBot;
import com.jobfuture.coach.core.chat.Conversation;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.core.chat.Reply;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.ErrorResponse;

/**
 * Moves a server user's open question (the quiz) to their DMs, where typed answers work. The question lives in
 * the core, so moving is only showing where it stands in the other place. If the DMs are closed (error 50007)
 * the user is told privately and offered to keep going with ephemeral messages. Never blocks on Discord (the
 * coach's own work after the DM opened runs on the common pool, off JDA's threads).
 */
final class DmHandoff {
    private final CoachBot bot;
    private final MessageRenderer renderer;

    DmHandoff(CoachBot bot, MessageRenderer renderer) {
        this.bot = bot;
        this.renderer = renderer;
    }

    /** Opens the DM, shows the question there and links to it from the private server reply behind {@code hook}. */
    CompletableFuture<Void> moveToDms(InteractionHook hook, User user) {
        // A first, harmless message tells whether DMs are open before the coach changes anything.
        return user.openPrivateChannel().submit()
                .thenCompose(channel -> channel.sendMessage(renderer.text(DiscordTexts.DM_INTRO)).submit()
                        .thenApply(ignored -> channel))
                .handleAsync((channel, failure) -> failure == null ? showThere(hook, user, channel)
                        : dmsClosed(failure) ? new InteractionReplies(hook, true, true, true, user.getId(), renderer)
                        .send(List.of(DiscordTexts.dmsClosed())) : CompletableFuture.<Void>failedFuture(failure))
                .thenCompose(next -> next);
    }

    private CompletableFuture<Void> showThere(InteractionHook hook, User user, PrivateChannel channel) {
        List<Reply> replies = bot.handle(Incoming.whereItStands(DiscordUsers.of(user),
                Conversation.direct(user.getId())));
        return new ChannelReplies(channel, user.getId(), renderer).send(replies).thenCompose(sent -> {
            String link = sent.isEmpty() ? "https://discord.com/channels/@me/" + channel.getId()
                    : sent.get(0).getJumpUrl();
            return hook.editOriginal(DiscordTexts.movedToDms(link)).submit();
        }).thenApply(ignored -> null);
    }

    private static boolean dmsClosed(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause instanceof ErrorResponseException e && e.getErrorResponse() == ErrorResponse.CANNOT_SEND_TO_USER;
    }

    /** Continues in the server channel ({@code conversation}) with messages only this user sees. */
    CompletableFuture<Void> stayHere(InteractionHook hook, User user, Conversation conversation) {
        List<Reply> replies = bot.handle(Incoming.whereItStands(DiscordUsers.of(user), conversation));
        return new InteractionReplies(hook, true, true, true, user.getId(), renderer).send(ServerReplies.adapt(replies));
    }
}
