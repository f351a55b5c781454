package com.jobfuture.coach.core.skillcheck;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything a running check needs to continue after a restart: the area (family id), the item bank version and
 * θ prior it started with, when it started, and the items asked in order (the last one may still await its
 * answer).
 * Whether it is finished follows from these; store it as it is and rebuild the session with
 * {@link SkillCheckSession#resume}.
 */
public record SkillCheckState(String family, String bankVersion, PopulationPrior prior, Instant startedAt,
                              List<AskedItem> items) {
    public SkillCheckState {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(bankVersion, "bankVersion");
        Objects.requireNonNull(prior, "prior");
        Objects.requireNonNull(startedAt, "startedAt");
        items = List.copyOf(items);
        for (int i = 0; i < items.size() - 1; i++) {
            if (!items.get(i).answered()) {
                throw new IllegalArgumentException("only the last item may be unanswered");
            }
        }
    }
}
