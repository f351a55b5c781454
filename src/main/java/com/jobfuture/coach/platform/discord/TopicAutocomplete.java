package com.jobfuture.coach.platform.discord;

import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.DeckRegistry;
import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.interactions.commands.Command;

/**
 * Suggestions for {@code /quiz topic}: matching families first, then topics from the deck catalog. Reads only
 * the in-memory catalog, so it is quick enough for Discord's 3-second autocomplete window.
 */
final class TopicAutocomplete {
    static final int MAX_CHOICES = 25;
    private static final int MAX_NAME = 100;
    private final DeckRegistry decks;

    TopicAutocomplete(DeckRegistry decks) {
        this.decks = decks;
    }

    /** Up to 25 choices for what the user has typed so far (empty text lists families, then topics). */
    List<Command.Choice> choices(String typed) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        DeckCatalog catalog = decks.catalog();
        List<Command.Choice> choices = new ArrayList<>();
        for (Family family : Family.values()) {
            boolean matches = family.id().contains(wanted) || family.label().toLowerCase(Locale.ROOT).contains(wanted);
            if (matches && !catalog.topicsOf(family).isEmpty()) {
                choices.add(new Command.Choice(name(family.label() + " — all topics"), family.id()));
            }
        }
        for (Topic topic : catalog.searchTopics(wanted, MAX_CHOICES)) {
            if (choices.size() >= MAX_CHOICES) {
                break;
            }
            choices.add(new Command.Choice(name(topic.family().label() + " · " + topic.title()), topic.id()));
        }
        return choices;
    }

    private static String name(String text) {
        return text.length() <= MAX_NAME ? text : text.substring(0, MAX_NAME - 1) + "…";
    }
}
