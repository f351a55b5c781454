package com.jobfuture.coach.core.jobs;

import java.util.List;
import java.util.Optional;

/**
 * A query made personal (private chat and alerts only): the candidate's level unless the query names one or "any",
 * their time zone unless it names one, their remote preference unless it says remote or on-site; and the note
 * that tells them their level was used.
 */
public record CandidateQuery(JobQuery query, String note) {
    /** Applies what is known about the candidate to what they asked for. */
    public static CandidateQuery of(JobQuery asked, CandidateProfile.Candidate candidate) {
        JobQuery query = asked;
        String note = "";
        if (candidate.level().isPresent() && asked.level().isEmpty() && !asked.anyLevel()) {
            query = query.withLevelUnlessSet(candidate.level().get());
            note = "At your level (" + candidate.level().get().id() + ", from " + candidate.levelFrom()
                    + "); /jobs any shows every level.";
        }
        if (candidate.zone().isPresent()) {
            query = query.withZoneUnlessSet(candidate.zone().get());
        }
        if (candidate.remote().isPresent() && asked.remote().isEmpty()) {
            query = query.orElse(new JobQuery(List.of(), candidate.remote(), Optional.empty(), false,
                    Optional.empty()));
        }
        return new CandidateQuery(query, note);
    }
}
