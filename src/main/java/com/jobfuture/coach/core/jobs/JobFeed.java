package com.jobfuture.coach.core.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Roles from a JSON feed URL, fetched with a timeout and cached (Caffeine, refreshed after {@code ttl}). When a
 * refresh fails the last good roles are served and a warning is logged; when the very first fetch fails there
 * are none until a later call succeeds. Bad entries are skipped and logged. Thread-safe.
 */
public final class JobFeed implements JobSource {
    private static final Logger LOG = LoggerFactory.getLogger(JobFeed.class);
    private static final int MAX_BYTES = 2 * 1024 * 1024;
    private final URI url;
    private final Duration timeout;
    private final Clock clock;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final LoadingCache<URI, Snapshot> cache;

    /** The roles of one successful fetch. */
    private record Snapshot(List<JobPosting> jobs, Instant fetchedAt) {
    }

    /**
     * A feed at {@code url}; {@code refreshExecutor} runs background refreshes (tests pass {@code Runnable::run}
     * to refresh in the caller's thread).
     */
    public JobFeed(URI url, Duration timeout, Duration ttl, Clock clock, Executor refreshExecutor) {
        this.url = url;
        this.timeout = timeout;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.cache = Caffeine.newBuilder()
                .maximumSize(1)
                .refreshAfterWrite(ttl)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .executor(refreshExecutor)
                .build(new CacheLoader<>() {
                    @Override
                    public Snapshot load(URI key) throws Exception {
                        return fetch();
                    }

                    @Override
                    public Snapshot reload(URI key, Snapshot old) {
                        try {
                            return fetch();
                        } catch (Exception e) {
                            LOG.warn("Jobs feed {} failed ({}); serving the {} roles fetched at {}", url, describe(e),
                                    old.jobs().size(), old.fetchedAt());
                            return old;
                        }
                    }
                });
    }

    @Override
    public List<JobPosting> jobs() {
        try {
            return cache.get(url).jobs();
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            LOG.warn("Jobs feed {} failed ({}); no feed roles until it answers", url, describe(cause));
            return List.of();
        }
    }

    /** One GET bounded by the timeout as a whole (connect, headers and body); declared oversize bodies are refused. */
    private Snapshot fetch() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).header("Accept", "application/json")
                .GET().build();
        HttpResponse.BodyHandler<byte[]> bounded = info ->
                info.headers().firstValueAsLong("Content-Length").orElse(0) > MAX_BYTES
                        ? HttpResponse.BodySubscribers.replacing(null) : HttpResponse.BodySubscribers.ofByteArray();
        CompletableFuture<HttpResponse<byte[]>> call = http.sendAsync(request, bounded);
        HttpResponse<byte[]> response;
        try {
            response = call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new HttpTimeoutException("no complete answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        byte[] body = response.body();
        if (body == null || body.length > MAX_BYTES) {
            throw new IOException("the feed is larger than " + MAX_BYTES + " bytes");
        }
        JsonNode root = json.readTree(body);
        List<String> problems = new ArrayList<>();
        List<JobPosting> jobs = List.copyOf(JobEntries.read(root, "feed " + url, problems));
        problems.forEach(problem -> LOG.warn("Jobs feed problem: {}", problem));
        return new Snapshot(jobs, clock.instant());
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
