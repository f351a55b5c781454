package com.jobfuture.coach.core.jobs.source;

import com.jobfuture.coach.core.jobs.JobPosting;
import java.util.List;

/** What a parser made of a source's body: the valid roles, and one line per entry it skipped or shortened. */
public record ParsedJobs(List<JobPosting> jobs, List<String> problems) {
    public ParsedJobs {
        jobs = List.copyOf(jobs);
        problems = List.copyOf(problems);
    }
}
