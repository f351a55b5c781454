package com.jobfuture.coach.app;

import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.platform.discord.DiscordPlatform;
import com.jobfuture.coach.platform.discord.DiscordSettings;
import com.jobfuture.coach.platform.telegram.TelegramOptions;
import com.jobfuture.coach.platform.telegram.TelegramPlatform;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the chat platform adapters whose tokens are configured. Each adapter adds its line here. */
final class Platforms {
    private static final Logger LOG = LoggerFactory.getLogger(Platforms.class);

    private Platforms() {
    }

    static List<ChatPlatform> create(CoachConfig config, CoachApplication app) {
        List<ChatPlatform> platforms = new ArrayList<>();
        if (config.telegramToken().isPresent()) {
            try {
                platforms.add(new TelegramPlatform(app.bot(), app.database(), TelegramOptions.from(config),
                        app.clock(), app.communityPublishers()));
            } catch (IllegalArgumentException e) {
                LOG.error("Telegram not started: {}", e.getMessage());
            }
        }
        if (config.discordToken().isPresent()) {
            platforms.add(new DiscordPlatform(DiscordSettings.from(config), app.bot(), app.communityPublishers()));
        }
        return platforms;
    }
}
