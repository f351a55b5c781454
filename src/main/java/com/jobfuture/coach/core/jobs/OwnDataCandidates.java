package com.jobfuture.coach.core.jobs;

import com.jobfuture.coach.core.settings.SettingsService;
import com.jobfuture.coach.core.settings.UserSettings;
import com.jobfuture.coach.core.skillcheck.CheckRecord;
import com.jobfuture.coach.core.skillcheck.SkillCheckRepository;
import java.util.List;
import java.util.Optional;

/**
 * What /jobs knows about a candidate from their own data: the level is their target level from /settings, else
 * the level of their latest finished skill check (any area), named as its source ("your settings", "your ORM skill
 * check"); the time zone is the one they chose in /settings (none otherwise: the configured default says nothing
 * about them). No remote preference yet. Reads only the user's own data; thread-safe.
 */
public final class OwnDataCandidates implements CandidateProfile {
    private final SettingsService settings;
    private final SkillCheckRepository checks;

    public OwnDataCandidates(SettingsService settings, SkillCheckRepository checks) {
        this.settings = settings;
        this.checks = checks;
    }

    @Override
    public Candidate about(long userId) {
        UserSettings user = settings.of(userId);
        if (user.targetLevel().isPresent()) {
            return new Candidate(user.targetLevel(), "your settings", Optional.empty(), user.zone());
        }
        List<CheckRecord> results = checks.results(userId);
        if (results.isEmpty()) {
            return new Candidate(Optional.empty(), "", Optional.empty(), user.zone());
        }
        CheckRecord latest = results.get(0);
        return new Candidate(Optional.of(latest.level()), "your " + latest.family().label() + " skill check",
                Optional.empty(), user.zone());
    }
}
