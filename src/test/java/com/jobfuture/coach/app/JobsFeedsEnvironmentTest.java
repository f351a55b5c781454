package com.jobfuture.coach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.config.ConfigLoader;
import com.jobfuture.coach.core.jobs.JobBoard;
import com.jobfuture.coach.core.jobs.JobQuery;
import com.jobfuture.coach.fetch.HttpFeedFetcher;
import com.jobfuture.coach.fetch.LoopbackFeedServer;
import com.jobfuture.coach.testing.MutableClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The environment contract: {@code JOBS_FEEDS} (comma-separated RSS or Atom URLs, format detected) adds feeds to
 * the configured sources, and {@code JOBS_FEED_URL} still adds a JSON feed in the bot's format; the board built
 * from that configuration lists their roles with the curated file's.
 */
class JobsFeedsEnvironmentTest {
    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T12:00:00Z"));
    LoopbackFeedServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackFeedServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void jobsFeedsAndJobsFeedUrlAddSourcesBesideTheCuratedFile() throws IOException {
        String rss = server.serveResource("/python.rss", "/jobs/python-org.rss").toString();
        String atom = server.serveResource("/board.atom", "/jobs/django-board.atom").toString();
        String json = server.serve("/jobs.json", ("{\"jobs\": [{\"title\": \"Django Developer (bot format)\", "
                + "\"company\": \"Feedco\", \"remote\": true, \"level\": \"middle\", \"url\": "
                + "\"https://feedco.example/1\"}]}").getBytes(StandardCharsets.UTF_8)).toString();
        Path config = Files.writeString(dir.resolve("coach.yaml"), "jobs:\n  file: "
                + Path.of("config/jobs.yaml").toAbsolutePath() + "\n");
        CoachConfig loaded = new ConfigLoader().load(config, Map.of("JOBS_FEEDS", rss + " , " + atom,
                "JOBS_FEED_URL", json));

        JobBoards jobs = JobBoards.fromConfig(loaded.jobs(), new HttpFeedFetcher(Duration.ofSeconds(5)), clock);
        assertThat(jobs.refresher().refreshDue()).isEqualTo(3);

        JobBoard board = jobs.board();
        assertThat(board.search(JobQuery.parse("kestrel health"), 0, 5).shown()).extracting(l -> l.job().sourceLabel())
                .as("python.org's titles read with the detected (auto) format").containsExactly("127.0.0.1");
        assertThat(board.search(JobQuery.parse("orchard"), 0, 5).shown()).extracting(l -> l.job().title())
                .as("the Atom feed, and the curated file's role of the same company")
                .contains("Mid-level Django Developer");
        assertThat(board.search(JobQuery.parse("feedco"), 0, 5).shown()).extracting(l -> l.job().title())
                .containsExactly("Django Developer (bot format)");
        assertThat(board.search(JobQuery.parse("fjordbyte"), 0, 5).shown()).extracting(l -> l.job().url())
                .containsExactly("https://jobs.example.com/fjordbyte/backend-engineer-django");
        assertThat(server.requests()).containsExactlyInAnyOrder("/python.rss", "/board.atom", "/jobs.json");
    }
}
