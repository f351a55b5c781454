package com.jobfuture.coach.platform.telegram;

import com.jobfuture.coach.platform.common.WebhookRoutes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Webhook mode's settings: the secret Telegram sends with every update, where the web server's public address is
 * (known once it is bound), and the web server's routes to register the endpoint in. The endpoint's path carries a
 * hash of the secret, never the secret itself.
 */
public record TelegramWebhook(String secret, Supplier<String> publicBaseUrl, WebhookRoutes routes) {
    public TelegramWebhook {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        Objects.requireNonNull(routes, "routes");
        if (!secret.matches("[A-Za-z0-9_-]{16,256}")) {
            throw new IllegalArgumentException("the webhook secret must be 16 to 256 characters of A-Z, a-z, 0-9, _ "
                    + "and -");
        }
    }

    /** The endpoint's path on the web server: {@code /hooks/telegram/} and the first 32 hex digits of a hash. */
    public String path() {
        return WebhookRoutes.PREFIX + "telegram/" + HexFormat.of().formatHex(sha256("telegram-webhook:" + secret))
                .substring(0, 32);
    }

    /** The URL Telegram posts updates to: the public base URL and {@link #path()}. */
    public String url() {
        String base = publicBaseUrl.get();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path();
    }

    /** Never shows the secret. */
    @Override
    public String toString() {
        return "TelegramWebhook[path=" + path() + "]";
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
