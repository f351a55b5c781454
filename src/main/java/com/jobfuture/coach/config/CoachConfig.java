package com.jobfuture.coach.config;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The bot's configuration after the file and the environment are merged. Tokens are empty when unset. */
public record CoachConfig(Path database, Path decks, ZoneId timezone, List<String> admins,
                          Optional<String> telegramToken, Optional<String> discordToken) {
    public CoachConfig {
        admins = List.copyOf(admins);
    }

    /** True when at least one chat platform has a token. */
    public boolean anyPlatformToken() {
        return telegramToken.isPresent() || discordToken.isPresent();
    }
}
