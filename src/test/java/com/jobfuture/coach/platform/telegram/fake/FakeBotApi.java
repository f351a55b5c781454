package com.jobfuture.coach.platform.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jobfuture.coach.platform.fakes.Fault;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A Telegram Bot API server for tests on 127.0.0.1 (ephemeral port) that follows the Bot API, injects faults and
 * records every request; see package-info for what it covers. Thread-safe.
 */
public final class FakeBotApi implements AutoCloseable {
    /** A syntactically valid token for the bot the fake plays. */
    public static final String TOKEN = "7000001:AAF-fake_token-for-tests";
    private static final Map<String, String> METHODS = methods("getMe", "deleteWebhook", "getWebhookInfo",
            "getUpdates", "sendMessage", "editMessageText", "editMessageReplyMarkup", "answerCallbackQuery",
            "setMyCommands", "getMyCommands", "deleteMyCommands", "sendPhoto", "sendDocument", "sendChatAction",
            "getChatMember", "setWebhook");

    private final ObjectMapper json = new ObjectMapper();
    private final String token;
    private final long botId;
    private final String username;
    private final Clock clock;
    private final FakeChats chats;
    private final Deque<ObjectNode> unconfirmed = new ArrayDeque<>();
    private final Map<Long, ObjectNode> updates = new HashMap<>();
    private FakeWebhook webhook;
    private final Map<Long, Integer> updateToDeliveries = new HashMap<>();
    private final List<ApiCall> calls = new ArrayList<>();
    private final Map<String, Integer> methodAndChatToArrivals = new HashMap<>();
    private final List<FaultRule> faults = new ArrayList<>();
    private FloodControl flood;
    private Duration latency = Duration.ZERO;
    private volatile java.util.function.Consumer<ApiCall> listener = call -> { };
    private long nextUpdateId = 500;
    private long pollGeneration;
    private boolean closed;
    private HttpServer server;
    private ExecutorService executor;

    /** A fault to inject {@code remaining} times into requests of a method (and chat, if set). */
    private static final class FaultRule {
        private final String method;
        private final Predicate<Long> chat;
        private final Fault fault;
        private int remaining;

        private FaultRule(String method, Predicate<Long> chat, Fault fault, int times) {
            this.method = method;
            this.chat = chat;
            this.fault = fault;
            this.remaining = times;
        }
    }

    public FakeBotApi(Clock clock) {
        this(TOKEN, "jobfuture_coach_bot", clock);
    }

    public FakeBotApi(String token, String username, Clock clock) {
        this.token = token;
        this.botId = Long.parseLong(token.substring(0, token.indexOf(':')));
        this.username = username;
        this.clock = clock;
        this.chats = new FakeChats(json, clock, this::botUser);
    }

    /** Starts listening on 127.0.0.1 with an ephemeral port. */
    public FakeBotApi start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "fake-bot-api");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
        webhook = new FakeWebhook(new FakeWebhook.Source() {
            @Override
            public List<ObjectNode> unconfirmed() {
                synchronized (FakeBotApi.this) {
                    return unconfirmed.stream().map(ObjectNode::deepCopy).toList();
                }
            }

            @Override
            public void confirm(long updateId) {
                synchronized (FakeBotApi.this) {
                    unconfirmed.removeIf(update -> update.path("update_id").asLong() == updateId);
                    FakeBotApi.this.notifyAll();
                }
            }

            @Override
            public void awaitChange(long millis) throws InterruptedException {
                synchronized (FakeBotApi.this) {
                    FakeBotApi.this.wait(millis);
                }
            }
        });
        return this;
    }

    /** The base URL to configure as TELEGRAM_API_URL. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String token() {
        return token;
    }

    public String username() {
        return username;
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        if (webhook != null) {
            webhook.close();
        }
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- the people and chats the test plays

    /** A Telegram user (private chat id = user id) who has not written to the bot yet. */
    public synchronized FakeUser user(long id, String firstName) {
        return chats.user(this, id, firstName);
    }

    /** A supergroup the bot is in (ids of groups are negative), with no members yet. */
    public synchronized FakeGroup group(long chatId, String title) {
        chats.addGroup(chatId, title, "supergroup");
        return new FakeGroup(this, chatId);
    }

    /** A basic group ({@code type: group}) the bot is in; it can be upgraded to a supergroup. */
    public synchronized FakeGroup basicGroup(long chatId, String title) {
        chats.addGroup(chatId, title, "group");
        return new FakeGroup(this, chatId);
    }

    // ---------------------------------------------------------------- fault injection

    /** Injects a fault into the next {@code times} requests of the method ({@code "*"} for any). */
    public synchronized void inject(String method, Fault fault, int times) {
        faults.add(new FaultRule(method, chat -> true, fault, times));
    }

    /** Injects a fault into the next {@code times} requests of the method about one chat. */
    public synchronized void inject(String method, long chatId, Fault fault, int times) {
        faults.add(new FaultRule(method, chat -> chat != null && chat == chatId, fault, times));
    }

    /**
     * Enforces Telegram's documented send limits from now on (30 new messages per second overall, 20 per minute
     * in a group; see {@link FloodControl}): a message over a limit is refused with 429 and its retry_after.
     */
    public synchronized FakeBotApi enforceTelegramLimits() {
        flood = new FloodControl(30, 20);
        return this;
    }

    /** Answers every request except getUpdates {@code delay} later (a network between the bot and Telegram). */
    public synchronized FakeBotApi addLatency(Duration delay) {
        latency = delay;
        return this;
    }

    /** Calls {@code onCall} with every request once it is answered (on the fake's threads; keep it quick). */
    public FakeBotApi listen(java.util.function.Consumer<ApiCall> onCall) {
        listener = onCall;
        return this;
    }

    /** How many messages the enforced limits refused with 429 (0 when they are not enforced). */
    public synchronized int refusedByLimits() {
        return flood == null ? 0 : flood.refused();
    }

    // ---------------------------------------------------------------- what the bot did

    /** The bot's messages in a chat, oldest first, as they look now. */
    public synchronized List<BotMessage> messages(long chatId) {
        return chats.messages(chatId);
    }

    /** The bot's newest message in a chat. */
    public synchronized BotMessage lastMessage(long chatId) {
        List<BotMessage> messages = messages(chatId);
        if (messages.isEmpty()) {
            throw new AssertionError("the bot sent nothing to chat " + chatId);
        }
        return messages.get(messages.size() - 1);
    }

    /** Every request received so far, in arrival order. */
    public synchronized List<ApiCall> calls() {
        return List.copyOf(calls);
    }

    /** The requests of one method (case-insensitive). */
    public synchronized List<ApiCall> calls(String method) {
        return calls.stream().filter(call -> call.method().equalsIgnoreCase(method)).toList();
    }

    /** How many requests of the method about the chat have arrived (counted before they are answered). */
    public synchronized int arrivals(String method, long chatId) {
        return methodAndChatToArrivals.getOrDefault(method + "/" + chatId, 0);
    }

    /** How often getUpdates returned the update. */
    public synchronized int deliveries(long updateId) {
        return updateToDeliveries.getOrDefault(updateId, 0);
    }

    /** Updates not confirmed by the bot yet. */
    public synchronized int unconfirmedUpdates() {
        return unconfirmed.size();
    }

    /** The commands set for a scope type ({@code default}, {@code all_private_chats}, …), or null. */
    public synchronized JsonNode commands(String scope) {
        return chats.commands(scope);
    }

    /** Files uploaded with sendPhoto / sendDocument. */
    public synchronized List<Upload> uploads() {
        return chats.uploads();
    }

    /** Callback queries created so far and not answered. */
    public synchronized List<String> unansweredCallbacks() {
        return chats.unansweredCallbacks();
    }

    /** How the bot answered a callback query (the toast or alert the user saw), if it did. */
    public synchronized java.util.Optional<CallbackAnswer> callbackAnswer(String callbackQueryId) {
        return chats.callbackAnswer(callbackQueryId);
    }

    // ---------------------------------------------------------------- groups (used by FakeGroup)

    synchronized FakeChats chats() {
        return chats;
    }

    // ---------------------------------------------------------------- updates (used by FakeUser / FakeGroup)

    /** Queues an update (the update_id is assigned here) and wakes a waiting getUpdates; returns the id. */
    public synchronized long pushUpdate(ObjectNode update) {
        long id = nextUpdateId++;
        ObjectNode withId = json.createObjectNode().put("update_id", id);
        withId.setAll(update);
        unconfirmed.addLast(withId);
        updates.put(id, withId);
        notifyAll();
        return id;
    }

    /**
     * Sends an update again that was confirmed already (as Telegram does when the bot's 200 got lost, or when two
     * processes behind a load balancer both got it): it is queued again as it was.
     */
    public synchronized void redeliver(long updateId) {
        ObjectNode update = updates.get(updateId);
        if (update == null) {
            throw new IllegalArgumentException("no update " + updateId);
        }
        unconfirmed.addLast(update.deepCopy());
        notifyAll();
    }

    /** The webhook URL the bot set (setWebhook), or null when it polls. */
    public String webhookUrl() {
        return webhook.url();
    }

    /** Every POST of an update to the webhook so far, with its answer's status. */
    public List<WebhookPost> webhookPosts() {
        return webhook.posts();
    }

    /** Queues a raw update written by the test (anything, even unreadable); returns its id. */
    public long pushRaw(String updateWithoutId) {
        try {
            return pushUpdate((ObjectNode) json.readTree(updateWithoutId));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    synchronized int nextMessageId(long chatId) {
        return chats.nextMessageId(chatId);
    }

    synchronized String newCallbackId() {
        return chats.newCallbackId(botId);
    }

    synchronized ObjectNode messageJson(long chatId, int messageId) {
        return chats.messageJson(chatId, messageId);
    }

    synchronized ObjectNode chatJson(long chatId) {
        return chats.chatJson(chatId);
    }

    long nowSeconds() {
        return clock.instant().getEpochSecond();
    }

    ObjectMapper json() {
        return json;
    }

    ObjectNode botUser() {
        return json.createObjectNode().put("id", botId).put("is_bot", true).put("first_name", "JobFuture Coach")
                .put("username", username);
    }

    // ---------------------------------------------------------------- HTTP

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] path = exchange.getRequestURI().getPath().split("/");
            if (path.length != 3 || !path[1].startsWith("bot")) {
                write(exchange, FakeAnswer.error(404, "Not Found"));
                return;
            }
            String method = METHODS.getOrDefault(path[2].toLowerCase(Locale.ROOT), path[2]);
            if (!path[1].substring(3).equals(token) || !METHODS.containsValue(method)) {
                FakeAnswer refused = path[1].substring(3).equals(token) ? FakeAnswer.error(404, "Not Found")
                        : FakeAnswer.error(401, "Unauthorized");
                record(new ApiCall(method, json.createObjectNode(), null, clock.instant(), refused.status(),
                        refused.description()));
                write(exchange, refused);
                return;
            }
            RequestParams.Parsed request = RequestParams.read(exchange, json);
            ObjectNode params = request.params();
            Long chatId = FakeChats.chatIdOf(params);
            Instant at = clock.instant();
            arrived(method, chatId);
            Fault fault = takeFault(method, chatId);
            if (fault instanceof Fault.DropConnection) {
                record(new ApiCall(method, params, chatId, at, 0, "connection dropped"));
                return; // closing the exchange without a response closes the connection
            }
            if (fault instanceof Fault.TooManyRequests tooMany) {
                int seconds = tooMany.retryAfterSeconds();
                FakeAnswer answer = new FakeAnswer(429, null, "Too Many Requests: retry after " + seconds, seconds);
                record(new ApiCall(method, params, chatId, at, 429, answer.description()));
                write(exchange, answer);
                return;
            }
            if (fault instanceof Fault.ServerError error) {
                record(new ApiCall(method, params, chatId, at, error.status(), "injected " + error.status()));
                if (error.htmlBody()) {
                    writeRaw(exchange, error.status(), "text/html",
                            "<html><body><h1>" + error.status() + " Bad Gateway</h1></body></html>");
                } else {
                    write(exchange, FakeAnswer.error(error.status(), "Internal Server Error"));
                }
                return;
            }
            if (fault instanceof Fault.Refused refused) {
                FakeAnswer answer = FakeAnswer.error(refused.status(), refused.description());
                record(new ApiCall(method, params, chatId, at, refused.status(), refused.description()));
                write(exchange, answer);
                return;
            }
            if (fault instanceof Fault.Slow slow) {
                Thread.sleep(slow.delay().toMillis());
            }
            Duration delay = latency();
            if (!method.equals("getUpdates") && !delay.isZero()) {
                Thread.sleep(delay.toMillis());
            }
            Integer retryAfter = admit(method, chatId, at);
            if (retryAfter != null) {
                FakeAnswer answer = new FakeAnswer(429, null, "Too Many Requests: retry after " + retryAfter,
                        retryAfter);
                record(new ApiCall(method, params, chatId, at, 429, answer.description()));
                write(exchange, answer);
                return;
            }
            FakeAnswer answer;
            ApiCall call;
            if (method.equals("getUpdates")) {
                answer = getUpdates(params, at);
                call = new ApiCall(method, params, chatId, at, answer.status(), answer.description());
                recordOnly(call);
            } else {
                // a request's effects (a message a test may be waiting for) and its record become visible together
                synchronized (this) {
                    answer = execute(method, params, request.uploads());
                    call = fault instanceof Fault.DropAfterExecuting
                            ? new ApiCall(method, params, chatId, at, 0, "carried out, then the connection dropped ("
                            + answer.status() + ")")
                            : new ApiCall(method, params, chatId, at, answer.status(), answer.description());
                    recordOnly(call);
                }
            }
            listener.accept(call);
            if (fault instanceof Fault.DropAfterExecuting) {
                return;
            }
            write(exchange, answer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            write(exchange, FakeAnswer.error(500, "Internal Server Error: " + e));
        }
    }

    private synchronized Fault takeFault(String method, Long chatId) {
        Iterator<FaultRule> rules = faults.iterator();
        while (rules.hasNext()) {
            FaultRule rule = rules.next();
            if ((rule.method.equals("*") || rule.method.equalsIgnoreCase(method)) && rule.chat.test(chatId)) {
                if (--rule.remaining <= 0) {
                    rules.remove();
                }
                return rule.fault;
            }
        }
        return null;
    }

    private synchronized Duration latency() {
        return latency;
    }

    private synchronized Integer admit(String method, Long chatId, Instant at) {
        return flood == null ? null : flood.admit(method, chatId, at);
    }

    private synchronized void arrived(String method, Long chatId) {
        methodAndChatToArrivals.merge(method + "/" + chatId, 1, Integer::sum);
    }

    private void record(ApiCall call) {
        recordOnly(call);
        listener.accept(call);
    }

    private synchronized void recordOnly(ApiCall call) {
        calls.add(call);
    }

    private void write(HttpExchange exchange, FakeAnswer answer) throws IOException {
        ObjectNode envelope = json.createObjectNode();
        if (answer.status() == 200) {
            envelope.put("ok", true).set("result", answer.result());
        } else {
            envelope.put("ok", false).put("error_code", answer.status()).put("description", answer.description());
            if (answer.retryAfter() != null) {
                envelope.putObject("parameters").put("retry_after", answer.retryAfter());
            }
            if (answer.migrateToChatId() != null) {
                envelope.putObject("parameters").put("migrate_to_chat_id", answer.migrateToChatId());
            }
        }
        writeRaw(exchange, answer.status(), "application/json", json.writeValueAsString(envelope));
    }

    private static void writeRaw(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    // ---------------------------------------------------------------- methods

    private FakeAnswer getUpdates(JsonNode params, Instant at) throws InterruptedException {
        long offset = params.path("offset").asLong(0);
        int limit = Math.max(1, Math.min(100, params.path("limit").asInt(100)));
        long timeoutMillis = Math.max(0, params.path("timeout").asLong(0)) * 1000;
        if (webhook.url() != null) {
            return FakeAnswer.error(409, "Conflict: can't use getUpdates method while webhook is active; use "
                    + "deleteWebhook to delete the webhook first");
        }
        synchronized (this) {
            long generation = ++pollGeneration;
            notifyAll(); // an earlier poll still waiting is terminated with 409
            if (offset > 0) {
                while (!unconfirmed.isEmpty() && unconfirmed.peekFirst().path("update_id").asLong() < offset) {
                    unconfirmed.removeFirst();
                }
            } else if (offset < 0) {
                while (unconfirmed.size() > -offset) {
                    unconfirmed.removeFirst();
                }
            }
            long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
            while (true) {
                if (generation != pollGeneration) {
                    return FakeAnswer.error(409, "Conflict: terminated by other getUpdates request; make sure that "
                            + "only one bot instance is running");
                }
                ArrayNode result = json.createArrayNode();
                for (ObjectNode update : unconfirmed) {
                    if (result.size() < limit) {
                        result.add(update.deepCopy());
                        updateToDeliveries.merge(update.path("update_id").asLong(), 1, Integer::sum);
                    }
                }
                long left = deadline - System.nanoTime();
                if (!result.isEmpty() || left <= 0 || closed) {
                    return FakeAnswer.ok(result);
                }
                wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    private synchronized FakeAnswer execute(String method, JsonNode params, List<Upload> files) {
        return switch (method) {
            case "getMe" -> FakeAnswer.ok(botUser().put("can_join_groups", true)
                    .put("can_read_all_group_messages", false).put("supports_inline_queries", false));
            case "deleteWebhook" -> {
                webhook.delete();
                yield FakeAnswer.ok(BooleanNode.TRUE);
            }
            case "setWebhook" -> setWebhook(params);
            case "getWebhookInfo" -> FakeAnswer.ok(json.createObjectNode()
                    .put("url", webhook.url() == null ? "" : webhook.url())
                    .put("has_custom_certificate", false).put("pending_update_count", unconfirmed.size()));
            case "sendMessage" -> chats.sendMessage(params);
            case "editMessageText" -> chats.editMessageText(params);
            case "editMessageReplyMarkup" -> chats.editReplyMarkup(params);
            case "answerCallbackQuery" -> chats.answerCallbackQuery(params);
            case "setMyCommands" -> chats.setMyCommands(params);
            case "getMyCommands" -> chats.getMyCommands(params);
            case "deleteMyCommands" -> chats.deleteMyCommands(params);
            case "sendPhoto", "sendDocument" -> chats.sendFile(method, params, files);
            case "getChatMember" -> chats.getChatMember(params);
            case "sendChatAction" -> {
                FakeAnswer refused = chats.checkChat(params);
                yield refused != null ? refused : FakeAnswer.ok(BooleanNode.TRUE);
            }
            default -> FakeAnswer.error(404, "Not Found");
        };
    }

    /** setWebhook: url (http(s), required; empty removes the webhook) and secret_token (Telegram's rule). */
    private FakeAnswer setWebhook(JsonNode params) {
        String url = params.path("url").asText("");
        if (url.isEmpty()) {
            webhook.delete();
            return FakeAnswer.ok(BooleanNode.TRUE);
        }
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            return FakeAnswer.error(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook");
        }
        JsonNode secret = params.path("secret_token");
        if (!secret.isMissingNode() && !secret.asText().matches("[A-Za-z0-9_-]{1,256}")) {
            return FakeAnswer.error(400, "Bad Request: secret token contains unallowed characters");
        }
        webhook.set(url, secret.isMissingNode() ? null : secret.asText());
        return FakeAnswer.ok(BooleanNode.TRUE);
    }

    // ---------------------------------------------------------------- helpers

    /** Lower-case name to the Bot API's spelling (method names are case-insensitive). */
    private static Map<String, String> methods(String... names) {
        Map<String, String> lowerToName = new HashMap<>();
        for (String name : names) {
            lowerToName.put(name.toLowerCase(Locale.ROOT), name);
        }
        return Map.copyOf(lowerToName);
    }

    /** Waits until the condition holds (Awaitility); fails with the description after the timeout. */
    public static void await(String description, Duration timeout, java.util.function.BooleanSupplier condition) {
        com.jobfuture.coach.platform.fakes.Eventually.until(description, timeout, condition);
    }
}
