package com.jobfuture.coach.config;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The bot's configuration after the file and the environment are merged. Tokens are empty when unset. */
public record CoachConfig(Path database, Path decks, ZoneId timezone, List<String> admins,
                          Optional<String> telegramToken, Optional<String> discordToken,
                          PlatformUrls urls) {

    /**
     * Where the platforms' APIs are; empty means the public default. Tests and self-hosted servers set them
     * ({@code TELEGRAM_API_URL}, {@code DISCORD_API_URL}, {@code DISCORD_GATEWAY_URL}).
     */
    public record PlatformUrls(Optional<String> telegramApi, Optional<String> discordApi,
                               Optional<String> discordGateway) {
        public static PlatformUrls defaults() {
            return new PlatformUrls(Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    public CoachConfig {
        admins = List.copyOf(admins);
    }

    /** True when at least one chat platform has a token. */
    public boolean anyPlatformToken() {
        return telegramToken.isPresent() || discordToken.isPresent();
    }
}
