package com.jobfuture.coach.core.chat;

import java.util.Objects;

/** One value an argument may take or a suggestion while typing: the label people see and the value the coach reads. */
public record Choice(String label, String value) {
    public Choice {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
