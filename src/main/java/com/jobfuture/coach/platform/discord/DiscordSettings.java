package com.jobfuture.coach.platform.discord;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach Discord: the bot token, and optional REST and gateway URLs (empty = Discord's own) that tests and
 * self-hosted gateways set through {@code DISCORD_API_URL} / {@code DISCORD_GATEWAY_URL}.
 */
public record DiscordSettings(String token, Optional<String> apiUrl, Optional<String> gatewayUrl,
                              Duration readyTimeout) {
    public DiscordSettings {
        Objects.requireNonNull(token, "token");
        apiUrl = apiUrl.map(url -> url.endsWith("/") ? url : url + "/");
    }

    @Override
    public String toString() {
        return "DiscordSettings[token=***, apiUrl=" + apiUrl + ", gatewayUrl=" + gatewayUrl + "]";
    }
}
