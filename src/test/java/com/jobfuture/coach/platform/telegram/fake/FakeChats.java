package com.jobfuture.coach.platform.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The fake's chats: users and groups, the bot's messages with their edits, callback queries, commands and
 * uploads, and the Bot API methods that work on them. Guarded by the {@link FakeBotApi}'s lock.
 */
final class FakeChats {
    private final ObjectMapper json;
    private final Clock clock;
    private final Supplier<ObjectNode> botUser;
    private final Map<Long, FakeUser> users = new HashMap<>();
    private final Map<Long, ObjectNode> groups = new HashMap<>();
    private final Map<Long, List<Stored>> chatToMessages = new HashMap<>();
    private final Map<Long, Integer> chatToLastMessageId = new HashMap<>();
    private final Map<String, Boolean> callbackToAnswered = new HashMap<>();
    private final Map<String, JsonNode> scopeToCommands = new LinkedHashMap<>();
    private final List<Upload> uploads = new ArrayList<>();
    private int nextCallbackId = 1;

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

    FakeChats(ObjectMapper json, Clock clock, Supplier<ObjectNode> botUser) {
        this.json = json;
        this.clock = clock;
        this.botUser = botUser;
    }

    FakeUser user(FakeBotApi api, long id, String firstName) {
        return users.computeIfAbsent(id, key -> new FakeUser(api, id, firstName));
    }

    ObjectNode addGroup(long chatId, String title) {
        ObjectNode chat = json.createObjectNode().put("id", chatId).put("type", "supergroup").put("title", title);
        groups.put(chatId, chat);
        return chat;
    }

    List<BotMessage> messages(long chatId) {
        return chatToMessages.getOrDefault(chatId, List.of()).stream().map(FakeChats::view).toList();
    }

    JsonNode commands(String scope) {
        return scopeToCommands.get(scope);
    }

    FakeAnswer getMyCommands(JsonNode params) {
        return FakeAnswer.ok(scopeToCommands.getOrDefault(scope(params), json.createArrayNode()));
    }

    FakeAnswer deleteMyCommands(JsonNode params) {
        scopeToCommands.remove(scope(params));
        return FakeAnswer.ok(BooleanNode.TRUE);
    }

    List<Upload> uploads() {
        return List.copyOf(uploads);
    }

    List<String> unansweredCallbacks() {
        return callbackToAnswered.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
    }

    int nextMessageId(long chatId) {
        return chatToLastMessageId.merge(chatId, 1, Integer::sum);
    }

    String newCallbackId(long botId) {
        String id = "cb" + botId + "-" + nextCallbackId++;
        callbackToAnswered.put(id, false);
        return id;
    }

    ObjectNode messageJson(long chatId, int messageId) {
        return find(chatId, messageId).json.deepCopy();
    }

    private long nowSeconds() {
        return clock.instant().getEpochSecond();
    }

    FakeAnswer sendMessage(JsonNode params) {
        FakeAnswer refused = checkChat(params);
        if (refused != null) {
            return refused;
        }
        long chatId = chatIdOf(params);
        String raw = params.path("text").asText("");
        String parseMode = params.path("parse_mode").isTextual() ? params.path("parse_mode").asText() : null;
        ObjectNode message = newBotMessage(chatId);
        FakeAnswer invalid = applyText(message, raw, parseMode);
        if (invalid == null) {
            invalid = applyMarkup(message, params);
        }
        if (invalid != null) {
            return invalid;
        }
        chatToMessages.computeIfAbsent(chatId, id -> new ArrayList<>()).add(new Stored(message, raw, parseMode,
                "text"));
        return FakeAnswer.ok(message);
    }

    FakeAnswer editMessageText(JsonNode params) {
        long chatId = chatIdOf(params) == null ? 0 : chatIdOf(params);
        Stored stored = findOrNull(chatId, params.path("message_id").asInt(0));
        if (stored == null || !stored.kind.equals("text")) {
            return FakeAnswer.error(400, "Bad Request: message to edit not found");
        }
        String raw = params.path("text").asText("");
        String parseMode = params.path("parse_mode").isTextual() ? params.path("parse_mode").asText() : null;
        ObjectNode edited = stored.json.deepCopy();
        edited.remove("entities");
        edited.remove("reply_markup");
        FakeAnswer invalid = applyText(edited, raw, parseMode);
        if (invalid == null) {
            invalid = applyMarkup(edited, params);
        }
        if (invalid != null) {
            return invalid;
        }
        if (sameContent(stored.json, edited)) {
            return FakeAnswer.error(400, "Bad Request: message is not modified: specified new message content and "
                    + "reply markup are exactly the same as a current content and reply markup of the message");
        }
        edited.put("edit_date", nowSeconds());
        stored.json = edited;
        stored.raw = raw;
        stored.parseMode = parseMode;
        stored.edits++;
        return FakeAnswer.ok(edited);
    }

    FakeAnswer editReplyMarkup(JsonNode params) {
        long chatId = chatIdOf(params) == null ? 0 : chatIdOf(params);
        Stored stored = findOrNull(chatId, params.path("message_id").asInt(0));
        if (stored == null) {
            return FakeAnswer.error(400, "Bad Request: message to edit not found");
        }
        ObjectNode edited = stored.json.deepCopy();
        edited.remove("reply_markup");
        FakeAnswer invalid = applyMarkup(edited, params);
        if (invalid != null) {
            return invalid;
        }
        if (sameContent(stored.json, edited)) {
            return FakeAnswer.error(400, "Bad Request: message is not modified");
        }
        stored.json = edited;
        stored.edits++;
        return FakeAnswer.ok(edited);
    }

    FakeAnswer answerCallbackQuery(JsonNode params) {
        String id = params.path("callback_query_id").asText("");
        if (!Boolean.FALSE.equals(callbackToAnswered.get(id))) {
            return FakeAnswer.error(400, "Bad Request: query is too old and response timeout expired or query ID is "
                    + "invalid");
        }
        if (params.path("text").asText("").length() > 200) {
            return FakeAnswer.error(400, "Bad Request: MESSAGE_TOO_LONG");
        }
        callbackToAnswered.put(id, true);
        return FakeAnswer.ok(BooleanNode.TRUE);
    }

    FakeAnswer setMyCommands(JsonNode params) {
        JsonNode commands = jsonParam(params, "commands");
        if (commands == null || !commands.isArray()) {
            return FakeAnswer.error(400, "Bad Request: parameter \"commands\" is required");
        }
        if (commands.size() > 100) {
            return FakeAnswer.error(400, "Bad Request: too many commands specified");
        }
        for (JsonNode command : commands) {
            String name = command.path("command").asText("");
            String description = command.path("description").asText("");
            if (!name.matches("[a-z0-9_]{1,32}")) {
                return FakeAnswer.error(400, "Bad Request: BOT_COMMAND_INVALID");
            }
            if (description.isEmpty() || description.length() > 256) {
                return FakeAnswer.error(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID");
            }
        }
        scopeToCommands.put(scope(params), commands);
        return FakeAnswer.ok(BooleanNode.TRUE);
    }

    FakeAnswer sendFile(String method, JsonNode params, List<Upload> files) {
        FakeAnswer refused = checkChat(params);
        if (refused != null) {
            return refused;
        }
        String field = method.equals("sendPhoto") ? "photo" : "document";
        // a file is uploaded as its own part, named by the field itself or by "attach://<part>" in the field
        String reference = params.path(field).asText("");
        String part = reference.startsWith("attach://") ? reference.substring("attach://".length()) : field;
        Upload upload = files.stream().filter(f -> f.field().equals(part)).findFirst().orElse(null);
        if (reference.isEmpty() && upload == null) {
            return FakeAnswer.error(400, "Bad Request: there is no " + field + " in the request");
        }
        if (reference.startsWith("attach://") && upload == null) {
            return FakeAnswer.error(400, "Bad Request: wrong file identifier/HTTP URL specified");
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
                return FakeAnswer.error(400, "Bad Request: message caption is too long");
            }
            message.put("caption", caption);
        }
        FakeAnswer invalid = applyMarkup(message, params);
        if (invalid != null) {
            return invalid;
        }
        chatToMessages.computeIfAbsent(chatId, id -> new ArrayList<>()).add(new Stored(message, caption, null,
                field));
        return FakeAnswer.ok(message);
    }

    /** Null if the bot may write to the chat, else the Bot API's refusal. */
    FakeAnswer checkChat(JsonNode params) {
        Long chatId = chatIdOf(params);
        if (chatId == null) {
            return FakeAnswer.error(400, "Bad Request: chat_id is empty");
        }
        if (chatId < 0) {
            return groups.containsKey(chatId) ? null : FakeAnswer.error(400, "Bad Request: chat not found");
        }
        FakeUser user = users.get(chatId);
        if (user == null) {
            return FakeAnswer.error(400, "Bad Request: chat not found");
        }
        if (user.blocked()) {
            return FakeAnswer.error(403, "Forbidden: bot was blocked by the user");
        }
        if (!user.started()) {
            return FakeAnswer.error(403, "Forbidden: bot can't initiate conversation with a user");
        }
        return null;
    }

    private ObjectNode newBotMessage(long chatId) {
        ObjectNode message = json.createObjectNode();
        message.put("message_id", nextMessageId(chatId));
        message.set("from", botUser.get());
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

    private FakeAnswer applyText(ObjectNode message, String raw, String parseMode) {
        String text = raw;
        List<TelegramHtml.Entity> entities = List.of();
        if (parseMode != null && parseMode.equalsIgnoreCase("HTML")) {
            try {
                TelegramHtml.Parsed parsed = TelegramHtml.parse(raw);
                text = parsed.text();
                entities = parsed.entities();
            } catch (TelegramHtml.ParseException e) {
                return FakeAnswer.error(400, e.getMessage());
            }
        } else if (parseMode != null && !parseMode.isEmpty()) {
            return FakeAnswer.error(400, "Bad Request: unsupported parse_mode in this fake: " + parseMode);
        }
        if (text.isBlank()) {
            return FakeAnswer.error(400, "Bad Request: message text is empty");
        }
        if (text.length() > 4096) {
            return FakeAnswer.error(400, "Bad Request: message is too long");
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

    private FakeAnswer applyMarkup(ObjectNode message, JsonNode params) {
        JsonNode markup = jsonParam(params, "reply_markup");
        if (markup == null || markup.isNull()) {
            return null;
        }
        JsonNode keyboard = markup.path("inline_keyboard");
        if (!keyboard.isArray()) {
            return FakeAnswer.error(400, "Bad Request: this fake supports inline keyboards only");
        }
        for (JsonNode row : keyboard) {
            for (JsonNode button : row) {
                if (button.path("text").asText("").isEmpty()) {
                    return FakeAnswer.error(400, "Bad Request: text buttons are unallowed in the inline keyboard");
                }
                String data = button.path("callback_data").asText("");
                int bytes = data.getBytes(StandardCharsets.UTF_8).length;
                if (button.has("callback_data") && (bytes < 1 || bytes > 64)) {
                    return FakeAnswer.error(400, "Bad Request: BUTTON_DATA_INVALID");
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

    String scope(JsonNode params) {
        JsonNode scope = jsonParam(params, "scope");
        return scope == null ? "default" : scope.path("type").asText("default");
    }

    private static boolean sameContent(ObjectNode before, ObjectNode after) {
        return before.path("text").equals(after.path("text")) && before.path("entities").equals(after.path("entities"))
                && before.path("reply_markup").equals(after.path("reply_markup"));
    }

    static Long chatIdOf(JsonNode params) {
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

    private static BotMessage view(Stored stored) {
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
}
