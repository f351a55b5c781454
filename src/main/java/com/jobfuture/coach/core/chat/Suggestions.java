package com.jobfuture.coach.core.chat;

import java.util.List;

/**
 * Where an argument's suggestions come from while someone types it (Discord's autocomplete): quick, in-memory and
 * thread-safe, since platforms ask on every keystroke within a few seconds.
 */
public interface Suggestions {
    /** Suggestions for what has been typed so far (never null; empty text lists the most useful first). */
    List<Choice> suggest(String typed);

    /**
     * False when a finished value names nothing this source knows (e.g. an unknown topic); the platform then keeps
     * the coach's answer private, since it is likely a correction. True by default.
     */
    default boolean recognizes(String value) {
        return true;
    }
}
