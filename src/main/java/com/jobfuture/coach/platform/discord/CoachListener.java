package com.jobfuture.coach.platform.discord;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one JDA listener: dispatches events to the handlers on JDA's gateway thread, where nothing blocks (the
 * handlers acknowledge and hand the work to the users' lanes). No exception gets back to JDA.
 */
final class CoachListener extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(CoachListener.class);
    private final SlashCommandHandler slashCommands;
    private final ButtonHandler buttons;
    private final DirectMessageHandler directMessages;
    private final SlashCommands commands;
    private final CountDownLatch ready;
    private final AtomicBoolean accepting = new AtomicBoolean(true);

    CoachListener(SlashCommandHandler slashCommands, ButtonHandler buttons, DirectMessageHandler directMessages,
                  SlashCommands commands, int shards) {
        this.ready = new CountDownLatch(shards);
        this.slashCommands = slashCommands;
        this.buttons = buttons;
        this.directMessages = directMessages;
        this.commands = commands;
    }

    /** Counted down once every shard is ready (its first READY and guild set-up). */
    CountDownLatch ready() {
        return ready;
    }

    /** Stops taking new events; interactions from then on are told the bot is restarting. */
    void stopAccepting() {
        accepting.set(false);
    }

    @Override
    public void onReady(ReadyEvent event) {
        ready.countDown();
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (refuseWhileClosing(event)) {
            return;
        }
        try {
            slashCommands.handle(event);
        } catch (RuntimeException e) {
            failed(event, "/" + event.getName(), e);
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (refuseWhileClosing(event)) {
            return;
        }
        try {
            buttons.handle(event);
        } catch (RuntimeException e) {
            failed(event, "button " + event.getComponentId(), e);
        }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        try {
            event.replyChoices(commands.suggest(event.getName(), event.getFocusedOption().getName(),
                    event.getFocusedOption().getValue())).queue(null, Failures.log("autocomplete"));
        } catch (RuntimeException e) {
            LOG.error("Autocomplete for /{} failed", event.getName(), e);
        }
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (!accepting.get()) {
            return;
        }
        try {
            directMessages.handle(event);
        } catch (RuntimeException e) {
            LOG.error("Handling a DM failed", e);
        }
    }

    private boolean refuseWhileClosing(IReplyCallback event) {
        if (accepting.get()) {
            return false;
        }
        try {
            event.reply(DiscordTexts.RESTARTING).setEphemeral(true).queue(null, Failures.log("restarting notice"));
        } catch (RuntimeException e) {
            LOG.warn("Could not answer an interaction while closing: {}", e.toString());
        }
        return true;
    }

    private static void failed(IReplyCallback event, String what, RuntimeException e) {
        LOG.error("Handling {} failed", what, e);
        if (!event.isAcknowledged()) {
            try {
                event.reply(DiscordTexts.FAILED).setEphemeral(true).queue(null, Failures.log("error notice"));
            } catch (RuntimeException again) {
                LOG.warn("Could not answer the failed interaction: {}", again.toString());
            }
        }
    }
}
