package com.jobfuture.coach.core.skillcheck;

import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.deck.Topic;
import java.util.Objects;

/** One item of a skill check: a question's id, topic and deck level, and the parameters the engine uses for it. */
public record CheckItem(String id, Topic topic, Level level, ItemParameters parameters) {
    public CheckItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(parameters, "parameters");
    }
}
