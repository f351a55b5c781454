package com.jobfuture.coach.core.deck;

import com.jobfuture.coach.core.chat.Choice;
import com.jobfuture.coach.core.chat.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Suggestions for a topic or family ({@code /quiz orm}): matching families first, then topics from the deck
 * catalog, at most 25. Reads only the in-memory catalog, so it is quick enough for autocomplete. Thread-safe.
 */
public final class TopicSuggestions implements Suggestions {
    /** At most this many suggestions. */
    public static final int MAX_CHOICES = 25;
    private static final int MAX_LABEL = 100;
    private final DeckRegistry decks;

    public TopicSuggestions(DeckRegistry decks) {
        this.decks = decks;
    }

    @Override
    public List<Choice> suggest(String typed) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        DeckCatalog catalog = decks.catalog();
        List<Choice> choices = new ArrayList<>();
        for (Family family : Family.values()) {
            boolean matches = family.id().contains(wanted) || family.label().toLowerCase(Locale.ROOT).contains(wanted);
            if (matches && !catalog.topicsOf(family).isEmpty()) {
                choices.add(new Choice(label(family.label() + " — all topics"), family.id()));
            }
        }
        for (Topic topic : catalog.searchTopics(wanted, MAX_CHOICES)) {
            if (choices.size() >= MAX_CHOICES) {
                break;
            }
            choices.add(new Choice(label(topic.family().label() + " · " + topic.title()), topic.id()));
        }
        return choices;
    }

    /** A topic or family the catalog knows (anything, while no decks are loaded). */
    @Override
    public boolean recognizes(String value) {
        DeckCatalog catalog = decks.catalog();
        return catalog.size() == 0 || catalog.resolveScope(value).isPresent();
    }

    private static String label(String text) {
        return text.length() <= MAX_LABEL ? text : text.substring(0, MAX_LABEL - 1) + "…";
    }
}
