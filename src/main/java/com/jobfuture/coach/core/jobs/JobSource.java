package com.jobfuture.coach.core.jobs;

import java.util.List;

/**
 * Where roles come from (the curated file, a feed, a JSON API). {@link #jobs()} answers from memory and never
 * throws: a source that fails keeps what it last had (or has nothing). Thread-safe.
 */
public interface JobSource {
    /** The source's current, validated roles. */
    List<JobPosting> jobs();

    /**
     * True for hand-checked roles (the curated file): they are listed whatever their Django relevance and win
     * over duplicates from other sources.
     */
    default boolean curated() {
        return false;
    }

    /**
     * False while a network source has not been fetched once since the start (it has no roles yet, which does not
     * mean there are none); true after its first fetch, whether that worked or failed, and always for files.
     */
    default boolean loaded() {
        return true;
    }
}
