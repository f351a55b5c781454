package com.jobfuture.coach.platform.discord;

import java.util.Optional;

/**
 * A button's Discord component id: the core's {@link com.jobfuture.coach.core.chat.Button#action()} followed by
 * {@code |} and the snowflake of the user the button was made for, so a press by anyone else can be refused.
 * At most 64 bytes + 1 + 20 digits, well within Discord's 100 characters.
 */
record ComponentId(String action, Optional<String> ownerId) {
    static final int MAX_LENGTH = 100;
    private static final char SEPARATOR = '|';

    /** The id for a button shown to {@code ownerId}. */
    static String encode(String action, String ownerId) {
        String id = action + SEPARATOR + ownerId;
        if (id.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("component id longer than 100 characters: " + id);
        }
        return id;
    }

    /** Reads an id written by {@link #encode}; ids without an owner (older or foreign formats) keep it empty. */
    static ComponentId parse(String componentId) {
        int at = componentId.lastIndexOf(SEPARATOR);
        if (at < 0) {
            return new ComponentId(componentId, Optional.empty());
        }
        String owner = componentId.substring(at + 1);
        if (!owner.matches("\\d{1,20}")) {
            return new ComponentId(componentId, Optional.empty());
        }
        return new ComponentId(componentId.substring(0, at), Optional.of(owner));
    }

    /** True when the id names an owner and it is not {@code userId}. */
    boolean belongsToSomeoneElse(String userId) {
        return ownerId.isPresent() && !ownerId.get().equals(userId);
    }
}
