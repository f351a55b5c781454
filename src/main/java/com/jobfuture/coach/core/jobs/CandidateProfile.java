package com.jobfuture.coach.core.jobs;

import com.jobfuture.coach.core.deck.Level;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The port through which /jobs learns what it may assume about a candidate in their private chat: the level to
 * show by default (and where it comes from, for the answer to say so), whether they want remote roles, and their
 * time zone. Each part is empty when nothing is known. Implementations read the candidate's own settings and
 * results; thread-safe.
 */
@FunctionalInterface
public interface CandidateProfile {
    /** What is known about the user. */
    Candidate about(long userId);

    /** A candidate as /jobs sees them; {@code levelFrom} names the source of the level ("your settings"). */
    record Candidate(Optional<Level> level, String levelFrom, Optional<Boolean> remote, Optional<ZoneId> zone) {
        public Candidate {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(levelFrom, "levelFrom");
            Objects.requireNonNull(remote, "remote");
            Objects.requireNonNull(zone, "zone");
        }

        /** Nothing known. */
        public static Candidate unknown() {
            return new Candidate(Optional.empty(), "", Optional.empty(), Optional.empty());
        }
    }

    /** A profile that knows nothing about anyone (until settings or a skill check exist to read). */
    static CandidateProfile unknown() {
        return userId -> Candidate.unknown();
    }
}
