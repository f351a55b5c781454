package com.jobfuture.coach.fetch;

import com.jobfuture.coach.core.jobs.source.FeedFetcher;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches job feeds and APIs over HTTP(S) with the JDK client: one GET bounded by the request's timeout as a whole
 * (connect, headers and body), redirects followed except from https to http, conditional requests (ETag,
 * Last-Modified; a 304 is "not modified"), bodies over {@value #MAX_BYTES} bytes refused. Thread-safe.
 */
public final class HttpFeedFetcher implements FeedFetcher {
    static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final String USER_AGENT = "JobFutureInterviewCoach/1 (job links for Django candidates)";
    private final HttpClient http;

    public HttpFeedFetcher(Duration connectTimeout) {
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public Result fetch(Request request) throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.url()).timeout(request.timeout())
                .header("User-Agent", USER_AGENT)
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
                        + "application/json;q=0.9, text/xml;q=0.8, */*;q=0.1")
                .GET();
        request.etag().ifPresent(etag -> builder.header("If-None-Match", etag));
        request.lastModified().ifPresent(date -> builder.header("If-Modified-Since", date));
        CompletableFuture<HttpResponse<byte[]>> call = http.sendAsync(builder.build(),
                info -> new BoundedBody(MAX_BYTES));
        HttpResponse<byte[]> response;
        try {
            response = call.get(request.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new HttpTimeoutException("no complete answer within " + request.timeout().toMillis() + " ms");
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
        if (response.statusCode() == 304 && (request.etag().isPresent() || request.lastModified().isPresent())) {
            return new Result.NotModified();
        }
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        byte[] body = response.body();
        Optional<String> etag = response.headers().firstValue("ETag");
        Optional<String> lastModified = response.headers().firstValue("Last-Modified");
        return new Result.Body(body, etag, lastModified);
    }

    /** Collects a body up to a size; a longer one fails the request and stops the download. */
    private static final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final int max;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private Flow.Subscription subscription;

        BoundedBody(int max) {
            this.max = max;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription newSubscription) {
            subscription = newSubscription;
            newSubscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + buffer.remaining() > max) {
                    subscription.cancel();
                    body.completeExceptionally(new IOException("the answer is larger than " + max + " bytes"));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable error) {
            body.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            body.complete(bytes.toByteArray());
        }
    }
}
