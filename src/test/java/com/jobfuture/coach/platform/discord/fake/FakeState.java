package com.jobfuture.coach.platform.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the fake Discord knows: people, the server, the bot's messages and the interactions. Thread-safe. */
final class FakeState {
    /** A bot message as stored; edited in place. */
    static final class StoredMessage {
        final String id;
        final String channelId;
        final String audienceUserId;
        final String origin;
        String content = "";
        int flags;
        JsonNode components;
        int edits;
        List<SentFile> files = List.of();

        StoredMessage(String id, String channelId, String audienceUserId, String origin) {
            this.id = id;
            this.channelId = channelId;
            this.audienceUserId = audienceUserId;
            this.origin = origin;
        }

        BotMessage snapshot() {
            List<ShownButton> buttons = new ArrayList<>();
            if (components != null) {
                for (JsonNode row : components) {
                    for (JsonNode child : row.path("components")) {
                        if (child.path("type").asInt() == 2) {
                            buttons.add(new ShownButton(child.path("custom_id").asText(), child.path("label").asText(),
                                    child.path("disabled").asBoolean(false)));
                        }
                    }
                }
            }
            return new BotMessage(id, channelId, audienceUserId, origin, content, flags, List.copyOf(buttons), edits,
                    files);
        }
    }

    /** An interaction the fake sent, and how the bot answered it. */
    static final class StoredInteraction {
        final String id;
        final String token;
        final int type;
        final FakeUser user;
        final boolean inGuild;
        final String channelId;
        final String originMessageId;
        String responseMessageId;
        Integer callbackType;
        JsonNode autocompleteChoices;

        StoredInteraction(String id, String token, int type, FakeUser user, boolean inGuild, String channelId,
                          String originMessageId) {
            this.id = id;
            this.token = token;
            this.type = type;
            this.user = user;
            this.inGuild = inGuild;
            this.channelId = channelId;
            this.originMessageId = originMessageId;
        }
    }

    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;
    /** Snowflakes carry their creation time (JDA refuses interactions older than 15 minutes), like Discord's. */
    private final Clock clock = Clock.systemUTC();
    private long lastSnowflake;
    final String applicationId = snowflake();
    final ObjectNode botUser = Payloads.user(applicationId, "JobFuture Coach", true);
    /**
     * The server test users are members of. Its id puts it on shard 1 of 2 (a bot that is not sharded gets it on its
     * one shard), so two processes serving shards 0 and 1 of 2 split the traffic: its events to one, DMs to the other.
     */
    final FakeGuild guild = newGuild(1, guildIdOnShard(1, 2));
    private final List<FakeGuild> guilds = new ArrayList<>(List.of(guild));
    /** Threads the bot opened: thread id to its parent channel. */
    private final Map<String, String> threadToParent = new LinkedHashMap<>();
    /** Channels the bot can no longer reach: every call there answers 403 Missing Access. */
    private final Set<String> lostChannels = new HashSet<>();
    private long botPermissions = Payloads.BOT_INVITE;
    private final Map<String, FakeUser> idToUser = new LinkedHashMap<>();
    private final Map<String, List<String>> userIdToRoles = new LinkedHashMap<>();
    private final Set<String> closedDms = new HashSet<>();
    private final Map<String, StoredMessage> idToMessage = new LinkedHashMap<>();
    private final Map<String, StoredInteraction> tokenToInteraction = new LinkedHashMap<>();
    private final Map<String, StoredInteraction> idToInteraction = new LinkedHashMap<>();
    private JsonNode commands;

    synchronized String snowflake() {
        long next = (clock.millis() - DISCORD_EPOCH_MILLIS) << 22;
        lastSnowflake = Math.max(next, lastSnowflake + 1);
        return String.valueOf(lastSnowflake);
    }

    /** A new snowflake whose server would be on {@code shard} of {@code total}. */
    private synchronized String guildIdOnShard(int shard, int total) {
        long id = Long.parseLong(snowflake());
        while (FakeGateway.shardOf(String.valueOf(id), total) != shard) {
            id += 1L << 22; // the next millisecond
        }
        lastSnowflake = id;
        return String.valueOf(id);
    }

    private FakeGuild newGuild(int channels) {
        return newGuild(channels, snowflake());
    }

    private FakeGuild newGuild(int channels, String id) {
        List<String> channelIds = new ArrayList<>();
        for (int i = 0; i < channels; i++) {
            channelIds.add(snowflake());
        }
        return new FakeGuild(id, channelIds.get(0), snowflake(), snowflake(), snowflake(), snowflake(), channelIds);
    }

    /** Another server whose events go to {@code shard} of {@code total} (before the bot connects). */
    synchronized FakeGuild addGuildOnShard(int channels, int shard, int total) {
        FakeGuild added = newGuild(channels, guildIdOnShard(shard, total));
        guilds.add(added);
        return added;
    }

    /** Another server with this many text channels (before the bot connects). */
    synchronized FakeGuild addGuild(int channels) {
        FakeGuild added = newGuild(channels);
        guilds.add(added);
        return added;
    }

    synchronized List<FakeGuild> guilds() {
        return List.copyOf(guilds);
    }

    synchronized Optional<FakeGuild> guildOf(String channelId) {
        String parent = threadToParent.getOrDefault(channelId, channelId);
        return guilds.stream().filter(g -> g.channelIds().contains(parent)).findFirst();
    }

    synchronized void setBotPermissions(long permissions) {
        botPermissions = permissions;
    }

    synchronized long botPermissions() {
        return botPermissions;
    }

    synchronized void loseAccess(String channelId) {
        lostChannels.add(channelId);
    }

    synchronized boolean lostAccess(String channelId) {
        return lostChannels.contains(threadToParent.getOrDefault(channelId, channelId));
    }

    /** Records a thread started from a message (its id is the message's); false if there is one already. */
    synchronized boolean addThread(String messageId, String parentId) {
        return threadToParent.putIfAbsent(messageId, parentId) == null;
    }

    synchronized Map<String, String> threads() {
        return Map.copyOf(threadToParent);
    }

    synchronized FakeUser addUser(String name, List<String> roleIds) {
        FakeUser user = new FakeUser(snowflake(), name, snowflake());
        idToUser.put(user.id(), user);
        userIdToRoles.put(user.id(), List.copyOf(roleIds));
        return user;
    }

    synchronized List<FakeUser> users() {
        return List.copyOf(idToUser.values());
    }

    synchronized List<String> rolesOf(FakeUser user) {
        return userIdToRoles.getOrDefault(user.id(), List.of());
    }

    /** The member's permissions: @everyone's plus those of their roles. */
    synchronized long permissionsOf(FakeUser user) {
        long permissions = Payloads.EVERYONE;
        if (rolesOf(user).contains(guild.moderatorRoleId())) {
            permissions |= Payloads.MANAGE_MESSAGES;
        }
        if (rolesOf(user).contains(guild.adminRoleId())) {
            permissions |= Payloads.MANAGE_GUILD;
        }
        return permissions;
    }

    synchronized Optional<FakeUser> user(String id) {
        return Optional.ofNullable(idToUser.get(id));
    }

    synchronized Optional<FakeUser> userOfDm(String channelId) {
        return idToUser.values().stream().filter(u -> u.dmChannelId().equals(channelId)).findFirst();
    }

    synchronized void setDmsClosed(FakeUser user, boolean closed) {
        if (closed) {
            closedDms.add(user.id());
        } else {
            closedDms.remove(user.id());
        }
    }

    synchronized boolean dmsClosed(FakeUser user) {
        return closedDms.contains(user.id());
    }

    synchronized StoredMessage newMessage(String channelId, String audienceUserId, String origin) {
        StoredMessage message = new StoredMessage(snowflake(), channelId, audienceUserId, origin);
        idToMessage.put(message.id, message);
        return message;
    }

    /** Applies a create or edit body (content, components, flags when present). */
    synchronized void apply(StoredMessage message, JsonNode body, boolean edit) {
        if (body.has("content") && !body.get("content").isNull()) {
            message.content = body.get("content").asText();
        }
        if (body.has("components") && !body.get("components").isNull()) {
            message.components = body.get("components");
        }
        if (body.has("flags") && !body.get("flags").isNull()) {
            message.flags = body.get("flags").asInt() | (message.flags & BotMessage.EPHEMERAL);
        }
        if (body.has("_uploaded") && !body.get("_uploaded").isEmpty()) {
            List<SentFile> sent = new ArrayList<>(edit ? message.files : List.of());
            body.get("_uploaded").forEach(node -> sent.add(SentFile.of(node)));
            message.files = List.copyOf(sent);
        }
        if (edit) {
            message.flags &= ~BotMessage.LOADING;
            message.edits++;
        }
    }

    synchronized void delete(StoredMessage message) {
        idToMessage.remove(message.id);
    }

    synchronized Optional<StoredMessage> message(String id) {
        return Optional.ofNullable(idToMessage.get(id));
    }

    synchronized List<BotMessage> messages() {
        return idToMessage.values().stream().map(StoredMessage::snapshot).toList();
    }

    synchronized StoredInteraction newInteraction(int type, FakeUser user, boolean inGuild, String originMessageId) {
        String id = snowflake();
        StoredInteraction interaction = new StoredInteraction(id, "token-" + id, type, user, inGuild,
                inGuild ? guild.channelId() : user.dmChannelId(), originMessageId);
        tokenToInteraction.put(interaction.token, interaction);
        idToInteraction.put(id, interaction);
        return interaction;
    }

    synchronized Optional<StoredInteraction> interactionByToken(String token) {
        return Optional.ofNullable(tokenToInteraction.get(token));
    }

    synchronized Optional<StoredInteraction> interactionById(String id) {
        return Optional.ofNullable(idToInteraction.get(id));
    }

    synchronized void setCommands(JsonNode commands) {
        this.commands = commands;
    }

    synchronized JsonNode commands() {
        return commands;
    }
}
