package com.jobfuture.coach.app;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * Catches a deployment mistake at start-up: share links that point at this machine's loopback address while the
 * people who open them are elsewhere (the server listens on other interfaces, or links go out on a chat platform).
 */
final class ShareLinkCheck {
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]");

    private ShareLinkCheck() {
    }

    /** A warning to log, if share links built on {@code linkBase} cannot be opened by their readers. */
    static Optional<String> warning(String listenHost, String linkBase, boolean platformsOn) {
        String linkHost = URI.create(linkBase).getHost();
        if (linkHost == null || !LOOPBACK.contains(linkHost)) {
            return Optional.empty();
        }
        if (!LOOPBACK.contains(listenHost)) {
            return Optional.of("Share links start with " + linkBase + ", which opens only on this machine, while the "
                    + "web server listens on " + listenHost + ". Set COACH_PUBLIC_URL (or http.public_url) to the "
                    + "address recruiters reach, e.g. https://coach.example.com.");
        }
        if (platformsOn) {
            return Optional.of("Share links sent on the chat platforms start with " + linkBase + ", which opens only "
                    + "on this machine. To let recruiters open them, listen on a reachable address (COACH_HTTP) "
                    + "behind a proxy and set COACH_PUBLIC_URL.");
        }
        return Optional.empty();
    }
}
