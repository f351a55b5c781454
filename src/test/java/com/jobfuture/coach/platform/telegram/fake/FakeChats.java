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
    private final Map<Long, Group> groups = new HashMap<>();
    private final Map<Long, List<Stored>> chatToMessages = new HashMap<>();
    private final Map<Long, Integer> chatToLastMessageId = new HashMap<>();
    /** Messages users posted in groups (the bot may reply to them), by chat and message id. */
    private final Map<Long, Map<Integer, ObjectNode>> chatToUserMessages = new HashMap<>();
    private final Map<String, Boolean> callbackToAnswered = new HashMap<>();
    private final Map<String, CallbackAnswer> callbackToAnswer = new HashMap<>();
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

    /**
     * A group or supergroup: its chat object, its members' statuses (users not listed have {@code left}), the
     * bot's own status, and the supergroup it was upgraded to, if it was.
     */
    private static final class Group {
        private final ObjectNode chat;
        private final Map<Long, String> members = new HashMap<>();
        private String botStatus = "member";
        private Long migratedTo;

        private Group(ObjectNode chat) {
            this.chat = chat;
        }

        private String kind() {
            return chat.path("type").asText().equals("group") ? "group chat" : "supergroup chat";
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

    void addGroup(long chatId, String title, String type) {
        ObjectNode chat = json.createObjectNode().put("id", chatId).put("type", type).put("title", title);
        groups.put(chatId, new Group(chat));
    }

    /** Sets a user's status in a group ({@code creator}, {@code administrator}, {@code member}, {@code left}). */
    void setMember(long chatId, long userId, String status) {
        group(chatId).members.put(userId, status);
    }

    /** The user's status in the group ({@code left} when not a member). */
    String memberStatus(long chatId, long userId) {
        return group(chatId).members.getOrDefault(userId, "left");
    }

    /** Sets the bot's own status in a group ({@code member}, {@code administrator}, {@code left}, {@code kicked}). */
    void setBotStatus(long chatId, String status) {
        group(chatId).botStatus = status;
    }

    String botStatus(long chatId) {
        return group(chatId).botStatus;
    }

    /** Upgrades a basic group to a new supergroup with the same members; the old id answers "upgraded" from now. */
    void migrate(long chatId, long supergroupId) {
        Group old = group(chatId);
        old.migratedTo = supergroupId;
        addGroup(supergroupId, old.chat.path("title").asText(), "supergroup");
        groups.get(supergroupId).members.putAll(old.members);
        groups.get(supergroupId).botStatus = old.botStatus;
    }

    /** Keeps a message a user posted in a group, so the bot can reply to it. */
    void userPosted(long chatId, ObjectNode message) {
        chatToUserMessages.computeIfAbsent(chatId, id -> new HashMap<>())
                .put(message.path("message_id").asInt(), message.deepCopy());
    }

    private Group group(long chatId) {
        Group group = groups.get(chatId);
        if (group == null) {
            throw new AssertionError("no group " + chatId + " in the fake");
        }
        return group;
    }

    FakeAnswer getChatMember(JsonNode params) {
        Long chatId = chatIdOf(params);
        long userId = params.path("user_id").asLong(0);
        if (chatId == null) {
            return FakeAnswer.error(400, "Bad Request: chat_id is empty");
        }
        if (chatId > 0) {
            if (!users.containsKey(chatId)) {
                return FakeAnswer.error(400, "Bad Request: chat not found");
            }
            return users.containsKey(userId) ? FakeAnswer.ok(member(chatId == userId ? "member" : "left", userId))
                    : FakeAnswer.error(400, "Bad Request: user not found");
        }
        FakeAnswer refused = checkGroup(chatId);
        if (refused != null) {
            return refused;
        }
        if (!users.containsKey(userId)) {
            return FakeAnswer.error(400, "Bad Request: user not found");
        }
        return FakeAnswer.ok(member(memberStatus(chatId, userId), userId));
    }

    /** A ChatMember object as the Bot API describes each status. */
    private ObjectNode member(String status, long userId) {
        ObjectNode member = json.createObjectNode().put("status", status);
        member.set("user", users.get(userId).userJson());
        switch (status) {
            case "creator" -> member.put("is_anonymous", false);
            case "administrator" -> member.put("can_be_edited", false).put("is_anonymous", false)
                    .put("can_manage_chat", true).put("can_delete_messages", true)
                    .put("can_manage_video_chats", true).put("can_restrict_members", true)
                    .put("can_promote_members", false).put("can_change_info", true).put("can_invite_users", true)
                    .put("can_post_stories", false).put("can_edit_stories", false)
                    .put("can_delete_stories", false);
            case "kicked" -> member.put("until_date", 0);
            default -> {
            }
        }
        return member;
    }

    /** Null if the bot may act in the group, else the Bot API's refusal. */
    private FakeAnswer checkGroup(long chatId) {
        Group group = groups.get(chatId);
        if (group == null) {
            return FakeAnswer.error(400, "Bad Request: chat not found");
        }
        if (group.migratedTo != null) {
            return new FakeAnswer(400, null, "Bad Request: group chat was upgraded to a supergroup chat", null,
                    group.migratedTo);
        }
        if (group.botStatus.equals("kicked")) {
            return FakeAnswer.error(403, "Forbidden: bot was kicked from the " + group.kind());
        }
        if (group.botStatus.equals("left")) {
            return FakeAnswer.error(403, "Forbidden: bot is not a member of the " + group.kind());
        }
        return null;
    }

    java.util.Optional<CallbackAnswer> callbackAnswer(String callbackQueryId) {
        return java.util.Optional.ofNullable(callbackToAnswer.get(callbackQueryId));
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
        if (invalid == null) {
            invalid = applyReply(message, chatId, params);
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
        String text = params.path("text").isTextual() ? params.path("text").asText() : null;
        if (text != null && text.length() > 200) {
            return FakeAnswer.error(400, "Bad Request: MESSAGE_TOO_LONG");
        }
        callbackToAnswered.put(id, true);
        callbackToAnswer.put(id, new CallbackAnswer(text, params.path("show_alert").asBoolean(false)));
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
        if (upload != null && field.equals("photo")) {
            // Telegram reads the image: it must be one, at most 10 MB, width + height at most 10000, ratio <= 20.
            java.awt.image.BufferedImage image = readImage(upload.content());
            if (image == null) {
                return FakeAnswer.error(400, "Bad Request: IMAGE_PROCESS_FAILED");
            }
            int w = image.getWidth();
            int h = image.getHeight();
            if (upload.size() > 10 * 1024 * 1024) {
                return FakeAnswer.error(400, "Bad Request: PHOTO_SAVE_FILE_INVALID");
            }
            if (w + h > 10_000 || Math.max(w, h) > 20 * Math.min(w, h)) {
                return FakeAnswer.error(400, "Bad Request: PHOTO_INVALID_DIMENSIONS");
            }
            upload = upload.withDimensions(w, h);
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
                    .put("width", upload == null ? 90 : upload.width())
                    .put("height", upload == null ? 90 : upload.height()).put("file_size", size);
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
        if (invalid == null) {
            invalid = applyReply(message, chatId, params);
        }
        if (invalid != null) {
            return invalid;
        }
        chatToMessages.computeIfAbsent(chatId, id -> new ArrayList<>()).add(new Stored(message, caption, null,
                field));
        return FakeAnswer.ok(message);
    }

    private static java.awt.image.BufferedImage readImage(byte[] bytes) {
        try {
            return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** Null if the bot may write to the chat, else the Bot API's refusal. */
    FakeAnswer checkChat(JsonNode params) {
        Long chatId = chatIdOf(params);
        if (chatId == null) {
            return FakeAnswer.error(400, "Bad Request: chat_id is empty");
        }
        if (chatId < 0) {
            return checkGroup(chatId);
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
            return group(chatId).chat.deepCopy();
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

    /**
     * reply_parameters (or the older reply_to_message_id and allow_sending_without_reply): the message replied
     * to must exist in the chat unless sending without it is allowed.
     */
    private FakeAnswer applyReply(ObjectNode message, long chatId, JsonNode params) {
        JsonNode reply = jsonParam(params, "reply_parameters");
        int replyTo = reply != null ? reply.path("message_id").asInt(0) : params.path("reply_to_message_id").asInt(0);
        boolean withoutReply = reply != null ? reply.path("allow_sending_without_reply").asBoolean(false)
                : params.path("allow_sending_without_reply").asBoolean(false);
        if (replyTo == 0) {
            return null;
        }
        Stored original = findOrNull(chatId, replyTo);
        ObjectNode users = chatToUserMessages.getOrDefault(chatId, Map.of()).get(replyTo);
        if (original != null || users != null) {
            message.set("reply_to_message", original != null ? original.json.deepCopy() : users.deepCopy());
            return null;
        }
        return withoutReply ? null : FakeAnswer.error(400, "Bad Request: message to be replied not found");
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
        JsonNode replyTo = stored.json.path("reply_to_message").path("message_id");
        return new BotMessage(stored.json.path("chat").path("id").asLong(), stored.json.path("message_id").asInt(),
                text, stored.raw, stored.parseMode, rows, stored.edits, stored.kind,
                replyTo.isInt() ? replyTo.asInt() : null);
    }
}
