package com.jobfuture.coach.core.deck;

/** What a quiz draws from: everything, one family, or one topic. Stored as its {@link #key()}. */
public record Scope(Family family, Topic topic) {

    public static Scope all() {
        return new Scope(null, null);
    }

    public static Scope of(Family family) {
        return new Scope(family, null);
    }

    public static Scope of(Topic topic) {
        return new Scope(topic.family(), topic);
    }

    public boolean contains(Question question) {
        if (topic != null) {
            return question.topic().id().equals(topic.id());
        }
        return family == null || question.topic().family() == family;
    }

    /** A stable key to store: {@code all}, {@code family:orm} or {@code topic:n-plus-one}. */
    public String key() {
        if (topic != null) {
            return "topic:" + topic.id();
        }
        return family == null ? "all" : "family:" + family.id();
    }

    /** Rebuilds a scope from its key; unknown keys (a topic since removed) fall back to everything. */
    public static Scope fromKey(String key, DeckCatalog catalog) {
        if (key != null && key.startsWith("topic:")) {
            return catalog.topic(key.substring(6)).map(Scope::of).orElse(all());
        }
        if (key != null && key.startsWith("family:")) {
            return Family.parse(key.substring(7)).map(Scope::of).orElse(all());
        }
        return all();
    }

    /** A label for messages. */
    public String label() {
        if (topic != null) {
            return topic.title();
        }
        return family == null ? "all topics" : family.label();
    }
}
