package com.jobfuture.coach.core.jobs;

import java.util.Optional;

/** Stores each community's /jobs setting (see {@link JobsCommunity}). Thread-safe. */
public interface JobsCommunityRepository {
    /** The community's setting, if an admin ever made one. */
    Optional<JobsCommunity> find(String platform, String conversationId);

    /** Saves (inserts or replaces) a community's setting; committed when this returns. */
    void save(JobsCommunity community);
}
