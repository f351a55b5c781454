package com.jobfuture.coach.core.skillcheck;

import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.DeckRegistry;
import com.jobfuture.coach.core.deck.Family;
import java.util.EnumMap;
import java.util.Map;

/**
 * The item bank of each area from the decks as currently loaded and the calibration the bot started with. A
 * bank is built again when the decks are reloaded. Thread-safe.
 */
public final class ItemBanks {
    private final DeckRegistry decks;
    private final Calibration calibration;
    private DeckCatalog builtFrom;
    private final Map<Family, ItemBank> familyToBank = new EnumMap<>(Family.class);

    public ItemBanks(DeckRegistry decks, Calibration calibration) {
        this.decks = decks;
        this.calibration = calibration;
    }

    /** The bank of an area's choice questions. */
    public synchronized ItemBank bank(Family family) {
        DeckCatalog catalog = decks.catalog();
        if (catalog != builtFrom) {
            familyToBank.clear();
            builtFrom = catalog;
        }
        return familyToBank.computeIfAbsent(family, f -> ItemBank.of(catalog, f, calibration));
    }

    /** The calibration's version ({@code defaults} when none was loaded). */
    public String calibrationVersion() {
        return calibration.version();
    }
}
