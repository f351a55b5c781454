package com.jobfuture.coach.core.daily;

import com.jobfuture.coach.core.chat.Reply;
import java.util.Objects;
import java.util.Optional;

/**
 * A message for everyone in a community. {@code kind} says whether it is a question (with answer buttons) or a
 * reveal; a reveal carries the question's platform message in {@code inReplyTo} when it is known, so the adapter
 * can post it as a reply or in the question's thread and may remove the question's buttons. {@code key} is stable
 * across retries of the same message (e.g. {@code daily-42-question}); adapters may use it to deduplicate (Discord
 * {@code nonce} with {@code enforce_nonce}).
 */
public record CommunityMessage(CommunityRef community, Kind kind, Reply reply, String key,
                               Optional<String> inReplyTo) {
    /** What the message is. */
    public enum Kind {
        /** A question of the day with answer buttons (Discord may open a discussion thread under it). */
        QUESTION,
        /** The answer, explanation, docs link and aggregate figures. */
        REVEAL
    }

    public CommunityMessage {
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(inReplyTo, "inReplyTo");
    }
}
