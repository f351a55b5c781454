package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.platform.ChatPlatform;
import com.jobfuture.coach.platform.common.InboundLimiter;
import com.jobfuture.coach.platform.common.KeyedLanes;
import com.jobfuture.coach.platform.common.PlatformTime;
import com.jobfuture.coach.core.chat.CoachBot;
import com.jobfuture.coach.core.daily.CommunityPublishers;
import com.jobfuture.coach.core.notify.PrivateMessengers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coach on Discord: slash commands and buttons in servers (ephemeral) and DMs, DM text messages as answers,
 * questions of the day posted to server channels and reminders sent to DMs. Start connects, waits for READY and
 * overwrites the global commands in one request (idempotent on restarts).
 */
public final class DiscordPlatform implements ChatPlatform {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordPlatform.class);
    /** Threads for the coach's own work (it may wait on the database); sends never hold them. */
    private static final int WORKER_THREADS = 4;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);
    private final DiscordSettings settings;
    private final SlashCommands commands;
    private final KeyedLanes lanes = new KeyedLanes("discord-worker", WORKER_THREADS);
    private final CoachListener listener;
    private final CommunityPublishers publishers;
    private final DiscordCommunityPublisher publisher;
    private final PrivateMessengers messengers;
    private final MessageRenderer renderer = new MessageRenderer();
    private final PostPacer pacer;
    private DiscordPrivateMessenger messenger;
    private volatile ShardManager shards;

    /**
     * The adapter; {@code time} paces community posts and reminders and times each user's inbound limit. Once
     * ready it registers its publisher of questions of the day in {@code publishers} and its private messenger
     * (reminders) in {@code messengers}.
     */
    public DiscordPlatform(DiscordSettings settings, CoachBot bot, PlatformTime time, CommunityPublishers publishers,
                           PrivateMessengers messengers) {
        this.settings = settings;
        this.commands = new SlashCommands(bot.commands());
        this.publishers = publishers;
        this.messengers = messengers;
        this.pacer = new PostPacer(DiscordCommunityPublisher.REQUESTS_PER_SECOND, time);
        this.publisher = new DiscordCommunityPublisher(() -> shards, settings.shards(), renderer, pacer);
        InboundLimiter limiter = InboundLimiter.standard(time::nanoTime);
        this.listener = new CoachListener(
                new SlashCommandHandler(bot, commands, lanes, renderer, limiter),
                new ButtonHandler(bot, lanes, renderer, new DmHandoff(bot, renderer), limiter),
                new DirectMessageHandler(bot, lanes, renderer, limiter),
                commands, settings.shards().count());
    }

    @Override
    public String name() {
        return "discord";
    }

    @Override
    public synchronized void start() throws Exception {
        shards = JdaFactory.start(settings, listener);
        if (!listener.ready().await(settings.readyTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("Discord gateway not ready after " + settings.readyTimeout().toSeconds()
                    + " s (shards " + settings.shards() + ": " + shards.getStatuses().values() + ")");
        }
        JDA first = shards.getShards().get(0);
        try {
            // Global commands: one bulk overwrite from any shard (every process does it; it is idempotent)
            int registered = first.updateCommands().addCommands(commands.definitions()).complete().size();
            LOG.info("Discord ready as {} on shards {}; {} slash commands registered", first.getSelfUser().getName(),
                    settings.shards(), registered);
        } catch (RuntimeException e) {
            // Commands registered at an earlier start keep working; DMs work regardless.
            LOG.error("Could not register the Discord slash commands: {}", e.toString());
        }
        publishers.register(DiscordUsers.PLATFORM, publisher);
        messenger = new DiscordPrivateMessenger(() -> shards, renderer, pacer, lanes);
        messengers.register(DiscordUsers.PLATFORM, messenger);
    }

    @Override
    public synchronized void close() {
        publishers.unregister(DiscordUsers.PLATFORM);
        messengers.unregister(DiscordUsers.PLATFORM);
        if (messenger != null) {
            messenger.close();
        }
        listener.stopAccepting();
        if (!lanes.close(CLOSE_WAIT)) {
            LOG.warn("Discord replies were still being sent after {}; stopping them", CLOSE_WAIT);
        }
        if (shards == null) {
            return;
        }
        List<JDA> running = shards.getShards();
        shards.shutdown();
        for (JDA jda : running) {
            try {
                if (!jda.awaitShutdown(Duration.ofSeconds(10))) {
                    jda.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                jda.shutdownNow();
            }
        }
        shards = null;
    }
}
