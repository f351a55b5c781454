package com.jobfuture.coach.platform.discord;

import java.util.EnumSet;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/** Builds the JDA client with the fewest gateway intents and caches the coach needs, pointed at the configured URLs. */
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

    /** Starts logging in (throws {@code InvalidTokenException} on a bad token); the gateway connects in the background. */
    static JDA start(DiscordSettings settings, EventListener... listeners) {
        // createLight: no member chunking, no member cache, every cache flag off; interactions carry what we need.
        JDABuilder builder = JDABuilder.createLight(settings.token(), INTENTS)
                .addEventListeners((Object[]) listeners)
                // The application closes JDA itself, after the last replies are sent.
                .setEnableShutdownHook(false);
        settings.apiUrl().ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(url)));
        settings.gatewayUrl().ifPresent(url -> builder
                .setSessionController(new FixedGatewaySessionController(url))
                // A custom gateway (a test double or self-hosted proxy) speaks plain JSON frames.
                .setCompression(Compression.NONE));
        return builder.build();
    }

    /** Connects to a configured gateway URL instead of Discord's; identify pacing stays JDA's. */
    private static final class FixedGatewaySessionController extends SessionControllerAdapter {
        private final String url;

        FixedGatewaySessionController(String url) {
            this.url = url;
        }

        @Override
        public String getGateway() {
            return url;
        }
    }
}
