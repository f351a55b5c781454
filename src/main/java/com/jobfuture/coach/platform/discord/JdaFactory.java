package com.jobfuture.coach.platform.discord;

import java.util.EnumSet;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * Builds the JDA shard manager for this process's shards (one shard of one by default) with the fewest gateway
 * intents and caches the coach needs, pointed at the configured URLs.
 */
final class JdaFactory {
    /**
     * The gateway intents, each needed by a feature:
     * <ul>
     *   <li>GUILDS (JDA always adds it): the server and channel cache that server slash commands and buttons are
     *       resolved against.</li>
     *   <li>DIRECT_MESSAGES: DM text messages, so typed answers and text commands work in DMs. Discord delivers
     *       DM content without the privileged MESSAGE_CONTENT intent.</li>
     * </ul>
     * Not requested: GUILD_MESSAGES and MESSAGE_CONTENT (the bot never reads server channels: answers there go
     * through buttons, so they stay private), GUILD_MEMBERS and GUILD_PRESENCES (privileged, unused), voice.
     */
    static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.DIRECT_MESSAGES);

    private JdaFactory() {
    }

    /**
     * Starts logging in the shards of {@code settings.shards()} (throws {@code InvalidTokenException} on a bad
     * token); the gateway connections open in the background, one shard after another.
     */
    static ShardManager start(DiscordSettings settings, EventListener... listeners) {
        ShardRange shards = settings.shards();
        // createLight: no member chunking, no member cache, every cache flag off; interactions carry what we need.
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(settings.token(), INTENTS)
                .addEventListeners((Object[]) listeners)
                .setShardsTotal(shards.total())
                .setShards(shards.first(), shards.last())
                // The application closes JDA itself, after the last replies are sent.
                .setEnableShutdownHook(false);
        settings.apiUrl().ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(url)));
        settings.gatewayUrl().ifPresent(url -> builder
                .setSessionController(new FixedGatewaySessionController(url, shards.total()))
                // A custom gateway (a test double or self-hosted proxy) speaks plain JSON frames.
                .setCompression(Compression.NONE));
        return builder.build();
    }

    /** Connects to a configured gateway URL instead of Discord's; identify pacing stays JDA's. */
    private static final class FixedGatewaySessionController extends SessionControllerAdapter {
        private final String url;
        private final int total;

        FixedGatewaySessionController(String url, int total) {
            this.url = url;
            this.total = total;
        }

        @Override
        public String getGateway() {
            return url;
        }

        @Override
        public ShardedGateway getShardedGateway(JDA api) {
            return new ShardedGateway(url, total);
        }
    }
}
