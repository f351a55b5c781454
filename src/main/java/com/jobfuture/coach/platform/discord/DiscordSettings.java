package com.jobfuture.coach.platform.discord;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach Discord: the bot token, optional REST and gateway URLs (empty = Discord's own) that tests and
 * self-hosted gateways set through {@code DISCORD_API_URL} / {@code DISCORD_GATEWAY_URL}, and the shards this
 * process serves ({@code DISCORD_SHARDS}, {@link ShardRange#single()} = the whole bot in one process).
 */
public record DiscordSettings(String token, Optional<String> apiUrl, Optional<String> gatewayUrl,
                              Duration readyTimeout, ShardRange shards) {
    public DiscordSettings {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(shards, "shards");
        apiUrl = apiUrl.map(url -> url.endsWith("/") ? url : url + "/");
    }

    /** The whole bot in one process. */
    public DiscordSettings(String token, Optional<String> apiUrl, Optional<String> gatewayUrl, Duration readyTimeout) {
        this(token, apiUrl, gatewayUrl, readyTimeout, ShardRange.single());
    }

    @Override
    public String toString() {
        return "DiscordSettings[token=***, apiUrl=" + apiUrl + ", gatewayUrl=" + gatewayUrl + ", shards=" + shards
                + "]";
    }
}
