package com.jobfuture.coach.core.common;

import java.util.function.Supplier;

/** Runs work atomically: every repository write inside commits together, or none does. */
public interface Transactions {
    /** Runs the work in one transaction and returns its result after the commit. */
    <T> T inTransaction(Supplier<T> work);
}
