package com.jobfuture.coach.app;

import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.core.jobs.JobBoard;
import com.jobfuture.coach.core.jobs.JobFeed;
import com.jobfuture.coach.core.jobs.JobSource;
import com.jobfuture.coach.core.jobs.JobsFile;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

/** Builds the /jobs board from configuration: the curated file, and the JSON feed when one is set. */
final class JobBoards {
    private JobBoards() {
    }

    static JobBoard fromConfig(CoachConfig.Jobs jobs, Clock clock) {
        List<JobSource> sources = new ArrayList<>();
        sources.add(new JobsFile(jobs.file()));
        jobs.feedUrl().ifPresent(url -> sources.add(new JobFeed(url, jobs.feedTimeout(), jobs.feedTtl(), clock,
                ForkJoinPool.commonPool())));
        return new JobBoard(sources, jobs.allJobsUrl());
    }
}
