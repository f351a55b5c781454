package com.jobfuture.coach.app;

import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.config.CoachConfig.JobSourceSettings;
import com.jobfuture.coach.core.jobs.JobBoard;
import com.jobfuture.coach.core.jobs.JobSource;
import com.jobfuture.coach.core.jobs.VerifiedCompanies;
import com.jobfuture.coach.core.jobs.source.DetectedFormat;
import com.jobfuture.coach.core.jobs.source.FeedEntries;
import com.jobfuture.coach.core.jobs.source.FeedFetcher;
import com.jobfuture.coach.core.jobs.source.FetchedSource;
import com.jobfuture.coach.core.jobs.source.JobEntries;
import com.jobfuture.coach.core.jobs.source.JobParser;
import com.jobfuture.coach.core.jobs.source.JobsFile;
import com.jobfuture.coach.core.jobs.source.MappedJsonEntries;
import com.jobfuture.coach.core.jobs.source.SourceRefresher;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the /jobs board from configuration: the curated file, the JSON feed of {@code JOBS_FEED_URL}, and every
 * enabled source (feeds, JSON APIs, more curated files, the {@code JOBS_FEEDS} URLs), with the refresher that
 * fetches the network ones on their own schedules.
 */
record JobBoards(JobBoard board, SourceRefresher refresher) {
    /** How often the refresher looks for sources whose refresh is due. */
    static final Duration CHECK_EVERY = Duration.ofSeconds(30);

    static JobBoards fromConfig(CoachConfig.Jobs jobs, FeedFetcher fetcher, Clock clock) {
        List<JobSource> sources = new ArrayList<>();
        List<FetchedSource> fetched = new ArrayList<>();
        sources.add(new JobsFile(jobs.file()));
        jobs.feedUrl().ifPresent(url -> fetched.add(new FetchedSource(new FetchedSource.Settings("jobs-feed-url", url,
                jobs.feedTtl(), jobs.feedTimeout()), JobEntries.json("jobs-feed-url", ""), fetcher, clock)));
        for (JobSourceSettings source : jobs.sources()) {
            if (source.kind() == JobSourceSettings.Kind.FILE) {
                sources.add(new JobsFile(source.path().orElseThrow()));
            } else {
                fetched.add(new FetchedSource(new FetchedSource.Settings(source.name(), source.url().orElseThrow(),
                        source.refresh(), source.timeout()), parser(source), fetcher, clock));
            }
        }
        sources.addAll(fetched);
        JobBoard board = new JobBoard(sources, new VerifiedCompanies(jobs.verifiedCompanies()), jobs.maxAge(),
                jobs.allJobsUrl(), clock);
        return new JobBoards(board, new SourceRefresher(fetched, CHECK_EVERY, clock));
    }

    private static JobParser parser(JobSourceSettings source) {
        return switch (source.kind()) {
            case FEED -> new FeedEntries(source.name(), source.label(), source.feed());
            case JSON -> new MappedJsonEntries(source.name(), source.label(), source.mapping().orElseThrow(),
                    source.remote());
            case DETECT -> new DetectedFormat(source.name(), source.label());
            case FILE -> throw new IllegalArgumentException("a file source is not fetched");
        };
    }
}
