package com.jobfuture.coach.app;

import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.core.share.ShareService;
import com.jobfuture.coach.platform.common.WebhookRoutes;
import com.jobfuture.coach.web.PrometheusMetrics;
import com.jobfuture.coach.web.WebServer;
import java.time.Clock;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The web server's lifecycle and the base URL of share links, which follows the port actually bound. */
final class ShareWeb implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ShareWeb.class);
    private final CoachConfig.Http http;
    private final ShareService shares;
    private final PrometheusMetrics metrics;
    private final Clock clock;
    private final AtomicReference<String> publicBaseUrl;
    private final boolean platformsOn;
    private final WebhookRoutes webhooks = new WebhookRoutes();
    private volatile WebServer server;

    ShareWeb(CoachConfig.Http http, ShareService shares, PrometheusMetrics metrics, Clock clock,
             AtomicReference<String> publicBaseUrl, boolean platformsOn) {
        this.platformsOn = platformsOn;
        this.http = http;
        this.shares = shares;
        this.metrics = metrics;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl;
    }

    /** Starts the server; if it cannot (e.g. the port is taken) logs why and returns empty, the chat goes on. */
    synchronized OptionalInt start() {
        try {
            server = WebServer.start(http.host(), http.port(), shares, metrics, clock, http.trustedProxies(),
                    webhooks);
        } catch (RuntimeException e) {
            LOG.error("Could not start the web server on {}:{} ({}). Share links will not open until it runs; "
                    + "the chat goes on. Choose another address with COACH_HTTP=host:port (port 0 = any free port).",
                    http.host(), http.port(), rootMessage(e));
            return OptionalInt.empty();
        }
        publicBaseUrl.set(http.publicBaseUrl(server.port()));
        LOG.info("Share pages, /healthz and /metrics on http://{}:{}; links start with {}", http.host(),
                server.port(), publicBaseUrl.get());
        ShareLinkCheck.warning(http.host(), publicBaseUrl.get(), platformsOn).ifPresent(LOG::warn);
        return OptionalInt.of(server.port());
    }

    /** The webhook paths the server serves (platforms register theirs). */
    WebhookRoutes webhooks() {
        return webhooks;
    }

    /** Whether the server is listening. */
    boolean running() {
        return server != null;
    }

    String publicBaseUrl() {
        return publicBaseUrl.get();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            try {
                server.close();
            } catch (RuntimeException e) {
                LOG.warn("Stopping the web server failed", e);
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + ": " + root.getMessage();
    }
}
