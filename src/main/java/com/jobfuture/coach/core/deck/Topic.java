package com.jobfuture.coach.core.deck;

import java.util.Objects;

/** A deck's subject, such as {@code n-plus-one}, within a family. */
public record Topic(String id, String title, Family family) {
    public Topic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(family, "family");
    }
}
