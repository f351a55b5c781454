package com.jobfuture.coach.platform.discord.fake;

import java.util.List;
import java.util.Optional;

/**
 * A message of the bot as the fake stores it now (after any edits): where it is, who may see it
 * ({@code audienceUserId}: the DM partner or the user of the interaction; null = everyone in the channel), how it
 * was made ({@code channel}, {@code response} to an interaction, {@code followup}), its flags, its buttons and the
 * files attached to it.
 */
public record BotMessage(String id, String channelId, String audienceUserId, String origin, String content,
                         int flags, List<ShownButton> buttons, int edits, List<SentFile> files) {
    public BotMessage {
        buttons = List.copyOf(buttons);
        files = List.copyOf(files);
    }

    public static final int EPHEMERAL = 64;
    public static final int LOADING = 128;

    public boolean ephemeral() {
        return (flags & EPHEMERAL) != 0;
    }

    /** Still showing "thinking…" (a deferred reply not yet filled). */
    public boolean loading() {
        return (flags & LOADING) != 0;
    }

    public Optional<ShownButton> button(String label) {
        return buttons.stream().filter(b -> b.label().equals(label)).findFirst();
    }

    public List<String> labels() {
        return buttons.stream().map(ShownButton::label).toList();
    }

    @Override
    public String toString() {
        return "#" + id + " [" + origin + (ephemeral() ? ", ephemeral" : "") + (loading() ? ", loading" : "")
                + ", to " + audienceUserId + ", edits " + edits + "] " + content.replace("\n", "⏎") + " " + labels()
                + (files.isEmpty() ? "" : " files " + files.stream().map(SentFile::fileName).toList());
    }
}
