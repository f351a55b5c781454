package com.jobfuture.coach.platform.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Every JSON payload the fake sends, in one place (a field JDA cannot parse only logs a warning and then hangs
 * {@code awaitReady()}, so keep the shapes here and verified). Field sets follow Discord's API v10 docs.
 */
final class Payloads {
    static final ObjectMapper JSON = new ObjectMapper();
    /** The servers' owner: not the bot (an owner has every permission) and not one of the played members. */
    static final String OWNER_ID = "100000000000000001";
    static final String TIMESTAMP = "2025-03-01T10:00:00.000000+00:00";
    static final long MANAGE_GUILD = 1L << 5;
    static final long VIEW_CHANNEL = 1L << 10;
    static final long SEND_MESSAGES = 1L << 11;
    static final long MANAGE_MESSAGES = 1L << 13;
    static final long EMBED_LINKS = 1L << 14;
    static final long READ_MESSAGE_HISTORY = 1L << 16;
    static final long USE_APPLICATION_COMMANDS = 1L << 31;
    static final long CREATE_PUBLIC_THREADS = 1L << 35;
    static final long EVERYONE = VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | READ_MESSAGE_HISTORY
            | USE_APPLICATION_COMMANDS;
    /** The bot role's permissions: what docs/discord.md's invite link grants. */
    static final long BOT_INVITE = VIEW_CHANNEL | SEND_MESSAGES | READ_MESSAGE_HISTORY | CREATE_PUBLIC_THREADS;

    private Payloads() {
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static ObjectNode user(String id, String name, boolean bot) {
        ObjectNode user = object().put("id", id).put("username", name).put("discriminator", "0")
                .put("global_name", name).putNull("avatar").put("public_flags", 0);
        if (bot) {
            user.put("bot", true);
        }
        return user;
    }

    static ObjectNode hello() {
        ObjectNode hello = object().put("op", 10);
        hello.putObject("d").put("heartbeat_interval", 41250);
        return hello;
    }

    static ObjectNode dispatch(String type, long seq, JsonNode data) {
        ObjectNode event = object().put("op", 0).put("t", type).put("s", seq);
        event.set("d", data);
        return event;
    }

    static ObjectNode ready(ObjectNode botUser, String applicationId, String sessionId, String resumeUrl,
                            List<FakeGuild> guilds) {
        ObjectNode ready = object().put("v", 10).put("session_id", sessionId).put("session_type", "normal")
                .put("resume_gateway_url", resumeUrl);
        ready.set("user", botUser);
        ArrayNode guildList = ready.putArray("guilds");
        for (FakeGuild guild : guilds) {
            guildList.addObject().put("id", guild.id()).put("unavailable", true);
        }
        ready.putArray("private_channels");
        ready.putArray("relationships");
        ready.putArray("presences");
        ready.putArray("geo_ordered_rtc_regions");
        ready.putObject("application").put("id", applicationId).put("flags", 0);
        return ready;
    }

    static ObjectNode role(String id, String name, long permissions, int position) {
        ObjectNode role = object().put("id", id).put("name", name).put("permissions", String.valueOf(permissions))
                .put("position", position).put("color", 0).put("hoist", false).put("managed", false)
                .put("mentionable", false).put("flags", 0).putNull("icon").putNull("unicode_emoji");
        role.putObject("colors").put("primary_color", 0).putNull("secondary_color").putNull("tertiary_color");
        return role;
    }

    static ObjectNode member(ObjectNode user, List<String> roleIds) {
        ObjectNode member = object().put("joined_at", TIMESTAMP).put("deaf", false).put("mute", false)
                .put("flags", 0).put("pending", false).putNull("nick").putNull("avatar");
        member.set("user", user);
        ArrayNode roles = member.putArray("roles");
        roleIds.forEach(roles::add);
        return member;
    }

    static ObjectNode textChannel(FakeGuild guild) {
        return textChannel(guild, guild.channelId(), 0);
    }

    static ObjectNode textChannel(FakeGuild guild, String channelId, int position) {
        ObjectNode channel = object().put("id", channelId).put("type", 0).put("guild_id", guild.id())
                .put("name", position == 0 ? "interview-practice" : "practice-" + position).put("position", position).put("nsfw", false).putNull("parent_id")
                .putNull("topic").put("rate_limit_per_user", 0).putNull("last_message_id").put("flags", 0);
        channel.putArray("permission_overwrites");
        return channel;
    }

    /**
     * GUILD_CREATE: @everyone may view, send and use commands; members with their roles; the bot with its role
     * ({@code botPermissions}); every text channel of the guild.
     */
    static ObjectNode guildCreate(FakeGuild guild, ObjectNode botUser, Map<ObjectNode, List<String>> memberToRoles,
                                  long botPermissions) {
        ObjectNode data = object().put("id", guild.id()).put("name", "Django Job Seekers").putNull("icon")
                .putNull("splash").putNull("banner").putNull("description").put("owner_id", OWNER_ID)
                .put("afk_timeout", 300).putNull("afk_channel_id").put("verification_level", 0)
                .put("default_message_notifications", 0).put("explicit_content_filter", 0).put("mfa_level", 0)
                .putNull("system_channel_id").put("system_channel_flags", 0).putNull("rules_channel_id")
                .putNull("public_updates_channel_id").putNull("vanity_url_code").put("premium_tier", 0)
                .put("premium_subscription_count", 0).put("preferred_locale", "en-US").put("nsfw_level", 0)
                .put("large", false).put("unavailable", false).put("member_count", memberToRoles.size() + 1)
                .put("joined_at", TIMESTAMP).put("max_members", 500000).put("premium_progress_bar_enabled", false);
        ArrayNode roles = data.putArray("roles");
        roles.add(role(guild.id(), "@everyone", EVERYONE, 0));
        roles.add(role(guild.candidateRoleId(), "candidates", 0, 1));
        roles.add(role(guild.moderatorRoleId(), "moderators", MANAGE_MESSAGES, 2));
        roles.add(role(guild.adminRoleId(), "server-admins", MANAGE_GUILD, 3));
        roles.add(role(guild.botRoleId(), "JobFuture Coach", botPermissions, 4));
        ArrayNode members = data.putArray("members");
        members.add(member(botUser, List.of(guild.botRoleId())));
        memberToRoles.forEach((user, roleIds) -> members.add(member(user, roleIds)));
        ArrayNode channels = data.putArray("channels");
        for (int i = 0; i < guild.channelIds().size(); i++) {
            channels.add(textChannel(guild, guild.channelIds().get(i), i));
        }
        for (String empty : List.of("threads", "emojis", "stickers", "features", "voice_states", "presences",
                "guild_scheduled_events", "stage_instances", "soundboard_sounds")) {
            data.putArray(empty);
        }
        return data;
    }

    /** A public thread started from a message (same id), as POST channels/{id}/messages/{id}/threads answers. */
    static ObjectNode thread(String id, FakeGuild guild, String parentId, String ownerId, String name,
                             int autoArchiveMinutes) {
        ObjectNode thread = object().put("id", id).put("type", 11).put("guild_id", guild.id())
                .put("parent_id", parentId).put("owner_id", ownerId).put("name", name).put("flags", 0)
                .put("member_count", 1).put("message_count", 0).put("total_message_count", 0)
                .putNull("last_message_id").put("rate_limit_per_user", 0);
        thread.putObject("thread_metadata").put("archived", false).put("locked", false).put("invitable", true)
                .put("auto_archive_duration", autoArchiveMinutes).put("archive_timestamp", TIMESTAMP)
                .put("create_timestamp", TIMESTAMP);
        return thread;
    }

    static ObjectNode dmMessage(String messageId, FakeUser user, String content) {
        ObjectNode message = object().put("id", messageId).put("channel_id", user.dmChannelId()).put("type", 0)
                .put("content", content).put("timestamp", TIMESTAMP).putNull("edited_timestamp").put("tts", false)
                .put("mention_everyone", false).put("pinned", false).put("flags", 0);
        message.set("author", user(user.id(), user.name(), false));
        for (String empty : List.of("mentions", "mention_roles", "attachments", "embeds", "components")) {
            message.putArray(empty);
        }
        return message;
    }

    /** A bot message as REST answers and as interactions embed it. */
    static ObjectNode botMessage(BotMessage message, ObjectNode botUser, String guildId, JsonNode components,
                                 String applicationId) {
        ObjectNode json = object().put("id", message.id()).put("channel_id", message.channelId()).put("type", 0)
                .put("content", message.content()).put("timestamp", TIMESTAMP).put("tts", false)
                .put("mention_everyone", false).put("pinned", false).put("flags", message.flags());
        if (message.edits() > 0) {
            json.put("edited_timestamp", TIMESTAMP);
        } else {
            json.putNull("edited_timestamp");
        }
        if (guildId != null) {
            json.put("guild_id", guildId);
        }
        if (!message.origin().equals("channel")) {
            json.put("webhook_id", applicationId).put("application_id", applicationId);
        }
        json.set("author", botUser);
        json.set("components", components == null ? JSON.createArrayNode() : components);
        for (String empty : List.of("mentions", "mention_roles", "attachments", "embeds")) {
            json.putArray(empty);
        }
        return json;
    }

    /** The common part of INTERACTION_CREATE, in a DM ({@code guild} null) or in the server's text channel. */
    static ObjectNode interaction(String id, String token, int type, String applicationId, FakeUser user,
                                  ObjectNode botUser, FakeGuild guild, List<String> roleIds, long permissions) {
        ObjectNode data = object().put("id", id).put("application_id", applicationId).put("type", type)
                .put("token", token).put("version", 1).put("locale", "en-US")
                .put("app_permissions", String.valueOf(EVERYONE));
        data.putArray("entitlements");
        data.put("attachment_size_limit", 10485760);
        if (guild == null) {
            data.put("channel_id", user.dmChannelId()).put("context", 1);
            data.set("user", user(user.id(), user.name(), false));
            ObjectNode channel = data.putObject("channel").put("id", user.dmChannelId()).put("type", 1)
                    .put("flags", 0).putNull("last_message_id");
            channel.putArray("recipients").add(botUser);
            data.putObject("authorizing_integration_owners");
        } else {
            data.put("channel_id", guild.channelId()).put("guild_id", guild.id()).put("guild_locale", "en-US")
                    .put("context", 0);
            ObjectNode guildJson = data.putObject("guild").put("id", guild.id()).put("locale", "en-US");
            guildJson.putArray("features");
            ObjectNode member = member(user(user.id(), user.name(), false), roleIds)
                    .put("permissions", String.valueOf(permissions));
            data.set("member", member);
            data.set("channel", textChannel(guild));
            data.putObject("authorizing_integration_owners").put("0", guild.id());
        }
        return data;
    }
}
