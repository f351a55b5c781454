package com.jobfuture.coach.config;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The bot's configuration after the file and the environment are merged. Tokens are empty when unset. */
public record CoachConfig(Path database, Path decks, ZoneId timezone, List<String> admins,
                          Optional<String> telegramToken, Optional<String> discordToken,
                          PlatformUrls urls, Http http) {

    /** A configuration with the default web server address (127.0.0.1:8080). */
    public CoachConfig(Path database, Path decks, ZoneId timezone, List<String> admins,
                       Optional<String> telegramToken, Optional<String> discordToken, PlatformUrls urls) {
        this(database, decks, timezone, admins, telegramToken, discordToken, urls, Http.defaults());
    }

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

    /**
     * Where the embedded web server (share pages, /healthz, /metrics) listens, and the public base URL of share
     * links; empty means {@code http://host:port} of the bound address ({@code COACH_HTTP}, {@code COACH_PUBLIC_URL}).
     */
    public record Http(String host, int port, Optional<String> publicUrl) {
        public static final String DEFAULT_ADDRESS = "127.0.0.1:8080";

        public static Http defaults() {
            return new Http("127.0.0.1", 8080, Optional.empty());
        }

        /** The base of share links when the server is bound to {@code boundPort}. */
        public String publicBaseUrl(int boundPort) {
            if (publicUrl.isPresent()) {
                return publicUrl.get();
            }
            String shown = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
            return "http://" + (shown.contains(":") ? "[" + shown + "]" : shown) + ":" + boundPort;
        }
    }
}
