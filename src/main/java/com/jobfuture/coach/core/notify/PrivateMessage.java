package com.jobfuture.coach.core.notify;

import com.jobfuture.coach.core.chat.Reply;
import java.util.Objects;

/**
 * A message the bot starts in a user's private chat. {@code key} is stable across retries of the same message
 * (e.g. {@code reminder-42-2026-03-02}); adapters may use it to deduplicate. The reply's buttons carry ordinary
 * actions: a press arrives as {@code Incoming.press} from that user in their direct chat.
 */
public record PrivateMessage(PrivateAddress to, Reply reply, String key, Priority priority) {
    public PrivateMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(priority, "priority");
    }
}
