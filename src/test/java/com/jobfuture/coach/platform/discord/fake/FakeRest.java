package com.jobfuture.coach.platform.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fake REST API under {@code /api/v10/} on the JDK HTTP server: the routes JDA uses for this bot, planned
 * faults (429 with rate-limit headers, 5xx), Discord-shaped errors (50007, 10062, 40060), and a record of every
 * call. Unknown routes answer 404 and are recorded too, so tests can assert none happened.
 */
final class FakeRest {
    private static final Logger LOG = LoggerFactory.getLogger(FakeRest.class);
    private static final String PREFIX = "/api/v10/";
    private static final Pattern CALLBACK = Pattern.compile("interactions/(\\d+)/([^/]+)/callback");
    private static final Pattern WEBHOOK_MESSAGE = Pattern.compile("webhooks/(\\d+)/([^/]+)/messages/(@original|\\d+)");
    private static final Pattern WEBHOOK = Pattern.compile("webhooks/(\\d+)/([^/]+)");
    private static final Pattern CHANNEL_MESSAGES = Pattern.compile("channels/(\\d+)/messages");
    private static final Pattern CHANNEL_MESSAGE = Pattern.compile("channels/(\\d+)/messages/(\\d+)");
    private static final Pattern MESSAGE_THREAD = Pattern.compile("channels/(\\d+)/messages/(\\d+)/threads");
    private static final Pattern ANY_CHANNEL = Pattern.compile("channels/(\\d+)(/.*)?");
    private static final String MESSAGES_BUCKET = "fake-channel-messages";
    private final FakeState state;
    private final String token;
    private final String gatewayUrl;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<RestCall> calls = new ArrayList<>();
    private final List<PlannedAnswer> faults = new ArrayList<>();
    private final List<Integer> faultUses = new ArrayList<>();
    private final List<RestCall> violations = new ArrayList<>();
    private final Map<String, Window> channelWindows = new HashMap<>();
    private final ArrayDeque<Long> recentRequests = new ArrayDeque<>();
    private RateLimits limits;

    /** A channel bucket's current window. */
    private static final class Window {
        long startNanos;
        int used;
    }

    /** JDA paces in real time, so the fake records arrivals on the system clock. */
    private final java.time.Clock clock = java.time.Clock.systemUTC();

    FakeRest(FakeState state, String token, String gatewayUrl) throws IOException {
        this.state = state;
        this.token = token;
        this.gatewayUrl = gatewayUrl;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX;
    }

    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    synchronized void plan(PlannedAnswer fault) {
        faults.add(fault);
        faultUses.add(0);
    }

    synchronized List<RestCall> calls() {
        return List.copyOf(calls);
    }

    synchronized void enforce(RateLimits limits) {
        this.limits = limits;
    }

    synchronized List<RestCall> violations() {
        return List.copyOf(violations);
    }

    private record Answer(int status, String body, Map<String, String> headers) {
        static Answer json(int status, JsonNode body) {
            return new Answer(status, body.toString(), Map.of());
        }

        static Answer noContent() {
            return new Answer(204, null, Map.of());
        }

        static Answer error(int status, int code, String message) {
            return json(status, Payloads.object().put("code", code).put("message", message));
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String rawPath = exchange.getRequestURI().getPath();
        String path = rawPath.startsWith(PREFIX) ? rawPath.substring(PREFIX.length()) : rawPath;
        String query = exchange.getRequestURI().getQuery();
        long receivedNanos = System.nanoTime();
        java.time.Instant at = clock.instant();
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        JsonNode body = MissingNode.getInstance();
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (bytes.length > 0 && Multipart.is(contentType)) {
            try {
                body = Multipart.body(bytes, contentType);
            } catch (IOException e) {
                body = Payloads.object().put("unparsed", new String(bytes, StandardCharsets.UTF_8));
            }
        } else if (bytes.length > 0) {
            try {
                body = Payloads.JSON.readTree(bytes);
            } catch (IOException e) {
                body = Payloads.object().put("unparsed", new String(bytes, StandardCharsets.UTF_8));
            }
        }
        PlannedAnswer fault = takeFault(method, path);
        if (fault != null && fault.status() == 0) {
            synchronized (this) {
                calls.add(new RestCall(calls.size() + 1, method, path, query, body, 0, receivedNanos, at));
            }
            exchange.close(); // no answer: the connection is dropped
            return;
        }
        if (fault != null && fault.answersNormally()) {
            sleep(fault.delay());
            fault = null;
        }
        Answer answer;
        // The answer's effects (a message a test may be waiting for) and its record become visible together.
        synchronized (this) {
            boolean violation = false;
            try {
                Answer limited = fault == null ? limit(method, path, receivedNanos) : null;
                violation = limited != null;
                answer = fault != null ? new Answer(fault.status(), fault.body(), fault.headers())
                        : limited != null ? limited : answer(exchange, method, path, body);
                if (limits != null && answer.status() < 300 && method.equals("POST")
                        && CHANNEL_MESSAGES.matcher(path).matches()) {
                    answer = withBucketHeaders(answer, path, receivedNanos);
                }
            } catch (RuntimeException e) {
                LOG.error("fake REST failed on {} {}", method, path, e);
                answer = Answer.error(500, 0, "fake failure: " + e);
            }
            RestCall call = new RestCall(calls.size() + 1, method, path, query, body, answer.status(), receivedNanos,
                    at);
            calls.add(call);
            if (violation) {
                violations.add(call);
            }
        }
        send(exchange, answer);
    }

    private Answer answer(HttpExchange exchange, String method, String path, JsonNode body) {
        if (!("Bot " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            return Answer.error(401, 0, "401: Unauthorized");
        }
        Matcher m;
        if ((m = ANY_CHANNEL.matcher(path)).matches() && state.lostAccess(m.group(1))) {
            return Answer.error(403, 50001, "Missing Access");
        }
        if (method.equals("GET") && path.equals("users/@me")) {
            return Answer.json(200, state.botUser);
        }
        if (method.equals("GET") && path.matches("gateway(/bot)?")) {
            ObjectNode gateway = Payloads.object().put("url", gatewayUrl).put("shards", 1);
            gateway.putObject("session_start_limit").put("total", 1000).put("remaining", 999)
                    .put("reset_after", 86_400_000).put("max_concurrency", 1);
            return Answer.json(200, gateway);
        }
        if (path.equals("applications/" + state.applicationId + "/commands")) {
            return commands(method, body);
        }
        if (method.equals("POST") && path.equals("users/@me/channels")) {
            return openDm(body.path("recipient_id").asText());
        }
        if (method.equals("POST") && (m = CHANNEL_MESSAGES.matcher(path)).matches()) {
            return channelMessage(m.group(1), body);
        }
        if ((method.equals("GET") || method.equals("PATCH")) && (m = CHANNEL_MESSAGE.matcher(path)).matches()) {
            return existingMessage(method, m.group(1), m.group(2), body);
        }
        if (method.equals("POST") && (m = MESSAGE_THREAD.matcher(path)).matches()) {
            return startThread(m.group(1), m.group(2), body);
        }
        if (method.equals("POST") && (m = CALLBACK.matcher(path)).matches()) {
            return callback(m.group(1), m.group(2), body);
        }
        if ((m = WEBHOOK_MESSAGE.matcher(path)).matches() && m.group(1).equals(state.applicationId)) {
            return webhookMessage(method, m.group(2), m.group(3), body);
        }
        if (method.equals("POST") && (m = WEBHOOK.matcher(path)).matches() && m.group(1).equals(state.applicationId)) {
            return followup(m.group(2), body);
        }
        return Answer.error(404, 0, "404: Not Found");
    }

    private static void sleep(java.time.Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized PlannedAnswer takeFault(String method, String path) {
        for (int i = 0; i < faults.size(); i++) {
            PlannedAnswer fault = faults.get(i);
            if (fault.method().equals(method) && path.matches(fault.pathRegex()) && faultUses.get(i) < fault.times()) {
                faultUses.set(i, faultUses.get(i) + 1);
                return fault;
            }
        }
        return null;
    }

    private Answer commands(String method, JsonNode body) {
        if (method.equals("GET")) {
            JsonNode commands = state.commands();
            return Answer.json(200, commands == null ? Payloads.JSON.createArrayNode() : commands);
        }
        if (!method.equals("PUT") || !body.isArray()) {
            return Answer.error(400, 50035, "Invalid Form Body");
        }
        ArrayNode registered = Payloads.JSON.createArrayNode();
        for (JsonNode command : body) {
            ObjectNode copy = command.deepCopy();
            copy.put("id", state.snowflake()).put("application_id", state.applicationId).put("version", "1")
                    .put("type", command.path("type").asInt(1));
            if (!copy.has("description")) {
                copy.put("description", "");
            }
            registered.add(copy);
        }
        state.setCommands(registered);
        return Answer.json(200, registered);
    }

    private Answer openDm(String recipientId) {
        return state.user(recipientId).<Answer>map(user -> {
            ObjectNode channel = Payloads.object().put("id", user.dmChannelId()).put("type", 1).put("flags", 0)
                    .putNull("last_message_id");
            channel.putArray("recipients").add(Payloads.user(user.id(), user.name(), false));
            return Answer.json(200, channel);
        }).orElseGet(() -> Answer.error(400, 50033, "Invalid Recipient(s)"));
    }

    /** Answers 429 (a violation) when the request breaks an enforced limit; counts it otherwise. */
    private synchronized Answer limit(String method, String path, long nowNanos) {
        if (limits == null || path.startsWith("interactions/") || path.startsWith("webhooks/")) {
            return null;
        }
        while (!recentRequests.isEmpty() && nowNanos - recentRequests.peekFirst() >= 1_000_000_000L) {
            recentRequests.removeFirst();
        }
        if (recentRequests.size() >= limits.globalPerSecond()) {
            long retryMillis = 1000 - (nowNanos - recentRequests.peekFirst()) / 1_000_000;
            return new Answer(429, "{\"message\":\"You are being rate limited.\",\"retry_after\":"
                    + retryMillis / 1000.0 + ",\"global\":true}", Map.of("Retry-After", "1",
                    "X-RateLimit-Global", "true", "X-RateLimit-Scope", "global"));
        }
        recentRequests.addLast(nowNanos);
        Matcher m = CHANNEL_MESSAGES.matcher(path);
        if (!method.equals("POST") || !m.matches()) {
            return null;
        }
        Window window = channelWindows.computeIfAbsent(m.group(1), id -> new Window());
        long windowNanos = limits.channelWindow().toNanos();
        if (window.used == 0 || nowNanos - window.startNanos >= windowNanos) {
            window.startNanos = nowNanos;
            window.used = 0;
        }
        if (window.used >= limits.perChannel()) {
            double resetAfter = (windowNanos - (nowNanos - window.startNanos)) / 1e9;
            return new Answer(429, "{\"message\":\"You are being rate limited.\",\"retry_after\":"
                    + resetAfter + ",\"global\":false}", Map.of("Retry-After",
                    String.valueOf((long) Math.ceil(resetAfter)), "X-RateLimit-Limit",
                    String.valueOf(limits.perChannel()), "X-RateLimit-Remaining", "0",
                    "X-RateLimit-Reset-After", String.format(java.util.Locale.ROOT, "%.3f", resetAfter),
                    "X-RateLimit-Bucket", MESSAGES_BUCKET, "X-RateLimit-Scope", "user"));
        }
        window.used++;
        return null;
    }

    /** A channel message's bucket as Discord reports it: limit, remaining and when the window resets. */
    private synchronized Answer withBucketHeaders(Answer answer, String path, long nowNanos) {
        Matcher m = CHANNEL_MESSAGES.matcher(path);
        if (!m.matches()) {
            return answer;
        }
        Window window = channelWindows.computeIfAbsent(m.group(1), id -> new Window());
        if (window.used == 0) {
            window.startNanos = nowNanos;
            window.used = 1;
        }
        double resetAfter = Math.max(0, limits.channelWindow().toNanos() - (nowNanos - window.startNanos)) / 1e9;
        double resetAt = System.currentTimeMillis() / 1000.0 + resetAfter;
        Map<String, String> headers = new HashMap<>(answer.headers());
        headers.put("X-RateLimit-Limit", String.valueOf(limits.perChannel()));
        headers.put("X-RateLimit-Remaining", String.valueOf(Math.max(0, limits.perChannel() - window.used)));
        headers.put("X-RateLimit-Reset-After", String.format(java.util.Locale.ROOT, "%.3f", resetAfter));
        headers.put("X-RateLimit-Reset", String.format(java.util.Locale.ROOT, "%.3f", resetAt));
        headers.put("X-RateLimit-Bucket", MESSAGES_BUCKET);
        return new Answer(answer.status(), answer.body(), headers);
    }

    private Answer existingMessage(String method, String channelId, String messageId, JsonNode body) {
        var found = state.message(messageId).filter(message -> message.channelId.equals(channelId));
        if (found.isEmpty()) {
            return Answer.error(404, 10008, "Unknown Message");
        }
        if (method.equals("PATCH")) {
            state.apply(found.get(), body, true);
        }
        return Answer.json(200, render(found.get(), true));
    }

    private Answer startThread(String channelId, String messageId, JsonNode body) {
        var guild = state.guildOf(channelId);
        if (guild.isEmpty() || state.message(messageId).filter(m -> m.channelId.equals(channelId)).isEmpty()) {
            return Answer.error(404, 10008, "Unknown Message");
        }
        if (!state.addThread(messageId, channelId)) {
            return Answer.error(400, 160004, "A thread has already been created for this message");
        }
        return Answer.json(201, Payloads.thread(messageId, guild.get(), channelId, state.applicationId,
                body.path("name").asText(), body.path("auto_archive_duration").asInt(4320)));
    }

    private Answer channelMessage(String channelId, JsonNode body) {
        var dmUser = state.userOfDm(channelId);
        boolean guildChannel = state.guildOf(channelId).isPresent();
        if (dmUser.isEmpty() && !guildChannel) {
            return Answer.error(404, 10003, "Unknown Channel");
        }
        if (dmUser.isPresent() && state.dmsClosed(dmUser.get())) {
            return Answer.error(403, 50007, "Cannot send messages to this user");
        }
        FakeState.StoredMessage message = state.newMessage(channelId, dmUser.map(FakeUser::id).orElse(null), "channel");
        state.apply(message, body, false);
        return Answer.json(200, render(message, guildChannel));
    }

    private Answer callback(String interactionId, String interactionToken, JsonNode body) {
        var found = state.interactionByToken(interactionToken).filter(i -> i.id.equals(interactionId));
        if (found.isEmpty()) {
            return Answer.error(404, 10062, "Unknown interaction");
        }
        FakeState.StoredInteraction interaction = found.get();
        synchronized (state) {
            if (interaction.callbackType != null) {
                return Answer.error(400, 40060, "Interaction has already been acknowledged.");
            }
            interaction.callbackType = body.path("type").asInt();
        }
        JsonNode data = body.path("data");
        switch (interaction.callbackType) {
            case 4, 5 -> {
                FakeState.StoredMessage message = state.newMessage(interaction.channelId, interaction.user.id(),
                        "response");
                state.apply(message, data.isMissingNode() ? Payloads.object() : data, false);
                if (interaction.callbackType == 5) {
                    synchronized (state) {
                        message.flags |= BotMessage.LOADING;
                    }
                }
                synchronized (state) {
                    interaction.responseMessageId = message.id;
                }
            }
            case 6 -> {
                // deferred update: nothing visible changes yet
            }
            case 7 -> state.message(interaction.originMessageId).ifPresent(m -> state.apply(m, data, true));
            case 8 -> {
                synchronized (state) {
                    interaction.autocompleteChoices = data.path("choices");
                }
            }
            default -> {
                return Answer.error(400, 50035, "Invalid interaction response type");
            }
        }
        return Answer.noContent();
    }

    private Answer webhookMessage(String method, String interactionToken, String messageId, JsonNode body) {
        var found = state.interactionByToken(interactionToken);
        if (found.isEmpty()) {
            return Answer.error(404, 10015, "Unknown Webhook");
        }
        FakeState.StoredInteraction interaction = found.get();
        String id;
        synchronized (state) {
            if (interaction.callbackType == null) {
                return Answer.error(404, 10015, "Unknown Webhook");
            }
            id = messageId.equals("@original")
                    ? (interaction.responseMessageId != null ? interaction.responseMessageId
                    : interaction.originMessageId)
                    : messageId;
        }
        var message = state.message(id);
        if (message.isEmpty()) {
            return Answer.error(404, 10008, "Unknown Message");
        }
        if (method.equals("PATCH")) {
            state.apply(message.get(), body, true);
        } else if (method.equals("DELETE")) {
            state.delete(message.get());
            return Answer.noContent();
        } else if (!method.equals("GET")) {
            return Answer.error(405, 0, "405: Method Not Allowed");
        }
        return Answer.json(200, render(message.get(), interaction.inGuild));
    }

    private Answer followup(String interactionToken, JsonNode body) {
        var found = state.interactionByToken(interactionToken);
        if (found.isEmpty() || found.get().callbackType == null) {
            return Answer.error(404, 10015, "Unknown Webhook");
        }
        FakeState.StoredInteraction interaction = found.get();
        FakeState.StoredMessage message = state.newMessage(interaction.channelId, interaction.user.id(), "followup");
        state.apply(message, body, false);
        return Answer.json(200, render(message, interaction.inGuild));
    }

    private JsonNode render(FakeState.StoredMessage message, boolean inGuild) {
        JsonNode components;
        BotMessage snapshot;
        synchronized (state) {
            components = message.components;
            snapshot = message.snapshot();
        }
        String guildId = inGuild ? state.guildOf(message.channelId).map(FakeGuild::id).orElse(state.guild.id()) : null;
        return Payloads.botMessage(snapshot, state.botUser, guildId, components, state.applicationId);
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        exchange.getResponseHeaders().add("Via", "1.1 google");
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        if (answer.body() == null) {
            exchange.sendResponseHeaders(answer.status(), -1);
            exchange.close();
            return;
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
