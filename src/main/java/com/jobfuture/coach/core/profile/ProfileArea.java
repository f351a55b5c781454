package com.jobfuture.coach.core.profile;

import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.progress.AreaStats;
import java.util.Objects;
import java.util.Optional;

/** One area of a profile: its practice figures (docs/progress.md) and, if the candidate took a skill check of it, the latest level. */
public record ProfileArea(Family family, AreaStats figures, Optional<SkillLevel> level) {
    public ProfileArea {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(level, "level");
    }
}
