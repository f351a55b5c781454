package com.jobfuture.coach.fetch;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A job board on 127.0.0.1 and a free port for tests: serves bodies by path with a status, an optional ETag (a
 * matching If-None-Match gets 304), and can hold answers until released (for timeouts). Records each request.
 */
public final class LoopbackFeedServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "loopback-feeds");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Page> pathToPage = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch hold = new CountDownLatch(0);

    /** What a path answers. */
    public record Page(int status, byte[] body, String etag) {
    }

    public LoopbackFeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            requests.add(path + (ifNoneMatch == null ? "" : " If-None-Match " + ifNoneMatch));
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Page page = pathToPage.getOrDefault(path, new Page(404, new byte[0], null));
            try (OutputStream out = exchange.getResponseBody()) {
                if (page.etag() != null && page.etag().equals(ifNoneMatch)) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                if (page.etag() != null) {
                    exchange.getResponseHeaders().add("ETag", page.etag());
                }
                exchange.sendResponseHeaders(page.status(), page.body().length == 0 ? -1 : page.body().length);
                out.write(page.body());
            } catch (IOException clientGone) {
                // the client timed out and closed the connection
            }
        });
        server.setExecutor(executor);
        server.start();
    }

    /** Serves {@code body} at {@code path} with status 200 and no ETag. */
    public URI serve(String path, byte[] body) {
        return serve(path, new Page(200, body, null));
    }

    /** Serves a page at {@code path}; returns its URL. */
    public URI serve(String path, Page page) {
        pathToPage.put(path, page);
        return url(path);
    }

    /** Serves a test resource (under src/test/resources) at {@code path}. */
    public URI serveResource(String path, String resource) {
        try (InputStream in = LoopbackFeedServer.class.getResourceAsStream(resource)) {
            return serve(path, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL of a path on this server. */
    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Holds every answer until {@link #release()}. */
    public void holdAnswers() {
        hold = new CountDownLatch(1);
    }

    /** Lets held answers go. */
    public void release() {
        hold.countDown();
    }

    /** The requests so far, as "path" or "path If-None-Match etag". */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        executor.shutdownNow();
    }
}
