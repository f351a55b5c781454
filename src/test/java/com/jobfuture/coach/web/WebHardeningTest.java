package com.jobfuture.coach.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.share.ShareResult;
import com.jobfuture.coach.core.share.ShareSection;
import com.jobfuture.coach.testing.ShareFixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web server against hostile requests: rate limits per visitor behind a trusted proxy and per link, Jetty's
 * own error answers with the app's security headers, HEAD like GET.
 */
class WebHardeningTest {
    private static final List<String> SECURITY_HEADERS = List.of("content-security-policy: default-src 'none'",
            "x-content-type-options: nosniff", "referrer-policy: no-referrer", "x-robots-tag: noindex",
            "x-frame-options: deny", "cache-control: no-store");
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
    void behindATrustedProxyEachVisitorHasItsOwnBucket() throws Exception {
        start(2, 1, 100, List.of("127.0.0.1/32"));
        String token = create();

        assertThat(get("/p/" + token, "203.0.113.7").statusCode()).isEqualTo(200);
        assertThat(get("/p/" + token, "198.51.100.1, 203.0.113.7").statusCode()).isEqualTo(200);
        HttpResponse<String> refused = get("/p/" + token, "203.0.113.7");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(get("/p/" + token, "203.0.113.8").statusCode()).as("another visitor").isEqualTo(200);
        assertThat(get("/p/" + token, "203.0.113.9, 127.0.0.1").statusCode()).as("through two trusted hops")
                .isEqualTo(200);
    }

    @Test
    void forwardedForFromAnUntrustedAddressIsIgnored() throws Exception {
        start(2, 1, 100, List.of("10.0.0.0/8"));
        String token = create();

        assertThat(get("/p/" + token, "203.0.113.1").statusCode()).isEqualTo(200);
        assertThat(get("/p/" + token, "203.0.113.2").statusCode()).isEqualTo(200);

        assertThat(get("/p/" + token, "203.0.113.3").statusCode()).as("a spoofed header gets no new bucket")
                .isEqualTo(429);
    }

    @Test
    void eachLinkHasItsOwnLimitWhateverTheVisitors() throws Exception {
        start(100, 100, 3, List.of("127.0.0.1/32"));
        String token = create();
        String other = create();
        for (int i = 1; i <= 3; i++) {
            assertThat(get("/p/" + token, "203.0.113." + i).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = get("/p/" + token, "203.0.113.50");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(get("/p/" + other, "203.0.113.50").statusCode()).isEqualTo(200);
        assertThat(fx.shares.active(dana)).filteredOn(link -> link.number() == 1).singleElement()
                .satisfies(link -> assertThat(link.views()).isEqualTo(3));
        fx.core.clock.advance(Duration.ofMinutes(1));
        assertThat(get("/p/" + token, "203.0.113.51").statusCode()).isEqualTo(200);
    }

    @Test
    void jettysOwnErrorAnswersCarryTheSecurityHeaders() throws Exception {
        start(100, 100, 100, List.of());
        List<String> requests = List.of(
                "GET /p/%zz HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /p/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /p/x HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n",
                "GET /p/..%2F..%2Fetc HTTP/1.1\r\nHost: x\r\n\r\n",
                "BREW /p/x HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /p/x HTTP/9.9\r\nHost: x\r\n\r\n");
        for (String request : requests) {
            String response = raw(request).toLowerCase(Locale.ROOT);
            String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
            String shown = request.length() > 60 ? request.substring(0, 60) + "…" : request;
            assertThat(head).as(shown).matches("(?s)http/1\\.1 [45]\\d\\d .*");
            assertThat(head).as(shown).contains(SECURITY_HEADERS).doesNotContain("server:");
            assertThat(response).as(shown).doesNotContain("jetty", "<script");
        }
    }

    @Test
    void headIsAnsweredLikeGet() throws Exception {
        start(100, 100, 100, List.of());
        String token = create();

        assertThat(head("/p/AAAAAAAAAAAAAAAAAAAAAA").statusCode()).isEqualTo(404);
        assertThat(head("/p/" + token).statusCode()).isEqualTo(200);
        assertThat(head("/nope").statusCode()).isEqualTo(404);
        assertThat(head("/healthz").statusCode()).isEqualTo(200);
    }

    private void start(int burst, int perMinute, int tokenBurst, List<String> proxies) {
        server = WebServer.start("127.0.0.1", 0, fx.shares, new PrometheusMetrics(),
                new WebLimits(new RateLimiter(burst, perMinute, fx.core.clock),
                        new RateLimiter(tokenBurst, tokenBurst, fx.core.clock), new ClientAddresses(proxies)));
    }

    private String create() {
        return ((ShareResult.Created) fx.shares.create(dana, 30, ShareSection.defaults())).token();
    }

    private HttpResponse<String> get(String path, String forwardedFor) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("X-Forwarded-For", forwardedFor).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<Void> head(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
    }

    /** Sends the bytes as they are and reads the answer until the server closes the connection. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.replace("HTTP/1.1\r\nHost: x\r\n", "HTTP/1.1\r\nHost: x\r\nConnection: close\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    answer.write(buffer, 0, n);
                }
            } catch (java.net.SocketException e) {
                // the server may reset after answering a request it refused to read
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
