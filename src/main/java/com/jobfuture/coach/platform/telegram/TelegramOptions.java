package com.jobfuture.coach.platform.telegram;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * Settings of the Telegram adapter: the bot token, where the Bot API is, the long-poll timeout, the send limits
 * and the retry policy. The application builds them from its configuration.
 */
public record TelegramOptions(String token, TelegramUrl apiUrl, Duration pollTimeout, SendLimits limits,
                              RetryPolicy retry, Duration requestTimeout, Duration takeOverGrace) {
    /** How long a bot process may miss its heartbeat before another one takes over its rows, by default. */
    public static final Duration DEFAULT_TAKEOVER_GRACE = Duration.ofSeconds(30);
    /** The public Bot API, used when no URL is configured. */
    public static final String PUBLIC_API = "https://api.telegram.org";

    public TelegramOptions {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(apiUrl, "apiUrl");
        if (!token.matches("\\d{1,20}:[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("the Telegram bot token does not look like 123456789:AA... "
                    + "(copy it from @BotFather)");
        }
        if (pollTimeout.isNegative() || pollTimeout.toSeconds() > 300) {
            throw new IllegalArgumentException("poll timeout must be between 0 and 300 s");
        }
        if (takeOverGrace.toMillis() < 300) {
            throw new IllegalArgumentException("the take-over grace must be at least 0.3 s (it is 3 heartbeats)");
        }
    }

    /** The same with the default take-over grace. */
    public TelegramOptions(String token, TelegramUrl apiUrl, Duration pollTimeout, SendLimits limits,
                           RetryPolicy retry, Duration requestTimeout) {
        this(token, apiUrl, pollTimeout, limits, retry, requestTimeout, DEFAULT_TAKEOVER_GRACE);
    }

    /** Never shows the token's secret part (the record's default would), so options can be logged. */
    @Override
    public String toString() {
        return "TelegramOptions[bot=" + botId() + ", apiUrl=" + apiUrl.getSchema() + "://" + apiUrl.getHost() + ":"
                + apiUrl.getPort() + ", pollTimeout=" + pollTimeout + ", limits=" + limits + ", retry=" + retry
                + ", requestTimeout=" + requestTimeout + ", takeOverGrace=" + takeOverGrace + "]";
    }

    /** The bot's numeric id: the part of the token before the colon. */
    public long botId() {
        return Long.parseLong(token.substring(0, token.indexOf(':')));
    }

    /**
     * Parses a Bot API base URL such as {@code http://127.0.0.1:8081}; empty means the public API. The library
     * builds {@code scheme://host:port/bot<token>/<method>}, so the URL cannot carry a path.
     */
    public static TelegramUrl parseApiUrl(Optional<String> configured) {
        String text = configured.map(String::strip).filter(s -> !s.isEmpty()).orElse(PUBLIC_API);
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("telegram.api_url '" + text + "' is not a valid URL", e);
        }
        String scheme = uri.getScheme();
        if (scheme == null || uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new IllegalArgumentException("telegram.api_url '" + text + "' must be an http(s) URL");
        }
        if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")) {
            throw new IllegalArgumentException("telegram.api_url '" + text + "' must not have a path: the Bot API "
                    + "lives at scheme://host:port/bot<token>/<method>");
        }
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return new TelegramUrl(scheme, uri.getHost(), port, false);
    }
}
