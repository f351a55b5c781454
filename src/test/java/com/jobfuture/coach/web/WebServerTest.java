package com.jobfuture.coach.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.review.Rating;
import com.jobfuture.coach.core.share.ShareResult;
import com.jobfuture.coach.core.share.ShareSection;
import com.jobfuture.coach.testing.ShareFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The share pages over real HTTP: headers, escaping, the one 404 page, rate limiting. */
class WebServerTest {
    @TempDir
    Path dir;
    ShareFixture fx;
    WebServer server;
    final HttpClient http = HttpClient.newHttpClient();
    long dana;

    @BeforeEach
    void setUp() {
        fx = new ShareFixture(dir);
        dana = fx.core.user("Dana");
    }

    @AfterEach
    void tearDown() {
        if (server != null) {
            server.close();
        }
        fx.close();
    }

    @Test
    void aSharePageIsServerRenderedWithTheChartTheDateAndTheOwnersNote() throws Exception {
        start(100, 100);
        fx.answer(dana, "orm-loop-count", Rating.GOOD);
        fx.shares.rename(dana, "Dana K.");
        String token = create(EnumSet.of(ShareSection.NAME, ShareSection.FAMILIES, ShareSection.TOPICS));

        HttpResponse<String> page = get("/p/" + token);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
                .isEqualToIgnoringCase("text/html;charset=utf-8");
        assertSecurityHeaders(page);
        assertThat(page.body()).contains("<h1 id=\"candidate\">Dana K.</h1>", "Shared on 2 March 2026",
                "link valid until 1 April 2026", "Dana K. controls this page", "<section id=\"areas\">",
                "<ul class=\"topics\" id=\"topics-0\">", ">ORM<", ">N+1 queries<", "viewport")
                .doesNotContain("<script", "orm-loop-count", "51", " style=");
        // Per area: questions practised, recent answers right and mastery, and what the figures mean.
        assertThat(page.body()).contains("<dt>Practised</dt><dd>1 of 3 questions</dd><dt>Right</dt><dd>1 of last 1</dd>",
                "<dd>0 of 1 questions</dd><dt>Right</dt><dd>no answers yet</dd>",
                "to recall the area's questions a week from now", "questions not practised count as 0");
        assertThat(page.body()).contains("Not shown on this page</strong> (Dana K. decides what it shows): "
                + "skill-check levels, activity.");
    }

    @Test
    void hostileNamesAreEscapedEverywhere() throws Exception {
        start(100, 100);
        fx.shares.rename(dana, "<script>alert('x')</script> & \"Eve\"");
        String token = create(ShareSection.defaults());

        String body = get("/p/" + token).body();

        assertThat(body).doesNotContain("<script", "alert('x')", "\"Eve\"")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Eve&quot;");
    }

    @Test
    void unknownExpiredRevokedAndDeletedLinksGetTheSameNotFoundPage() throws Exception {
        start(100, 100);
        String revoked = create(ShareSection.defaults());
        fx.shares.revoke(dana, 1);
        String expiring = (((ShareResult.Created) fx.shares.create(dana, 1, ShareSection.defaults())).token());
        long sam = fx.core.user("Sam");
        String deleted = ((ShareResult.Created) fx.shares.create(sam, 30, ShareSection.defaults())).token();
        fx.userData.forget(sam);
        fx.core.clock.advance(Duration.ofDays(1));

        List<String> paths = List.of("/p/" + revoked, "/p/" + expiring, "/p/" + deleted,
                "/p/AAAAAAAAAAAAAAAAAAAAAA", "/p/short", "/p/" + "x".repeat(300), "/p/", "/nope", "/p/a/b");
        HttpResponse<String> first = get(paths.get(0));
        assertThat(first.statusCode()).isEqualTo(404);
        assertThat(first.body()).contains("This link is not available");
        for (String path : paths) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).isEqualTo(first.body());
            assertThat(headersWithoutDate(response)).as(path).isEqualTo(headersWithoutDate(first));
        }
    }

    @Test
    void requestsAreRateLimitedPerClientAddress() throws Exception {
        start(3, 1);
        String token = create(ShareSection.defaults());
        for (int i = 0; i < 3; i++) {
            assertThat(get("/p/" + token).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = get("/p/" + token);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).contains("60");
        assertSecurityHeaders(refused);
        assertThat(get("/nope").statusCode()).isEqualTo(429);
        assertThat(get("/healthz").statusCode()).isEqualTo(200);
        assertThat(fx.shares.active(dana).get(0).views()).isEqualTo(3);

        fx.core.clock.advance(Duration.ofMinutes(1));
        assertThat(get("/p/" + token).statusCode()).isEqualTo(200);
        assertThat(get("/p/" + token).statusCode()).isEqualTo(429);
    }

    @Test
    void rateLimiterKeepsAddressesApart() {
        RateLimiter limiter = new RateLimiter(2, 1, fx.core.clock);
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limiter.tryAcquire("10.0.0.2")).isTrue();
        fx.core.clock.advance(Duration.ofSeconds(30));
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
        fx.core.clock.advance(Duration.ofSeconds(30));
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
    }

    @Test
    void healthAndMetricsAreServed() throws Exception {
        start(100, 100);

        HttpResponse<String> health = get("/healthz");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("ok\n");
        HttpResponse<String> metrics = get("/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/plain"));
        assertThat(metrics.body()).contains("# TYPE coach_messages_handled_total counter",
                "coach_share_views_total", "coach_http_rate_limited_total", "jvm_memory_used_bytes");
    }

    private void start(int burst, int perMinute) {
        server = WebServer.start("127.0.0.1", 0, fx.shares, new PrometheusMetrics(),
                new WebLimits(new RateLimiter(burst, perMinute, fx.core.clock),
                        new RateLimiter(1000, 1000, fx.core.clock), new ClientAddresses(java.util.List.of())));
        assertThat(server.port()).isPositive();
    }

    private String create(java.util.Set<ShareSection> sections) {
        return ((ShareResult.Created) fx.shares.create(dana, 30, sections)).token();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).startsWith("default-src 'none'; style-src 'sha256-").doesNotContain("unsafe"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(response.headers().firstValue("X-Robots-Tag")).contains("noindex");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(response.headers().firstValue("Server")).isEmpty();
    }

    private static Map<String, List<String>> headersWithoutDate(HttpResponse<String> response) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
        headers.remove("date");
        return headers;
    }
}
