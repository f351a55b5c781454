package com.jobfuture.coach.web;

import com.jobfuture.coach.core.common.CoachCounter;
import com.jobfuture.coach.core.share.SharePage;
import com.jobfuture.coach.core.share.ShareService;
import com.jobfuture.coach.platform.common.Webhook;
import com.jobfuture.coach.platform.common.WebhookRoutes;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import com.jobfuture.coach.core.share.ShareTokens;
import java.util.List;
import java.util.function.BiConsumer;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The embedded web server: share pages at {@code /p/<token>}, {@code /healthz}, {@code /metrics}; security headers
 * on every response (Jetty's own error answers included), pages rate-limited per visitor (read through trusted
 * proxies) and per link ({@link WebLimits}); HEAD is answered like GET; POSTs to the platforms' webhooks
 * ({@link WebhookRoutes}, not rate-limited: their senders are checked by a secret). Port 0 binds a free port.
 */
public final class WebServer implements AutoCloseable {
    private static final String LINK_PREFIX = "/p/";
    private final Javalin javalin;

    private WebServer(Javalin javalin) {
        this.javalin = javalin;
    }

    /**
     * Starts the server on host:port; throws {@link io.javalin.util.JavalinBindException} (a RuntimeException) if
     * the address cannot be bound.
     */
    public static WebServer start(String host, int port, ShareService shares, PrometheusMetrics metrics, Clock clock,
                                  List<String> trustedProxies) {
        return start(host, port, shares, metrics, WebLimits.standard(clock, trustedProxies), new WebhookRoutes());
    }

    /** The same, also serving the webhooks registered in {@code webhooks} (now or later). */
    public static WebServer start(String host, int port, ShareService shares, PrometheusMetrics metrics, Clock clock,
                                  List<String> trustedProxies, WebhookRoutes webhooks) {
        return start(host, port, shares, metrics, WebLimits.standard(clock, trustedProxies), webhooks);
    }

    static WebServer start(String host, int port, ShareService shares, PrometheusMetrics metrics, WebLimits limits) {
        return start(host, port, shares, metrics, limits, new WebhookRoutes());
    }

    static WebServer start(String host, int port, ShareService shares, PrometheusMetrics metrics, WebLimits limits,
                           WebhookRoutes webhooks) {
        Javalin javalin = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.jetty.threadPool = threadPool();
            config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
            config.jetty.modifyServer(server -> server.setErrorHandler(new SecureErrorHandler()));
        });
        javalin.before(ctx -> {
            securityHeaders(ctx::header);
            String path = ctx.path();
            if (path.equals("/healthz") || path.equals("/metrics")
                    || ctx.method().name().equals("POST") && webhooks.find(path).isPresent()) {
                return;
            }
            String visitor = limits.addresses().client(ctx.req().getRemoteAddr(), forwardedFor(ctx));
            if (!limits.perVisitor().tryAcquire(visitor)) {
                tooMany(ctx, limits.perVisitor(), metrics);
            } else if (path.startsWith(LINK_PREFIX)
                    && !limits.perLink().tryAcquire(ShareTokens.hash(path.substring(LINK_PREFIX.length())))) {
                tooMany(ctx, limits.perLink(), metrics);
            }
        });
        Handler page = ctx -> {
            // Link-preview robots and HEAD requests (no page is shown) are not counted as views.
            boolean counted = !ctx.method().name().equals("HEAD") && !PreviewRobots.isOne(ctx.userAgent());
            Optional<SharePage> shown = shares.view(ctx.pathParam("token"), counted);
            if (shown.isPresent()) {
                html(ctx, SharePageHtml.render(shown.get()));
            } else {
                html(ctx.status(404), SharePageHtml.NOT_AVAILABLE);
            }
        };
        Handler health = ctx -> ctx.contentType("text/plain; charset=utf-8").result("ok\n");
        javalin.get("/p/{token}", page);
        javalin.head("/p/{token}", page);
        javalin.get("/healthz", health);
        javalin.head("/healthz", health);
        javalin.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.scrape()));
        javalin.post(WebhookRoutes.PREFIX + "<hook>", ctx -> webhook(ctx, webhooks));
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

    /** A POST to a webhook: 404 unless registered, 413 past its size limit, else what the webhook answers. */
    private static void webhook(Context ctx, WebhookRoutes webhooks) throws IOException {
        java.util.Optional<Webhook> hook = webhooks.find(ctx.path());
        if (hook.isEmpty()) {
            html(ctx.status(404), SharePageHtml.NOT_AVAILABLE);
            return;
        }
        long declared = ctx.req().getContentLengthLong();
        byte[] body = declared > WebhookRoutes.MAX_BODY_BYTES ? null : readAtMost(ctx.req().getInputStream(),
                WebhookRoutes.MAX_BODY_BYTES);
        if (body == null) {
            ctx.status(413).contentType("text/plain; charset=utf-8").result("request body too large\n");
            return;
        }
        int status = hook.get().receive(ctx::header, body);
        ctx.status(status).contentType("text/plain; charset=utf-8").result(status == 200 ? "ok\n" : "refused\n");
    }

    /** The whole stream, or null if it is longer than {@code limit} bytes. */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] read = in.readNBytes(limit + 1);
        return read.length > limit ? null : read;
    }

    private static void html(Context ctx, String page) {
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    /** Sets the security headers every response carries (pages, errors, Jetty's own refusals). */
    static void securityHeaders(BiConsumer<String, String> header) {
        header.accept("Content-Security-Policy", SharePageHtml.CONTENT_SECURITY_POLICY);
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("Referrer-Policy", "no-referrer");
        header.accept("X-Robots-Tag", "noindex");
        header.accept("X-Frame-Options", "DENY");
        header.accept("Cache-Control", "no-store");
    }

    private static void tooMany(Context ctx, RateLimiter limiter, PrometheusMetrics metrics) {
        metrics.increment(CoachCounter.RATE_LIMITED);
        ctx.status(429).header("Retry-After", String.valueOf(limiter.retryAfterSeconds()));
        html(ctx, SharePageHtml.TOO_MANY_REQUESTS);
        ctx.skipRemainingHandlers();
    }

    /** Every X-Forwarded-For header line, joined (a proxy may add a line instead of extending one). */
    private static String forwardedFor(Context ctx) {
        List<String> lines = java.util.Collections.list(ctx.req().getHeaders("X-Forwarded-For"));
        return lines.isEmpty() ? null : String.join(",", lines);
    }

    private static QueuedThreadPool threadPool() {
        QueuedThreadPool pool = new QueuedThreadPool(16, 2, 60_000);
        pool.setName("coach-web");
        return pool;
    }
}
