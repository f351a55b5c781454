package com.jobfuture.coach.web;

import com.jobfuture.coach.core.common.CoachCounter;
import com.jobfuture.coach.core.share.SharePage;
import com.jobfuture.coach.core.share.ShareService;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The embedded web server: share pages at {@code /p/<token>}, {@code /healthz}, {@code /metrics}; security headers
 * on every response, pages rate-limited per client address. Port 0 binds a free port ({@link #port()}).
 */
public final class WebServer implements AutoCloseable {
    /** Requests a client address may make at once, and per minute after that. */
    public static final int BURST = 30;
    public static final int PER_MINUTE = 30;
    private final Javalin javalin;

    private WebServer(Javalin javalin) {
        this.javalin = javalin;
    }

    /**
     * Starts the server on host:port; throws {@link io.javalin.util.JavalinBindException} (a RuntimeException) if
     * the address cannot be bound.
     */
    public static WebServer start(String host, int port, ShareService shares, PrometheusMetrics metrics, Clock clock) {
        return start(host, port, shares, metrics, new RateLimiter(BURST, PER_MINUTE, clock));
    }

    static WebServer start(String host, int port, ShareService shares, PrometheusMetrics metrics,
                           RateLimiter limiter) {
        Javalin javalin = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.jetty.threadPool = threadPool();
            config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
        });
        javalin.before(ctx -> {
            securityHeaders(ctx);
            String path = ctx.path();
            if (!path.equals("/healthz") && !path.equals("/metrics") && !limiter.tryAcquire(ctx.ip())) {
                metrics.increment(CoachCounter.RATE_LIMITED);
                ctx.status(429).header("Retry-After", String.valueOf(limiter.retryAfterSeconds()));
                html(ctx, SharePageHtml.TOO_MANY_REQUESTS);
                ctx.skipRemainingHandlers();
            }
        });
        javalin.get("/p/{token}", ctx -> {
            Optional<SharePage> page = shares.view(ctx.pathParam("token"), !PreviewRobots.isOne(ctx.userAgent()));
            if (page.isPresent()) {
                html(ctx, SharePageHtml.render(page.get()));
            } else {
                html(ctx.status(404), SharePageHtml.NOT_AVAILABLE);
            }
        });
        javalin.get("/healthz", ctx -> ctx.contentType("text/plain; charset=utf-8").result("ok\n"));
        javalin.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.scrape()));
        javalin.error(404, ctx -> html(ctx, SharePageHtml.NOT_AVAILABLE));
        javalin.start(host, port);
        return new WebServer(javalin);
    }

    /** The port the server listens on (the real one when started with port 0). */
    public int port() {
        return javalin.port();
    }

    /** Stops taking requests and releases the port. */
    @Override
    public void close() {
        javalin.stop();
    }

    private static void html(Context ctx, String page) {
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", SharePageHtml.CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Robots-Tag", "noindex");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
    }

    private static QueuedThreadPool threadPool() {
        QueuedThreadPool pool = new QueuedThreadPool(16, 2, 60_000);
        pool.setName("coach-web");
        return pool;
    }
}
