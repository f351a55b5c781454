package com.jobfuture.coach.core.jobs;

import com.jobfuture.coach.core.skillcheck.CheckRecord;
import com.jobfuture.coach.core.skillcheck.SkillCheckRepository;
import java.util.List;
import java.util.Optional;

/**
 * What /jobs knows about a candidate from their own results: the level of their latest finished skill check (any
 * area), named as its source ("your ORM skill check"). No remote preference or time zone (those come with
 * settings). Reads only the user's own data; thread-safe.
 */
public final class SkillCheckCandidates implements CandidateProfile {
    private final SkillCheckRepository checks;

    public SkillCheckCandidates(SkillCheckRepository checks) {
        this.checks = checks;
    }

    @Override
    public Candidate about(long userId) {
        List<CheckRecord> results = checks.results(userId);
        if (results.isEmpty()) {
            return Candidate.unknown();
        }
        CheckRecord latest = results.get(0);
        return new Candidate(Optional.of(latest.level()), "your " + latest.family().label() + " skill check",
                Optional.empty(), Optional.empty());
    }
}
