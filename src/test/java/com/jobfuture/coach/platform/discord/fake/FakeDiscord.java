package com.jobfuture.coach.platform.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jobfuture.coach.platform.fakes.Eventually;
import com.jobfuture.coach.platform.fakes.Fault;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.java_websocket.WebSocket;

/**
 * A fake Discord on 127.0.0.1 (ephemeral ports) that the real JDA connects to: REST under {@link #restUrl()} and
 * a gateway websocket at {@link #gatewayUrl()}. It plays users (DM messages, slash commands, button presses and
 * autocomplete, in DMs and in one server with roles and permissions), records every REST call, keeps the bot's
 * messages as users would see them, and can answer 429s and 5xx ({@link #plan(Fault)}).
 */
public final class FakeDiscord implements AutoCloseable {
    public static final String TOKEN = "fake-bot-token";
    public static final Duration WAIT = Duration.ofSeconds(15);
    private final FakeState state = new FakeState();
    private final FakeGateway gateway;
    private final FakeRest rest;

    /** Where a user acts: in their DM with the bot or in the server's text channel. */
    public enum Where { DM, SERVER }

    private FakeDiscord() throws Exception {
        gateway = new FakeGateway(this::onIdentify);
        gateway.startAndWait();
        rest = new FakeRest(state, TOKEN, gateway.url());
    }

    /** Starts REST and gateway on free loopback ports. */
    public static FakeDiscord start() throws Exception {
        return new FakeDiscord();
    }

    public String restUrl() {
        return rest.baseUrl();
    }

    public String gatewayUrl() {
        return gateway.url();
    }

    public String applicationId() {
        return state.applicationId;
    }

    public FakeGuild guild() {
        return state.guild;
    }

    /** A user who is a member of the server with the {@code candidates} role (add before the bot connects). */
    public FakeUser addUser(String name) {
        return state.addUser(name, List.of(state.guild.candidateRoleId()));
    }

    /** A member with the {@code server-admins} role, which grants Manage Server. */
    public FakeUser addAdmin(String name) {
        return state.addUser(name, List.of(state.guild.candidateRoleId(), state.guild.adminRoleId()));
    }

    /** Another server with this many text channels, the bot a member (add before the bot connects). */
    public FakeGuild addGuild(int channels) {
        return state.addGuild(channels);
    }

    /** Another server on shard {@code shard} of {@code total} (Discord routes by server id), before connecting. */
    public FakeGuild addGuildOnShard(int channels, int shard, int total) {
        return state.addGuildOnShard(channels, shard, total);
    }

    /** The shards that identified, each with the total it said. */
    public Map<Integer, Integer> identifiedShards() {
        return gateway.shards();
    }

    /** The bot role's permissions in every server (default: the invite link's, see docs/discord.md). */
    public void setBotPermissions(long permissions) {
        state.setBotPermissions(permissions);
    }

    /** The invite link's permissions, which the bot's role gets unless changed. */
    public static long invitePermissions() {
        return Payloads.BOT_INVITE;
    }

    /** Create Public Threads, to take away from the bot with {@link #setBotPermissions}. */
    public static long createPublicThreads() {
        return Payloads.CREATE_PUBLIC_THREADS;
    }

    /** From now on every REST call to this channel answers 403 Missing Access (50001). */
    public void loseAccess(String channelId) {
        state.loseAccess(channelId);
    }

    /** Makes Discord's limits real: see {@link RateLimits}. */
    public void enforce(RateLimits limits) {
        rest.enforce(limits);
    }

    /** Requests that broke the enforced limits (each answered with a 429 that was not planned). */
    public List<RestCall> violations() {
        return rest.violations();
    }

    /** A server outage: GUILD_DELETE with {@code unavailable: true}. */
    public void makeUnavailable(FakeGuild guild) {
        gateway.dispatch("GUILD_DELETE", Payloads.object().put("id", guild.id()).put("unavailable", true));
    }

    /** The bot was kicked from the server: GUILD_DELETE without {@code unavailable}, and no more access. */
    public void removeBotFrom(FakeGuild guild) {
        guild.channelIds().forEach(state::loseAccess);
        gateway.dispatch("GUILD_DELETE", Payloads.object().put("id", guild.id()));
    }

    /** Threads the bot opened: thread id (= the message it was started from) to parent channel id. */
    public Map<String, String> threads() {
        return state.threads();
    }

    /** A member with the {@code moderators} role (may manage messages). */
    public FakeUser addModerator(String name) {
        return state.addUser(name, List.of(state.guild.candidateRoleId(), state.guild.moderatorRoleId()));
    }

    /** Closes (or opens) the user's DMs to the bot: sends to their DM then fail with error 50007. */
    public void setDmsClosed(FakeUser user, boolean closed) {
        state.setDmsClosed(user, closed);
    }

    /**
     * Injects a failure, answered as Discord does, for the next {@code times} REST requests with this method and
     * a path (relative to {@code /api/v10/}) matching {@code pathRegex}.
     */
    public void inject(String method, String pathRegex, Fault fault, int times) {
        rest.plan(PlannedAnswer.of(method, pathRegex, fault, times));
    }

    private void onIdentify(WebSocket connection, int shard, int total, String sessionId) {
        List<FakeGuild> guilds = state.guilds().stream()
                .filter(guild -> FakeGateway.shardOf(guild.id(), total) == shard).toList();
        ObjectNode ready = Payloads.ready(state.botUser, state.applicationId, sessionId, gateway.url(), guilds);
        gateway.dispatchOn(connection, "READY", ready);
        Map<ObjectNode, List<String>> members = new LinkedHashMap<>();
        for (FakeUser user : state.users()) {
            members.put(Payloads.user(user.id(), user.name(), false), state.rolesOf(user));
        }
        for (FakeGuild guild : guilds) {
            gateway.dispatchOn(connection, "GUILD_CREATE", Payloads.guildCreate(guild, state.botUser,
                    guild.equals(state.guild) ? members : Map.of(), state.botPermissions()));
        }
    }

    // ---- users acting ----

    /** The user types a message in their DM with the bot. */
    public void sendDm(FakeUser user, String text) {
        gateway.dispatch("MESSAGE_CREATE", Payloads.dmMessage(state.snowflake(), user, text));
    }

    /** The user runs a slash command; {@code options} maps option names to string values. */
    public Interaction slash(FakeUser user, Where where, String command, Map<String, String> options) {
        return slash(user, where, command, null, options);
    }

    /**
     * The user runs a subcommand ({@code /daily set ...}), as Discord sends it: the subcommand is the one option
     * (type 1) and holds the options typed.
     */
    public Interaction slash(FakeUser user, Where where, String command, String subcommand,
                             Map<String, String> options) {
        FakeState.StoredInteraction stored = state.newInteraction(2, user, where == Where.SERVER, null);
        ObjectNode payload = base(stored);
        ObjectNode data = payload.putObject("data").put("id", commandId(command)).put("name", command)
                .put("type", 1);
        ArrayNode list = data.putArray("options");
        if (subcommand != null) {
            list = list.addObject().put("name", subcommand).put("type", 1).putArray("options");
        }
        ArrayNode values = list;
        options.forEach((name, value) -> values.addObject().put("name", name).put("type", 3).put("value", value));
        gateway.dispatch("INTERACTION_CREATE", payload);
        return toInteraction(stored);
    }

    public Interaction slash(FakeUser user, Where where, String command) {
        return slash(user, where, command, Map.of());
    }

    /** The user types into a command option that offers autocomplete; returns the choices offered. */
    public JsonNode autocomplete(FakeUser user, Where where, String command, String option, String typed) {
        return autocomplete(user, where, command, null, option, typed);
    }

    /** Autocomplete for an option of a subcommand. */
    public JsonNode autocomplete(FakeUser user, Where where, String command, String subcommand, String option,
                                 String typed) {
        FakeState.StoredInteraction stored = state.newInteraction(4, user, where == Where.SERVER, null);
        ObjectNode payload = base(stored);
        ObjectNode data = payload.putObject("data").put("id", commandId(command)).put("name", command)
                .put("type", 1);
        ArrayNode options = data.putArray("options");
        if (subcommand != null) {
            options = options.addObject().put("name", subcommand).put("type", 1).putArray("options");
        }
        options.addObject().put("name", option).put("type", 3).put("value", typed)
                .put("focused", true);
        gateway.dispatch("INTERACTION_CREATE", payload);
        return await("autocomplete choices for " + command + " " + option + "=" + typed, () -> {
            synchronized (state) {
                return Optional.ofNullable(stored.autocompleteChoices);
            }
        });
    }

    /** The user presses the button with this label under a message they can see (not a disabled one). */
    public Interaction click(FakeUser user, BotMessage message, String label) {
        ShownButton button = message.button(label).orElseThrow(() -> new AssertionError(
                "no button '" + label + "' on " + message));
        if (button.disabled()) {
            throw new AssertionError("button '" + label + "' is disabled on " + message);
        }
        return clickId(user, message, button.customId());
    }

    /**
     * The user presses a component with this custom id (which may be stale, disabled in the meantime — a client
     * that has not caught up — or forged) under a message.
     */
    public Interaction clickId(FakeUser user, BotMessage message, String customId) {
        boolean inGuild = message.channelId().equals(state.guild.channelId());
        FakeState.StoredInteraction stored = state.newInteraction(3, user, inGuild, message.id());
        ObjectNode payload = base(stored);
        payload.putObject("data").put("custom_id", customId).put("component_type", 2);
        FakeState.StoredMessage storedMessage = state.message(message.id()).orElseThrow();
        JsonNode components;
        BotMessage snapshot;
        synchronized (state) {
            components = storedMessage.components;
            snapshot = storedMessage.snapshot();
        }
        payload.set("message", Payloads.botMessage(snapshot, state.botUser, inGuild ? state.guild.id() : null,
                components, state.applicationId));
        gateway.dispatch("INTERACTION_CREATE", payload);
        return toInteraction(stored);
    }

    private ObjectNode base(FakeState.StoredInteraction stored) {
        return Payloads.interaction(stored.id, stored.token, stored.type, state.applicationId, stored.user,
                state.botUser, stored.inGuild ? state.guild : null, state.rolesOf(stored.user),
                state.permissionsOf(stored.user));
    }

    private String commandId(String command) {
        JsonNode commands = state.commands();
        if (commands != null) {
            for (JsonNode registered : commands) {
                if (registered.path("name").asText().equals(command)) {
                    return registered.path("id").asText();
                }
            }
        }
        return state.snowflake();
    }

    private static Interaction toInteraction(FakeState.StoredInteraction stored) {
        return new Interaction(stored.id, stored.token, stored.user, stored.inGuild);
    }

    // ---- the gateway's own moves ----

    /** Sends op 7: the client should reconnect and resume. */
    public void requestReconnect() {
        gateway.requestReconnect();
    }

    /** Sends op 9 (not resumable): the client must identify again. */
    public void invalidateSession() {
        gateway.invalidateSession();
    }

    /** How many IDENTIFY (op 2) and RESUME (op 6) the client sent. */
    public long identifies() {
        return gateway.count(2);
    }

    public long resumes() {
        return gateway.count(6);
    }

    /** Waits until the client has a usable connection for the {@code n}-th time (READY or RESUMED sent). */
    public void awaitConnected(int n) {
        await("gateway connection #" + n, () -> gateway.connectedCount() >= n ? Optional.of(true) : Optional.empty());
    }

    /** The intents bitmask of the last IDENTIFY. */
    public long identifiedIntents() {
        return gateway.received().stream().filter(m -> m.path("op").asInt() == 2)
                .reduce((a, b) -> b).map(m -> m.path("d").path("intents").asLong()).orElse(-1L);
    }

    // ---- what happened ----

    public List<RestCall> calls() {
        return rest.calls();
    }

    public List<RestCall> calls(String method, String pathRegex) {
        return calls().stream().filter(c -> c.is(method, pathRegex)).toList();
    }

    /** The commands last registered with a bulk overwrite. */
    public JsonNode registeredCommands() {
        return state.commands();
    }

    /** Every bot message now, oldest first. */
    public List<BotMessage> messages() {
        return state.messages();
    }

    /** The bot messages this user can see (their DM and their ephemeral messages and responses). */
    public List<BotMessage> messagesFor(FakeUser user) {
        return messages().stream().filter(m -> user.id().equals(m.audienceUserId())).toList();
    }

    /** The callback type the bot answered an interaction with (4 reply, 5 deferred reply, 6 deferred edit, …). */
    public Optional<Integer> callbackType(Interaction interaction) {
        synchronized (state) {
            return state.interactionById(interaction.id()).map(i -> i.callbackType);
        }
    }

    /** The message an interaction's response created (type 4 or 5), as it is now. */
    public Optional<BotMessage> responseTo(Interaction interaction) {
        String id;
        synchronized (state) {
            id = state.interactionById(interaction.id()).map(i -> i.responseMessageId).orElse(null);
        }
        return id == null ? Optional.empty() : state.message(id).map(m -> {
            synchronized (state) {
                return m.snapshot();
            }
        });
    }

    /** Waits for a message this user can see that matches, newest first. */
    public BotMessage awaitMessage(FakeUser user, String description, Predicate<BotMessage> test) {
        return await(description + " (to " + user.name() + ")", () -> {
            List<BotMessage> seen = messagesFor(user);
            for (int i = seen.size() - 1; i >= 0; i--) {
                if (test.test(seen.get(i))) {
                    return Optional.of(seen.get(i));
                }
            }
            return Optional.empty();
        });
    }

    /** Waits for a message this user can see whose content contains the text and which is not loading. */
    public BotMessage awaitText(FakeUser user, String text) {
        return awaitMessage(user, "a message containing \"" + text + "\"",
                m -> m.content().contains(text) && !m.loading());
    }

    /** Waits until the probe finds a value (Awaitility), failing with the fake's whole record after {@link #WAIT}. */
    public <T> T await(String description, Supplier<Optional<T>> probe) {
        return Eventually.value(description, WAIT, probe, () -> "\n" + describe());
    }

    /** The record of REST calls and messages, for failure messages. */
    public String describe() {
        return "REST calls:\n  " + calls().stream().map(RestCall::toString).collect(Collectors.joining("\n  "))
                + "\nMessages:\n  " + messages().stream().map(BotMessage::toString)
                .collect(Collectors.joining("\n  "));
    }

    @Override
    public void close() throws Exception {
        rest.stop();
        gateway.stop(1000);
    }
}
