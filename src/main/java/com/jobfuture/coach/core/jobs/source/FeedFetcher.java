package com.jobfuture.coach.core.jobs.source;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The outbound port that fetches a source's body; the application gives an HTTP implementation, tests whatever
 * they need. An implementation bounds the whole fetch (connect, headers, body) by the request's timeout, refuses
 * bodies over its size limit, and throws {@link IOException} with a short reason for any failure (HTTP status,
 * timeout, connection). Thread-safe.
 */
@FunctionalInterface
public interface FeedFetcher {
    /** Fetches the URL; with validators from the last fetch the answer may be {@link Result.NotModified}. */
    Result fetch(Request request) throws IOException;

    /** What to fetch: the URL, the time allowed, and the ETag and Last-Modified of the last fetch (if any). */
    record Request(URI url, Duration timeout, Optional<String> etag, Optional<String> lastModified) {
        public Request {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(etag, "etag");
            Objects.requireNonNull(lastModified, "lastModified");
        }
    }

    /** The answer: a body (with its validators), or "not modified since the last fetch". */
    sealed interface Result {
        /** A complete body. */
        record Body(byte[] bytes, Optional<String> etag, Optional<String> lastModified) implements Result {
        }

        /** The source has not changed since the validators were given (HTTP 304). */
        record NotModified() implements Result {
        }
    }
}
