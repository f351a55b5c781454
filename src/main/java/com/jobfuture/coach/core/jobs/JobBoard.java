package com.jobfuture.coach.core.jobs;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Searches the roles of all sources: duplicates (same link) are shown once, the first source winning; newest
 * first, verified companies first among equals. Thread-safe if the sources are.
 */
public final class JobBoard {
    private static final Comparator<JobPosting> ORDER = Comparator
            .comparing((JobPosting job) -> job.postedOn().orElse(java.time.LocalDate.MIN), Comparator.reverseOrder())
            .thenComparing(job -> !job.companyVerified())
            .thenComparing(JobPosting::title);
    private final List<JobSource> sources;
    private final String allJobsUrl;

    /** A board over the sources; {@code allJobsUrl} is the page listing every Django job. */
    public JobBoard(List<JobSource> sources, String allJobsUrl) {
        this.sources = List.copyOf(sources);
        this.allJobsUrl = allJobsUrl;
    }

    /** The search result: up to {@code limit} roles and how many matched in all. */
    public record Result(List<JobPosting> shown, int matched) {
    }

    public Result search(JobQuery query, int limit) {
        Map<String, JobPosting> urlToJob = new LinkedHashMap<>();
        for (JobSource source : sources) {
            for (JobPosting job : source.jobs()) {
                urlToJob.putIfAbsent(job.url().toLowerCase(Locale.ROOT), job);
            }
        }
        List<JobPosting> matching = urlToJob.values().stream().filter(query::matches).sorted(ORDER).toList();
        return new Result(matching.subList(0, Math.min(limit, matching.size())), matching.size());
    }

    /** The page listing every Django job. */
    public String allJobsUrl() {
        return allJobsUrl;
    }
}
