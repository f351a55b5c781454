package com.jobfuture.coach.core.skillcheck;

import com.jobfuture.coach.core.deck.ChoiceQuestion;
import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Question;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The items of one area (family): its choice questions with their parameters, defaults overridden by a
 * calibration. {@link #version()} identifies exactly which items and parameters a result was measured with.
 * Immutable.
 */
public final class ItemBank {
    private final Family family;
    private final List<CheckItem> items;
    private final Map<String, CheckItem> idToItem;
    private final Map<String, ChoiceQuestion> idToQuestion;
    private final String calibrationVersion;
    private final PopulationPrior prior;
    private final String version;

    private ItemBank(Family family, List<CheckItem> items, Map<String, ChoiceQuestion> idToQuestion,
                     String calibrationVersion, PopulationPrior prior) {
        this.family = family;
        this.prior = prior;
        this.items = List.copyOf(items);
        Map<String, CheckItem> byId = new LinkedHashMap<>();
        StringBuilder content = new StringBuilder(family.id()).append('|').append(prior.mean()).append('|')
                .append(prior.sd()).append('\n');
        for (CheckItem item : this.items) {
            byId.put(item.id(), item);
            ItemParameters p = item.parameters();
            content.append(item.id()).append('|').append(p.discrimination()).append('|').append(p.difficulty())
                    .append('|').append(p.guessing()).append('\n');
        }
        this.idToItem = Collections.unmodifiableMap(byId);
        this.idToQuestion = Map.copyOf(idToQuestion);
        this.calibrationVersion = calibrationVersion;
        this.version = family.id() + "-" + Calibration.sha256Prefix(content.toString());
    }

    /** The bank of a family's choice questions in catalog order, with the calibration's parameters where present. */
    public static ItemBank of(DeckCatalog catalog, Family family, Calibration calibration) {
        List<CheckItem> items = new ArrayList<>();
        Map<String, ChoiceQuestion> questions = new LinkedHashMap<>();
        for (Question question : catalog.questions()) {
            if (question instanceof ChoiceQuestion choice && choice.topic().family() == family) {
                ItemParameters defaults = ItemDefaults.of(choice);
                ItemParameters parameters = Optional.ofNullable(calibration.items().get(choice.id()))
                        .map(c -> new ItemParameters(c.discrimination(), c.difficulty(), defaults.guessing()))
                        .orElse(defaults);
                items.add(new CheckItem(choice.id(), choice.topic(), choice.level(), parameters));
                questions.put(choice.id(), choice);
            }
        }
        return new ItemBank(family, items, questions, calibration.version(), calibration.prior(family.id()));
    }

    /** A bank of given items (simulations and tests); items need no question behind them. */
    public static ItemBank ofItems(Family family, List<CheckItem> items) {
        return new ItemBank(family, items, Map.of(), "none", PopulationPrior.standard());
    }

    public Family family() {
        return family;
    }

    /** Items in catalog order. */
    public List<CheckItem> items() {
        return items;
    }

    public int size() {
        return items.size();
    }

    public Optional<CheckItem> item(String id) {
        return Optional.ofNullable(idToItem.get(id));
    }

    /** The choice question behind an item, if the item is one. */
    public Optional<ChoiceQuestion> question(String id) {
        return Optional.ofNullable(idToQuestion.get(id));
    }

    /**
     * The bank's version: family id and a hash of every item's id and parameters, e.g. {@code orm-3f9a1c2b7d}.
     * It changes when a question is added or removed or a parameter or the prior changes (a new calibration).
     */
    public String version() {
        return version;
    }

    /** The prior of θ in this area: N(0, 1), or what the calibration found. */
    public PopulationPrior prior() {
        return prior;
    }

    /** The version of the calibration the parameters come from ({@code defaults} if none). */
    public String calibrationVersion() {
        return calibrationVersion;
    }
}
