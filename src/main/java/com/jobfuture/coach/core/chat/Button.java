package com.jobfuture.coach.core.chat;

/** A button under a reply: the label shown and the action sent back when pressed (at most 64 bytes). */
public record Button(String action, String label) {
    public static final int MAX_ACTION_BYTES = 64;

    public Button {
        if (action.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_ACTION_BYTES) {
            throw new IllegalArgumentException("button action longer than 64 bytes: " + action);
        }
    }
}
