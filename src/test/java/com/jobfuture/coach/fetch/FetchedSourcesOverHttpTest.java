package com.jobfuture.coach.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.jobfuture.coach.core.jobs.JobBoard;
import com.jobfuture.coach.core.jobs.JobPosting;
import com.jobfuture.coach.core.jobs.JobQuery;
import com.jobfuture.coach.core.jobs.VerifiedCompanies;
import com.jobfuture.coach.core.jobs.source.FeedEntries;
import com.jobfuture.coach.core.jobs.source.FeedOptions;
import com.jobfuture.coach.core.jobs.source.FetchedSource;
import com.jobfuture.coach.core.jobs.source.JsonMapping;
import com.jobfuture.coach.core.jobs.source.MappedJsonEntries;
import com.jobfuture.coach.core.jobs.source.SourceRefresher;
import com.jobfuture.coach.testing.MutableClock;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Fetched sources against a job board on loopback: each refreshed on its own schedule, conditional requests, stale
 * roles on failure with a warning, timeouts, oversize answers, and a board over an RSS feed and a JSON API.
 */
class FetchedSourcesOverHttpTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T12:00:00Z"));
    final ListAppender<ILoggingEvent> log = new ListAppender<>();
    final HttpFeedFetcher fetcher = new HttpFeedFetcher(Duration.ofSeconds(5));
    LoopbackFeedServer board;

    @BeforeEach
    void start() throws IOException {
        board = new LoopbackFeedServer();
        log.start();
        ((Logger) LoggerFactory.getLogger(FetchedSource.class)).addAppender(log);
    }

    @AfterEach
    void stop() {
        ((Logger) LoggerFactory.getLogger(FetchedSource.class)).detachAppender(log);
        board.close();
    }

    @Test
    void eachSourceIsRefreshedOnItsOwnScheduleAndTheBoardMergesThem() {
        FetchedSource rss = pythonOrg(board.serveResource("/jobs/feed/rss/", "/jobs/python-org.rss"),
                Duration.ofHours(2), Duration.ofSeconds(5));
        FetchedSource api = remotive(board.serveResource("/api/remote-jobs", "/jobs/remotive.json"),
                Duration.ofHours(6));
        SourceRefresher refresher = new SourceRefresher(List.of(rss, api), Duration.ofSeconds(30), clock);

        assertThat(refresher.refreshDue()).isEqualTo(2);
        clock.advance(Duration.ofHours(1));
        assertThat(refresher.refreshDue()).isZero();
        clock.advance(Duration.ofHours(1));
        assertThat(refresher.refreshDue()).as("the feed every 2 h").isEqualTo(1);
        clock.advance(Duration.ofHours(4));
        assertThat(refresher.refreshDue()).as("both at 6 h").isEqualTo(2);
        assertThat(board.requests()).containsExactly("/jobs/feed/rss/", "/api/remote-jobs", "/jobs/feed/rss/",
                "/jobs/feed/rss/", "/api/remote-jobs");

        JobBoard jobs = new JobBoard(List.of(rss, api), VerifiedCompanies.none(), Duration.ofDays(60),
                "https://www.djangoproject.com/community/jobs/", clock);
        assertThat(jobs.search(JobQuery.parse("kestrel"), 0, 10).shown())
                .extracting(listed -> listed.job().sourceLabel())
                .containsExactlyInAnyOrder("python.org job board", "Remotive");
        assertThat(messages()).anyMatch(m -> m.contains("python-org: entry 4 (\"Junior Django Developer, Click Here "
                + "Ltd\"): url 'javascript:alert(document.cookie)' is not an http(s) link — skipped"));
    }

    @Test
    void anUnchangedFeedIsAskedWithItsETagAndKeepsItsRoles() {
        URI url = board.serve("/feed", new LoopbackFeedServer.Page(200, resource("/jobs/django-board.atom"),
                "\"v1\""));
        FetchedSource source = pythonOrg(url, Duration.ofMinutes(30), Duration.ofSeconds(5));

        source.refresh();
        clock.advance(Duration.ofMinutes(30));
        source.refresh();

        assertThat(board.requests()).containsExactly("/feed", "/feed If-None-Match \"v1\"");
        assertThat(source.jobs()).hasSize(2);
        assertThat(source.state().fetchedAt()).contains(clock.instant());
    }

    @Test
    void aFailingFeedServesItsLastGoodRolesStaleRetriesSoonerAndRecovers() {
        URI url = board.serveResource("/feed", "/jobs/python-org.rss");
        FetchedSource source = pythonOrg(url, Duration.ofHours(2), Duration.ofSeconds(5));
        source.refresh();
        List<JobPosting> good = source.jobs();

        board.serve("/feed", new LoopbackFeedServer.Page(503, "busy".getBytes(StandardCharsets.UTF_8), null));
        clock.advance(Duration.ofHours(2));
        source.refresh();

        assertThat(source.jobs()).isEqualTo(good).hasSize(5);
        assertThat(messages()).anyMatch(m -> m.startsWith("Jobs source python-org (http://127.0.0.1:")
                && m.endsWith("failed (IOException: HTTP 503); serving the 5 roles fetched at 2026-12-03T12:00:00Z"));
        assertThat(source.state().failuresInARow()).isEqualTo(1);
        assertThat(source.due(clock.instant().plusSeconds(59))).isFalse();
        assertThat(source.due(clock.instant().plusSeconds(60))).as("retried after a minute, not 2 h").isTrue();

        board.serveResource("/feed", "/jobs/django-board.atom");
        clock.advance(Duration.ofMinutes(1));
        source.refresh();
        assertThat(source.jobs()).extracting(JobPosting::title)
                .containsExactly("Mid-level Django Developer at Orchard Lane Health",
                        "Senior Software Engineer (Django)");
        assertThat(source.state().failuresInARow()).isZero();
    }

    @Test
    void aSlowFeedTimesOutKeepsItsStaleRolesAndAColdOneHasNone() {
        URI url = board.serveResource("/slow", "/jobs/python-org.rss");
        FetchedSource source = pythonOrg(url, Duration.ofMinutes(30), Duration.ofMillis(300));
        for (int i = 0; i < 20 && source.jobs().isEmpty(); i++) {
            source.refresh(); // a cold JVM on a busy machine may need a few tries within 300 ms
        }
        assertThat(source.jobs()).hasSize(5);

        board.holdAnswers();
        clock.advance(Duration.ofMinutes(30));
        source.refresh();

        assertThat(source.jobs()).hasSize(5);
        assertThat(messages()).as("the JDK's request timeout or ours, whichever fires first")
                .anyMatch(m -> m.contains("failed (HttpTimeoutException: ") && m.contains("serving the 5 roles"));

        FetchedSource cold = pythonOrg(board.url("/slow"), Duration.ofMinutes(30), Duration.ofMillis(300));
        cold.refresh();
        assertThat(cold.jobs()).isEmpty();
        assertThat(messages()).anyMatch(m -> m.contains("no roles from it until it answers"));
        board.release();
    }

    @Test
    void anAnswerThatIsTooLargeOrNotAFeedIsAFailureNotRoles() {
        byte[] huge = new byte[HttpFeedFetcher.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        FetchedSource big = pythonOrg(board.serve("/huge", huge), Duration.ofMinutes(30), Duration.ofSeconds(5));
        FetchedSource html = pythonOrg(board.serve("/html", "<html><body>Maintenance</body></html>"
                .getBytes(StandardCharsets.UTF_8)), Duration.ofMinutes(30), Duration.ofSeconds(5));

        big.refresh();
        html.refresh();

        assertThat(big.jobs()).isEmpty();
        assertThat(html.jobs()).isEmpty();
        assertThat(big.state().lastFailure()).contains("IOException: the answer is larger than 2097152 bytes");
        assertThat(html.state().lastFailure()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("UnreadableBodyException: not an RSS or Atom feed"));
    }

    private FetchedSource pythonOrg(URI url, Duration refresh, Duration timeout) {
        return new FetchedSource(new FetchedSource.Settings("python-org", url, refresh, timeout),
                new FeedEntries("python-org", "python.org job board", new FeedOptions(
                        FeedOptions.TitleFormat.TITLE_COMMA_COMPANY, Optional.empty(), true, Optional.empty())),
                fetcher, clock);
    }

    private FetchedSource remotive(URI url, Duration refresh) {
        return new FetchedSource(new FetchedSource.Settings("remotive", url, refresh, Duration.ofSeconds(5)),
                new MappedJsonEntries("remotive", "Remotive", new JsonMapping("jobs", "title", "company_name",
                        "candidate_required_location", "", "", "url", "publication_date", "description", "tags"),
                        Optional.of(true)), fetcher, clock);
    }

    private static byte[] resource(String name) {
        try (var in = FetchedSourcesOverHttpTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<String> messages() {
        return log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
