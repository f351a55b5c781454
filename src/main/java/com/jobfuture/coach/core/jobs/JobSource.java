package com.jobfuture.coach.core.jobs;

import java.util.List;

/** Where roles come from (the curated file, a feed). Implementations never throw: a failing source logs and
 * returns what it last had, or nothing. Thread-safe. */
public interface JobSource {
    /** The source's current, validated roles. */
    List<JobPosting> jobs();
}
