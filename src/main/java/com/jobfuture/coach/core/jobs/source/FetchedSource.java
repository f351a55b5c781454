package com.jobfuture.coach.core.jobs.source;

import com.jobfuture.coach.core.jobs.JobPosting;
import com.jobfuture.coach.core.jobs.JobSource;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A source fetched over the network and cached in memory: {@link #jobs()} answers from the last good fetch and never
 * waits for the network; {@link #refresh()} (called by a {@link SourceRefresher} when {@link #due} says so) fetches
 * with the source's timeout, parses, and replaces the roles only when that worked. A failed refresh keeps serving the
 * last good roles (stale) with a warning and is retried sooner (1, 2, 4… minutes, never later than the refresh
 * interval); before the first success there are none. Skipped entries are logged with the reason. Thread-safe.
 */
public final class FetchedSource implements JobSource {
    private static final Logger LOG = LoggerFactory.getLogger(FetchedSource.class);
    private final Settings settings;
    private final JobParser parser;
    private final FeedFetcher fetcher;
    private final Clock clock;
    private final AtomicReference<State> state = new AtomicReference<>(State.initial());

    /** What a fetched source is: its name, URL, how often it is refreshed and how long a fetch may take. */
    public record Settings(String name, URI url, Duration refreshEvery, Duration timeout) {
        public Settings {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(refreshEvery, "refreshEvery");
            Objects.requireNonNull(timeout, "timeout");
        }
    }

    /**
     * Where the source stands: its roles and when they were fetched (empty before the first success), when it was
     * last tried, how many tries in a row failed and why the last one did, and the validators for the next fetch.
     */
    public record State(List<JobPosting> jobs, Optional<Instant> fetchedAt, Optional<Instant> triedAt,
                        int failuresInARow, Optional<String> lastFailure, Optional<String> etag,
                        Optional<String> lastModified) {
        static State initial() {
            return new State(List.of(), Optional.empty(), Optional.empty(), 0, Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
    }

    public FetchedSource(Settings settings, JobParser parser, FeedFetcher fetcher, Clock clock) {
        this.settings = settings;
        this.parser = parser;
        this.fetcher = fetcher;
        this.clock = clock;
    }

    @Override
    public List<JobPosting> jobs() {
        return state.get().jobs();
    }

    /** True once the first fetch since the start was tried (worked or failed). */
    @Override
    public boolean loaded() {
        return state.get().triedAt().isPresent();
    }

    /** The source's name (from the configuration). */
    public String name() {
        return settings.name();
    }

    /** Where the source stands now. */
    public State state() {
        return state.get();
    }

    /** Whether a refresh is due at {@code now}: never tried, its interval passed, or its retry time after failures. */
    public boolean due(Instant now) {
        State current = state.get();
        if (current.triedAt().isEmpty()) {
            return true;
        }
        Duration wait = settings.refreshEvery();
        if (current.failuresInARow() > 0) {
            Duration retry = Duration.ofMinutes(1L << Math.min(current.failuresInARow() - 1, 12));
            wait = retry.compareTo(wait) < 0 ? retry : wait;
        }
        return !now.isBefore(current.triedAt().get().plus(wait));
    }

    /** Fetches and parses once; never throws (a failure is logged and the last good roles stay). */
    public void refresh() {
        State before = state.get();
        Instant now = clock.instant();
        try {
            FeedFetcher.Result result = fetcher.fetch(new FeedFetcher.Request(settings.url(), settings.timeout(),
                    before.etag(), before.lastModified()));
            if (result instanceof FeedFetcher.Result.Body body) {
                ParsedJobs parsed = parser.parse(body.bytes(), now);
                parsed.problems().forEach(problem -> LOG.warn("Jobs source problem: {}", problem));
                LOG.info("Jobs source {}: {} roles", settings.name(), parsed.jobs().size());
                state.set(new State(parsed.jobs(), Optional.of(now), Optional.of(now), 0, Optional.empty(),
                        body.etag(), body.lastModified()));
            } else {
                state.set(new State(before.jobs(), Optional.of(now), Optional.of(now), 0, Optional.empty(),
                        before.etag(), before.lastModified()));
            }
        } catch (IOException | UnreadableBodyException | RuntimeException e) {
            String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            if (before.fetchedAt().isPresent()) {
                LOG.warn("Jobs source {} ({}) failed ({}); serving the {} roles fetched at {}", settings.name(),
                        settings.url(), reason, before.jobs().size(), before.fetchedAt().get());
            } else {
                LOG.warn("Jobs source {} ({}) failed ({}); no roles from it until it answers", settings.name(),
                        settings.url(), reason);
            }
            state.set(new State(before.jobs(), before.fetchedAt(), Optional.of(now), before.failuresInARow() + 1,
                    Optional.of(reason), before.etag(), before.lastModified()));
        }
    }
}
