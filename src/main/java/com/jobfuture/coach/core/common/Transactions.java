package com.jobfuture.coach.core.common;

import java.util.function.Supplier;

/** Runs work atomically: every repository write inside commits together, or none does. */
public interface Transactions {
    /** Runs the work in one transaction and returns its result after the commit. */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs work that records nothing a user is told counted (which question is shown next) in one transaction,
     * committed and seen by every read when it returns; with {@code database.durability: full} its commit may skip
     * the flush to the disk, which the next counted commit makes (a power loss may undo it, a crash of the bot
     * cannot). Never for an answer or anything else the user is told was recorded.
     */
    default <T> T inLightTransaction(Supplier<T> work) {
        return inTransaction(work);
    }
}
