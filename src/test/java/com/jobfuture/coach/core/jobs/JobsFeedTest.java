package com.jobfuture.coach.core.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.jobfuture.coach.testing.MutableClock;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The JSON feed against a loopback HTTP server: validation, caching, timeout, stale on failure, recovery. */
class JobsFeedTest {
    static final String ONE_GOOD_ONE_BAD = """
            {"jobs": [
              {"title": "Feed role", "company": "Kestrel", "company_verified": true, "remote": true,
               "level": "senior", "url": "https://jobs.example.org/kestrel/1", "tags": ["drf"]},
              {"title": "Half a role", "company": "Nobody", "remote": true}
            ]}""";
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    final AtomicInteger requests = new AtomicInteger();
    final ListAppender<ILoggingEvent> log = new ListAppender<>();
    volatile String body = ONE_GOOD_ONE_BAD;
    volatile int status = 200;
    volatile long delayMillis;
    HttpServer server;
    JobFeed feed;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/jobs.json", exchange -> {
            requests.incrementAndGet();
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            } catch (IOException clientGone) {
                // the client timed out
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        feed = feed(Duration.ofSeconds(10));
        log.start();
        ((Logger) LoggerFactory.getLogger(JobFeed.class)).addAppender(log);
    }

    @AfterEach
    void stopServer() {
        ((Logger) LoggerFactory.getLogger(JobFeed.class)).detachAppender(log);
        server.stop(0);
    }

    @Test
    void validEntriesAreServedAndBadOnesSkippedAndLogged() {
        List<JobPosting> jobs = feed.jobs();

        assertThat(jobs).extracting(JobPosting::title).containsExactly("Feed role");
        assertThat(jobs.get(0).companyVerified()).isTrue();
        assertThat(messages()).anyMatch(m -> m.contains("job 2 (\"Half a role\"): level is missing — skipped"));
    }

    @Test
    void rolesAreCachedUntilTheTtlThenRefreshed() {
        feed.jobs();
        clock.advance(Duration.ofMinutes(29));
        feed.jobs();
        assertThat(requests).hasValue(1);

        body = ONE_GOOD_ONE_BAD.replace("Feed role", "Updated role");
        clock.advance(Duration.ofMinutes(2));
        feed.jobs(); // triggers the refresh
        assertThat(requests).hasValue(2);
        assertThat(feed.jobs()).extracting(JobPosting::title).containsExactly("Updated role");
    }

    @Test
    void aFailingFeedServesTheLastGoodRolesStaleWithAWarning() {
        feed.jobs();
        status = 503;
        clock.advance(Duration.ofMinutes(31));

        feed.jobs();
        assertThat(feed.jobs()).extracting(JobPosting::title).containsExactly("Feed role");
        assertThat(messages()).anyMatch(m -> m.startsWith("Jobs feed http://127.0.0.1:")
                && m.contains("failed (IOException: HTTP 503); serving the 1 roles fetched at 2026-03-02T09:00:00Z"));

        status = 200;
        body = ONE_GOOD_ONE_BAD.replace("Feed role", "Back again");
        clock.advance(Duration.ofMinutes(31));
        feed.jobs();
        assertThat(feed.jobs()).extracting(JobPosting::title).containsExactly("Back again");
    }

    @Test
    void aSlowFeedTimesOutStaleRolesStayAndAColdFailureMeansNoFeedRoles() {
        JobFeed quick = feed(Duration.ofMillis(500));
        for (int i = 0; i < 20 && quick.jobs().isEmpty(); i++) {
            // a cold JVM on a busy machine may need a few tries for its first request
        }
        assertThat(quick.jobs()).extracting(JobPosting::title).containsExactly("Feed role");
        delayMillis = 5_000;
        clock.advance(Duration.ofMinutes(31));

        long started = System.nanoTime();
        List<JobPosting> stale = quick.jobs();
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(stale).extracting(JobPosting::title).containsExactly("Feed role");
        assertThat(tookMillis).isLessThan(3_000);
        assertThat(messages()).anyMatch(m -> m.contains("HttpTimeoutException"));

        JobFeed cold = feed(Duration.ofMillis(500));
        assertThat(cold.jobs()).isEmpty();
        assertThat(messages()).anyMatch(m -> m.contains("no feed roles until it answers"));
    }

    @Test
    void aFeedThatIsNotAListOfJobsGivesNoRoles() {
        body = "{\"roles\": 3}";

        assertThat(feed.jobs()).isEmpty();
        assertThat(messages()).anyMatch(m -> m.contains("expected a list of jobs"));
    }

    private JobFeed feed(Duration timeout) {
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jobs.json");
        return new JobFeed(url, timeout, Duration.ofMinutes(30), clock, Runnable::run);
    }

    private List<String> messages() {
        return log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
