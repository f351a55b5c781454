package com.jobfuture.coach.app;

import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.core.chat.CoachBot;
import com.jobfuture.coach.core.daily.CommunityPublishers;
import com.jobfuture.coach.core.notify.PrivateMessengers;
import com.jobfuture.coach.platform.ChatPlatform;
import com.jobfuture.coach.platform.common.PlatformTime;
import com.jobfuture.coach.platform.console.ConsolePlatform;
import com.jobfuture.coach.platform.console.ConsoleSettings;
import com.jobfuture.coach.platform.discord.DiscordPlatform;
import com.jobfuture.coach.platform.discord.DiscordSettings;
import com.jobfuture.coach.platform.telegram.RetryPolicy;
import com.jobfuture.coach.platform.telegram.SendLimits;
import com.jobfuture.coach.platform.telegram.TelegramOptions;
import com.jobfuture.coach.platform.telegram.TelegramOutbox;
import com.jobfuture.coach.platform.telegram.TelegramPlatform;
import com.jobfuture.coach.platform.telegram.TelegramWebhook;
import com.jobfuture.coach.storage.telegram.JdbcTelegramOutbox;
import com.jobfuture.coach.platform.common.WebhookRoutes;
import com.jobfuture.coach.storage.Database;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the chat platforms: each from its own settings record, made here from the configuration (adapters never
 * read the configuration), and the few parts of the coach it needs. A new platform adds its settings and a line.
 */
final class Platforms {
    private static final Logger LOG = LoggerFactory.getLogger(Platforms.class);

    /**
     * What platforms are given: the coach, its database and clock, the pacing time, and the registries where they
     * put their publisher (questions of the day) and their private messenger (reminders).
     */
    record Context(CoachBot bot, Database database, Clock clock, PlatformTime time, CommunityPublishers publishers,
                   PrivateMessengers messengers, Web web) {
    }

    /** The web server as platforms with webhooks see it: its routes, its public base URL, whether it runs. */
    record Web(WebhookRoutes routes, Supplier<String> publicBaseUrl, BooleanSupplier running) {
    }

    private Platforms() {
    }

    /** The platforms whose tokens are configured (one whose settings are invalid is logged and left out). */
    static List<ChatPlatform> withTokens(CoachConfig config, Context context) {
        List<ChatPlatform> platforms = new ArrayList<>();
        if (config.telegramToken().isPresent()) {
            try {
                Optional<TelegramWebhook> webhook = telegramWebhook(config, context.web());
                TelegramOptions options = telegram(config);
                TelegramOutbox outbox = new JdbcTelegramOutbox(context.database(), options.botId(), context.clock());
                platforms.add(new TelegramPlatform(context.bot(), outbox, options,
                        context.clock(), context.time(), context.publishers(), context.messengers(), webhook));
            } catch (IllegalArgumentException e) {
                LOG.error("Telegram not started: {}", e.getMessage());
            }
        }
        if (config.discordToken().isPresent()) {
            platforms.add(new DiscordPlatform(discord(config), context.bot(), context.time(), context.publishers(),
                    context.messengers()));
        }
        return platforms;
    }

    /** The console chat on a terminal; files the coach sends go next to the database. */
    static ChatPlatform console(CoachConfig config, Terminal terminal, Context context) {
        ConsoleSettings settings = new ConsoleSettings(terminal.in(), terminal.out(), terminal.interactive(),
                terminal.userName(), consoleFileFolder(config));
        return new ConsolePlatform(settings, context.bot(), context.publishers(), context.messengers());
    }

    /** Where the console saves the files the coach sends: {@code files/} in the data folder (beside SQLite's file). */
    static java.nio.file.Path consoleFileFolder(CoachConfig config) {
        return config.database().dataFolder().resolve("files");
    }

    /** Telegram's settings: the configured token and API URL (TELEGRAM_API_URL), 50 s long polls, its limits. */
    static TelegramOptions telegram(CoachConfig config) {
        String token = config.telegramToken().orElseThrow(() -> new IllegalArgumentException("no Telegram token"));
        return new TelegramOptions(token, TelegramOptions.parseApiUrl(config.urls().telegramApi()),
                Duration.ofSeconds(50), SendLimits.telegramDefaults(), RetryPolicy.defaults(), Duration.ofSeconds(30),
                config.telegramDelivery().takeOverGrace());
    }

    /**
     * Webhook mode's settings, empty in polling mode; the web server must run (Telegram posts the updates to it).
     */
    static Optional<TelegramWebhook> telegramWebhook(CoachConfig config, Web web) {
        CoachConfig.TelegramDelivery delivery = config.telegramDelivery();
        if (!delivery.webhook()) {
            return Optional.empty();
        }
        if (!web.running().getAsBoolean()) {
            throw new IllegalArgumentException("telegram.mode is webhook but the web server is not running, so "
                    + "Telegram could not deliver updates (see the web server's error above; COACH_HTTP=host:port)");
        }
        String secret = delivery.webhookSecret().orElseThrow(() -> new IllegalArgumentException(
                "telegram.mode is webhook but TELEGRAM_WEBHOOK_SECRET is not set"));
        TelegramWebhook webhook = new TelegramWebhook(secret, web.publicBaseUrl(), web.routes());
        if (!webhook.url().startsWith("https://")) {
            LOG.warn("The Telegram webhook URL is not https ({}…): Telegram's Bot API only posts to https on port "
                    + "443, 80, 88 or 8443; set COACH_PUBLIC_URL to the public https address", web.publicBaseUrl()
                    .get());
        }
        return Optional.of(webhook);
    }

    /** Discord's settings: the configured token, REST and gateway URLs, a minute to get ready. */
    static DiscordSettings discord(CoachConfig config) {
        String token = config.discordToken().orElseThrow(() -> new IllegalArgumentException("no Discord token"));
        return new DiscordSettings(token, config.urls().discordApi(), config.urls().discordGateway(),
                Duration.ofSeconds(60), config.discordShards());
    }
}
