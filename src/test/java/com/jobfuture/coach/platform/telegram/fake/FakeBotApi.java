package com.jobfuture.coach.platform.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A Telegram Bot API server for tests, on 127.0.0.1 with an ephemeral port, following the Bot API docs:
 * {@code /bot<token>/<method>} (method names case-insensitive), parameters as query, JSON, form or multipart,
 * {@code {ok,result}} / {@code {ok:false,error_code,description,parameters}} envelopes, dates in seconds,
 * long-poll getUpdates with offset (confirming earlier updates), limit and timeout (and 409 when a second poll
 * arrives), HTML parsing with Telegram's errors, 4096-character and 64-byte callback-data limits, 403 for users
 * who never started or blocked the bot, edits with "message is not modified", answerCallbackQuery once per query,
 * setMyCommands per scope, sendPhoto / sendDocument uploads. Faults (429, 5xx, slow answers, dropped connections)
 * can be injected per method and chat. Every request is recorded. Thread-safe.
 */
public final class FakeBotApi implements AutoCloseable {
    /** A syntactically valid token for the bot the fake plays. */
    public static final String TOKEN = "7000001:AAF-fake_token-for-tests";
    private static final Map<String, String> METHODS = methods("getMe", "deleteWebhook", "getWebhookInfo",
            "getUpdates", "sendMessage", "editMessageText", "editMessageReplyMarkup", "answerCallbackQuery",
            "setMyCommands", "getMyCommands", "deleteMyCommands", "sendPhoto", "sendDocument", "sendChatAction");

    private final ObjectMapper json = new ObjectMapper();
    private final String token;
    private final long botId;
    private final String username;
    private final Clock clock;
    private final Deque<ObjectNode> unconfirmed = new ArrayDeque<>();
    private final Map<Long, Integer> updateToDeliveries = new HashMap<>();
    private final Map<Long, FakeUser> users = new HashMap<>();
    private final Map<Long, ObjectNode> groups = new HashMap<>();
    private final Map<Long, List<Stored>> chatToMessages = new HashMap<>();
    private final Map<Long, Integer> chatToLastMessageId = new HashMap<>();
    private final Map<String, Boolean> callbackToAnswered = new HashMap<>();
    private final Map<String, JsonNode> scopeToCommands = new LinkedHashMap<>();
    private final List<ApiCall> calls = new ArrayList<>();
    private final Map<String, Integer> methodAndChatToArrivals = new HashMap<>();
    private final List<FaultRule> faults = new ArrayList<>();
    private final List<Upload> uploads = new ArrayList<>();
    private long nextUpdateId = 500;
    private long pollGeneration;
    private int nextCallbackId = 1;
    private boolean closed;
    private HttpServer server;
    private ExecutorService executor;

    /** A message the bot sent, with what the views need. */
    private static final class Stored {
        private ObjectNode json;
        private String raw;
        private String parseMode;
        private int edits;
        private final String kind;

        private Stored(ObjectNode json, String raw, String parseMode, String kind) {
            this.json = json;
            this.raw = raw;
            this.parseMode = parseMode;
            this.kind = kind;
        }
    }

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

    /** The answer to one request. */
    private record Answer(int status, JsonNode result, String description, Integer retryAfter) {
        static Answer ok(JsonNode result) {
            return new Answer(200, result, null, null);
        }

        static Answer error(int status, String description) {
            return new Answer(status, null, description, null);
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
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- the people and chats the test plays

    /** A Telegram user (private chat id = user id) who has not written to the bot yet. */
    public synchronized FakeUser user(long id, String firstName) {
        return users.computeIfAbsent(id, key -> new FakeUser(this, id, firstName));
    }

    /** A supergroup the bot is in (ids of groups are negative). */
    public synchronized FakeGroup group(long chatId, String title) {
        ObjectNode chat = json.createObjectNode().put("id", chatId).put("type", "supergroup").put("title", title);
        groups.put(chatId, chat);
        return new FakeGroup(this, chat);
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

    // ---------------------------------------------------------------- what the bot did

    /** The bot's messages in a chat, oldest first, as they look now. */
    public synchronized List<BotMessage> messages(long chatId) {
        return chatToMessages.getOrDefault(chatId, List.of()).stream().map(this::view).toList();
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
        return scopeToCommands.get(scope);
    }

    /** Files uploaded with sendPhoto / sendDocument. */
    public synchronized List<Upload> uploads() {
        return List.copyOf(uploads);
    }

    /** Callback queries created so far and not answered. */
    public synchronized List<String> unansweredCallbacks() {
        return callbackToAnswered.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
    }

    // ---------------------------------------------------------------- updates (used by FakeUser / FakeGroup)

    /** Queues an update (the update_id is assigned here) and wakes a waiting getUpdates; returns the id. */
    public synchronized long pushUpdate(ObjectNode update) {
        long id = nextUpdateId++;
        ObjectNode withId = json.createObjectNode().put("update_id", id);
        withId.setAll(update);
        unconfirmed.addLast(withId);
        notifyAll();
        return id;
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
        return chatToLastMessageId.merge(chatId, 1, Integer::sum);
    }

    synchronized String newCallbackId() {
        String id = "cb" + botId + "-" + nextCallbackId++;
        callbackToAnswered.put(id, false);
        return id;
    }

    synchronized ObjectNode messageJson(long chatId, int messageId) {
        return find(chatId, messageId).json.deepCopy();
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
                write(exchange, Answer.error(404, "Not Found"));
                return;
            }
            String method = METHODS.getOrDefault(path[2].toLowerCase(Locale.ROOT), path[2]);
            if (!path[1].substring(3).equals(token) || !METHODS.containsValue(method)) {
                Answer refused = path[1].substring(3).equals(token) ? Answer.error(404, "Not Found")
                        : Answer.error(401, "Unauthorized");
                record(new ApiCall(method, json.createObjectNode(), null, clock.instant(), refused.status(),
                        refused.description()));
                write(exchange, refused);
                return;
            }
            RequestParams.Parsed request = RequestParams.read(exchange, json);
            ObjectNode params = request.params();
            Long chatId = chatIdOf(params);
            Instant at = clock.instant();
            arrived(method, chatId);
            Fault fault = takeFault(method, chatId);
            if (fault instanceof Fault.DropConnection) {
                record(new ApiCall(method, params, chatId, at, 0, "connection dropped"));
                return; // closing the exchange without a response closes the connection
            }
            if (fault instanceof Fault.TooManyRequests tooMany) {
                int seconds = tooMany.retryAfterSeconds();
                Answer answer = new Answer(429, null, "Too Many Requests: retry after " + seconds, seconds);
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
                    write(exchange, Answer.error(error.status(), "Internal Server Error"));
                }
                return;
            }
            if (fault instanceof Fault.Slow slow) {
                Thread.sleep(slow.delay().toMillis());
            }
            Answer answer = method.equals("getUpdates") ? getUpdates(params, at)
                    : execute(method, params, request.uploads());
            record(new ApiCall(method, params, chatId, at, answer.status(), answer.description()));
            write(exchange, answer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            write(exchange, Answer.error(500, "Internal Server Error: " + e));
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

    private synchronized void arrived(String method, Long chatId) {
        methodAndChatToArrivals.merge(method + "/" + chatId, 1, Integer::sum);
    }

    private synchronized void record(ApiCall call) {
        calls.add(call);
    }

    private void write(HttpExchange exchange, Answer answer) throws IOException {
        ObjectNode envelope = json.createObjectNode();
        if (answer.status() == 200) {
            envelope.put("ok", true).set("result", answer.result());
        } else {
            envelope.put("ok", false).put("error_code", answer.status()).put("description", answer.description());
            if (answer.retryAfter() != null) {
                envelope.putObject("parameters").put("retry_after", answer.retryAfter());
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

    private Answer getUpdates(JsonNode params, Instant at) throws InterruptedException {
        long offset = params.path("offset").asLong(0);
        int limit = Math.max(1, Math.min(100, params.path("limit").asInt(100)));
        long timeoutMillis = Math.max(0, params.path("timeout").asLong(0)) * 1000;
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
                    return Answer.error(409, "Conflict: terminated by other getUpdates request; make sure that "
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
                    return Answer.ok(result);
                }
                wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    private synchronized Answer execute(String method, JsonNode params, List<Upload> files) {
        return switch (method) {
            case "getMe" -> Answer.ok(botUser().put("can_join_groups", true)
                    .put("can_read_all_group_messages", false).put("supports_inline_queries", false));
            case "deleteWebhook" -> Answer.ok(BooleanNode.TRUE);
            case "getWebhookInfo" -> Answer.ok(json.createObjectNode().put("url", "")
                    .put("has_custom_certificate", false).put("pending_update_count", unconfirmed.size()));
            case "sendMessage" -> sendMessage(params);
            case "editMessageText" -> editMessageText(params);
            case "editMessageReplyMarkup" -> editReplyMarkup(params);
            case "answerCallbackQuery" -> answerCallbackQuery(params);
            case "setMyCommands" -> setMyCommands(params);
            case "getMyCommands" -> Answer.ok(scopeToCommands.getOrDefault(scope(params), json.createArrayNode()));
            case "deleteMyCommands" -> {
                scopeToCommands.remove(scope(params));
                yield Answer.ok(BooleanNode.TRUE);
            }
            case "sendPhoto", "sendDocument" -> sendFile(method, params, files);
            case "sendChatAction" -> {
                Answer refused = checkChat(params);
                yield refused != null ? refused : Answer.ok(BooleanNode.TRUE);
            }
            default -> Answer.error(404, "Not Found");
        };
    }

    private Answer sendMessage(JsonNode params) {
        Answer refused = checkChat(params);
        if (refused != null) {
            return refused;
        }
        long chatId = chatIdOf(params);
        String raw = params.path("text").asText("");
        String parseMode = params.path("parse_mode").isTextual() ? params.path("parse_mode").asText() : null;
        ObjectNode message = newBotMessage(chatId);
        Answer invalid = applyText(message, raw, parseMode);
        if (invalid == null) {
            invalid = applyMarkup(message, params);
        }
        if (invalid != null) {
            return invalid;
        }
        chatToMessages.computeIfAbsent(chatId, id -> new ArrayList<>()).add(new Stored(message, raw, parseMode,
                "text"));
        return Answer.ok(message);
    }

    private Answer editMessageText(JsonNode params) {
        long chatId = chatIdOf(params) == null ? 0 : chatIdOf(params);
        Stored stored = findOrNull(chatId, params.path("message_id").asInt(0));
        if (stored == null || !stored.kind.equals("text")) {
            return Answer.error(400, "Bad Request: message to edit not found");
        }
        String raw = params.path("text").asText("");
        String parseMode = params.path("parse_mode").isTextual() ? params.path("parse_mode").asText() : null;
        ObjectNode edited = stored.json.deepCopy();
        edited.remove("entities");
        edited.remove("reply_markup");
        Answer invalid = applyText(edited, raw, parseMode);
        if (invalid == null) {
            invalid = applyMarkup(edited, params);
        }
        if (invalid != null) {
            return invalid;
        }
        if (sameContent(stored.json, edited)) {
            return Answer.error(400, "Bad Request: message is not modified: specified new message content and "
                    + "reply markup are exactly the same as a current content and reply markup of the message");
        }
        edited.put("edit_date", nowSeconds());
        stored.json = edited;
        stored.raw = raw;
        stored.parseMode = parseMode;
        stored.edits++;
        return Answer.ok(edited);
    }

    private Answer editReplyMarkup(JsonNode params) {
        long chatId = chatIdOf(params) == null ? 0 : chatIdOf(params);
        Stored stored = findOrNull(chatId, params.path("message_id").asInt(0));
        if (stored == null) {
            return Answer.error(400, "Bad Request: message to edit not found");
        }
        ObjectNode edited = stored.json.deepCopy();
        edited.remove("reply_markup");
        Answer invalid = applyMarkup(edited, params);
        if (invalid != null) {
            return invalid;
        }
        if (sameContent(stored.json, edited)) {
            return Answer.error(400, "Bad Request: message is not modified");
        }
        stored.json = edited;
        stored.edits++;
        return Answer.ok(edited);
    }

    private Answer answerCallbackQuery(JsonNode params) {
        String id = params.path("callback_query_id").asText("");
        if (!Boolean.FALSE.equals(callbackToAnswered.get(id))) {
            return Answer.error(400, "Bad Request: query is too old and response timeout expired or query ID is "
                    + "invalid");
        }
        if (params.path("text").asText("").length() > 200) {
            return Answer.error(400, "Bad Request: MESSAGE_TOO_LONG");
        }
        callbackToAnswered.put(id, true);
        return Answer.ok(BooleanNode.TRUE);
    }

    private Answer setMyCommands(JsonNode params) {
        JsonNode commands = jsonParam(params, "commands");
        if (commands == null || !commands.isArray()) {
            return Answer.error(400, "Bad Request: parameter \"commands\" is required");
        }
        if (commands.size() > 100) {
            return Answer.error(400, "Bad Request: too many commands specified");
        }
        for (JsonNode command : commands) {
            String name = command.path("command").asText("");
            String description = command.path("description").asText("");
            if (!name.matches("[a-z0-9_]{1,32}")) {
                return Answer.error(400, "Bad Request: BOT_COMMAND_INVALID");
            }
            if (description.isEmpty() || description.length() > 256) {
                return Answer.error(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID");
            }
        }
        scopeToCommands.put(scope(params), commands);
        return Answer.ok(BooleanNode.TRUE);
    }

    private Answer sendFile(String method, JsonNode params, List<Upload> files) {
        Answer refused = checkChat(params);
        if (refused != null) {
            return refused;
        }
        String field = method.equals("sendPhoto") ? "photo" : "document";
        // a file is uploaded as its own part, named by the field itself or by "attach://<part>" in the field
        String reference = params.path(field).asText("");
        String part = reference.startsWith("attach://") ? reference.substring("attach://".length()) : field;
        Upload upload = files.stream().filter(f -> f.field().equals(part)).findFirst().orElse(null);
        if (reference.isEmpty() && upload == null) {
            return Answer.error(400, "Bad Request: there is no " + field + " in the request");
        }
        if (reference.startsWith("attach://") && upload == null) {
            return Answer.error(400, "Bad Request: wrong file identifier/HTTP URL specified");
        }
        if (upload != null) {
            uploads.add(upload);
        }
        long chatId = chatIdOf(params);
        ObjectNode message = newBotMessage(chatId);
        int size = upload == null ? 0 : upload.size();
        String fileId = field + "-" + message.path("message_id").asInt();
        if (field.equals("photo")) {
            message.putArray("photo").addObject().put("file_id", fileId).put("file_unique_id", "u" + fileId)
                    .put("width", 90).put("height", 90).put("file_size", size);
        } else {
            message.putObject("document").put("file_id", fileId).put("file_unique_id", "u" + fileId)
                    .put("file_name", upload == null ? "file" : upload.fileName())
                    .put("mime_type", upload == null ? "application/octet-stream" : upload.contentType())
                    .put("file_size", size);
        }
        String caption = params.path("caption").asText("");
        if (!caption.isEmpty()) {
            if (caption.length() > 1024) {
                return Answer.error(400, "Bad Request: message caption is too long");
            }
            message.put("caption", caption);
        }
        Answer invalid = applyMarkup(message, params);
        if (invalid != null) {
            return invalid;
        }
        chatToMessages.computeIfAbsent(chatId, id -> new ArrayList<>()).add(new Stored(message, caption, null,
                field));
        return Answer.ok(message);
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

    /** Null if the bot may write to the chat, else the Bot API's refusal. */
    private Answer checkChat(JsonNode params) {
        Long chatId = chatIdOf(params);
        if (chatId == null) {
            return Answer.error(400, "Bad Request: chat_id is empty");
        }
        if (chatId < 0) {
            return groups.containsKey(chatId) ? null : Answer.error(400, "Bad Request: chat not found");
        }
        FakeUser user = users.get(chatId);
        if (user == null) {
            return Answer.error(400, "Bad Request: chat not found");
        }
        if (user.blocked()) {
            return Answer.error(403, "Forbidden: bot was blocked by the user");
        }
        if (!user.started()) {
            return Answer.error(403, "Forbidden: bot can't initiate conversation with a user");
        }
        return null;
    }

    private ObjectNode newBotMessage(long chatId) {
        ObjectNode message = json.createObjectNode();
        message.put("message_id", nextMessageId(chatId));
        message.set("from", botUser());
        message.set("chat", chatJson(chatId));
        message.put("date", nowSeconds());
        return message;
    }

    ObjectNode chatJson(long chatId) {
        if (chatId < 0) {
            return groups.get(chatId).deepCopy();
        }
        FakeUser user = users.get(chatId);
        return json.createObjectNode().put("id", chatId).put("type", "private").put("first_name", user.firstName());
    }

    private Answer applyText(ObjectNode message, String raw, String parseMode) {
        String text = raw;
        List<TelegramHtml.Entity> entities = List.of();
        if (parseMode != null && parseMode.equalsIgnoreCase("HTML")) {
            try {
                TelegramHtml.Parsed parsed = TelegramHtml.parse(raw);
                text = parsed.text();
                entities = parsed.entities();
            } catch (TelegramHtml.ParseException e) {
                return Answer.error(400, e.getMessage());
            }
        } else if (parseMode != null && !parseMode.isEmpty()) {
            return Answer.error(400, "Bad Request: unsupported parse_mode in this fake: " + parseMode);
        }
        if (text.isBlank()) {
            return Answer.error(400, "Bad Request: message text is empty");
        }
        if (text.length() > 4096) {
            return Answer.error(400, "Bad Request: message is too long");
        }
        message.put("text", text);
        if (!entities.isEmpty()) {
            ArrayNode array = message.putArray("entities");
            for (TelegramHtml.Entity entity : entities) {
                ObjectNode node = array.addObject().put("type", entity.type()).put("offset", entity.offset())
                        .put("length", entity.length());
                if (entity.language() != null) {
                    node.put("language", entity.language());
                }
                if (entity.url() != null) {
                    node.put("url", entity.url());
                }
            }
        }
        return null;
    }

    private Answer applyMarkup(ObjectNode message, JsonNode params) {
        JsonNode markup = jsonParam(params, "reply_markup");
        if (markup == null || markup.isNull()) {
            return null;
        }
        JsonNode keyboard = markup.path("inline_keyboard");
        if (!keyboard.isArray()) {
            return Answer.error(400, "Bad Request: this fake supports inline keyboards only");
        }
        for (JsonNode row : keyboard) {
            for (JsonNode button : row) {
                if (button.path("text").asText("").isEmpty()) {
                    return Answer.error(400, "Bad Request: text buttons are unallowed in the inline keyboard");
                }
                String data = button.path("callback_data").asText("");
                int bytes = data.getBytes(StandardCharsets.UTF_8).length;
                if (button.has("callback_data") && (bytes < 1 || bytes > 64)) {
                    return Answer.error(400, "Bad Request: BUTTON_DATA_INVALID");
                }
            }
        }
        if (!keyboard.isEmpty()) {
            message.set("reply_markup", json.createObjectNode().set("inline_keyboard", keyboard));
        }
        return null;
    }

    private JsonNode jsonParam(JsonNode params, String name) {
        JsonNode value = params.get(name);
        if (value != null && value.isTextual()) {
            try {
                return json.readTree(value.asText());
            } catch (IOException e) {
                return null;
            }
        }
        return value;
    }

    private String scope(JsonNode params) {
        JsonNode scope = jsonParam(params, "scope");
        return scope == null ? "default" : scope.path("type").asText("default");
    }

    private static boolean sameContent(ObjectNode before, ObjectNode after) {
        return before.path("text").equals(after.path("text")) && before.path("entities").equals(after.path("entities"))
                && before.path("reply_markup").equals(after.path("reply_markup"));
    }

    private static Long chatIdOf(JsonNode params) {
        JsonNode chat = params.get("chat_id");
        if (chat == null || chat.isNull()) {
            return null;
        }
        try {
            return chat.isNumber() ? chat.asLong() : Long.parseLong(chat.asText().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Stored find(long chatId, int messageId) {
        Stored stored = findOrNull(chatId, messageId);
        if (stored == null) {
            throw new AssertionError("no bot message " + messageId + " in chat " + chatId);
        }
        return stored;
    }

    private Stored findOrNull(long chatId, int messageId) {
        for (Stored stored : chatToMessages.getOrDefault(chatId, List.of())) {
            if (stored.json.path("message_id").asInt() == messageId) {
                return stored;
            }
        }
        return null;
    }

    private BotMessage view(Stored stored) {
        List<List<BotMessage.InlineButton>> rows = new ArrayList<>();
        for (JsonNode row : stored.json.path("reply_markup").path("inline_keyboard")) {
            List<BotMessage.InlineButton> buttons = new ArrayList<>();
            for (JsonNode button : row) {
                buttons.add(new BotMessage.InlineButton(button.path("text").asText(),
                        button.path("callback_data").asText(null)));
            }
            rows.add(buttons);
        }
        String text = stored.json.has("text") ? stored.json.path("text").asText()
                : stored.json.path("caption").asText("");
        return new BotMessage(stored.json.path("chat").path("id").asLong(), stored.json.path("message_id").asInt(),
                text, stored.raw, stored.parseMode, rows, stored.edits, stored.kind);
    }

    /** Waits until the condition holds, polling every 20 ms; fails with the description after the timeout. */
    public static void await(String description, Duration timeout, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for: " + description);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for: " + description);
            }
        }
    }
}
