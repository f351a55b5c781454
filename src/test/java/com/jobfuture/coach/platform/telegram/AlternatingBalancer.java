package com.jobfuture.coach.platform.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A load balancer in front of several bot processes, for tests: every POST is passed on (path, body and the
 * secret header) to the next backend in turn for the chat it concerns, so one user's consecutive updates land on
 * the processes alternately; the backend's status is the answer; a backend that cannot be reached is skipped for the next one (502 when none answers). 127.0.0.1 only.
 */
final class AlternatingBalancer implements AutoCloseable {
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Integer> backends = new CopyOnWriteArrayList<>();
    private final Map<Long, Integer> chatToPosts = new HashMap<>();
    private final Map<Long, List<Integer>> chatToBackends = new HashMap<>();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "test-balancer");
        thread.setDaemon(true);
        return thread;
    });

    AlternatingBalancer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::forward);
        server.start();
    }

    /** The public address the bot processes are told (COACH_PUBLIC_URL). */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Adds a bot process's web server port to the rotation. */
    void addBackend(int port) {
        backends.add(port);
    }

    /** The backends (by index) each POST about the chat went to, in order. */
    synchronized List<Integer> backendsOf(long chatId) {
        return List.copyOf(chatToBackends.getOrDefault(chatId, List.of()));
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            long chat = chatOf(body);
            int status = 502;
            if (!backends.isEmpty()) {
                int backend = next(chat);
                // a backend that cannot be reached (killed) is skipped, as a balancer's health check would
                for (int tried = 0; tried < backends.size() && status == 502; tried++) {
                    status = post(exchange, body, backends.get((backend + tried) % backends.size()));
                }
            }
            exchange.sendResponseHeaders(status, -1);
            try (OutputStream ignored = exchange.getResponseBody()) {
                // no body
            }
        }
    }

    /** Passes the POST on to the backend on {@code port}; its status, or 502 when it cannot be reached. */
    private int post(HttpExchange exchange, byte[] body, int port) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + exchange.getRequestURI().getRawPath()))
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        String secret = exchange.getRequestHeaders().getFirst("X-Telegram-Bot-Api-Secret-Token");
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 502;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 502;
        }
    }

    private synchronized int next(long chat) {
        int posts = chatToPosts.merge(chat, 1, Integer::sum);
        int backend = (posts - 1) % backends.size();
        chatToBackends.computeIfAbsent(chat, c -> new ArrayList<>()).add(backend);
        return backend;
    }

    private long chatOf(byte[] body) {
        try {
            JsonNode update = json.readTree(body);
            JsonNode chat = update.path("message").path("chat").path("id");
            if (!chat.canConvertToLong()) {
                chat = update.path("callback_query").path("message").path("chat").path("id");
            }
            return chat.asLong(0);
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
