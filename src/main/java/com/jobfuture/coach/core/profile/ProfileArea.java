package com.jobfuture.coach.core.profile;

import com.jobfuture.coach.core.deck.Family;
import java.util.Objects;
import java.util.Optional;

/** One area of a profile: its practice figures and, if the candidate took a skill check of it, the latest level. */
public record ProfileArea(Family family, AreaFigures figures, Optional<SkillLevel> level) {
    public ProfileArea {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(level, "level");
    }
}
