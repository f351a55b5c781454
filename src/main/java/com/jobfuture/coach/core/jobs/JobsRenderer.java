package com.jobfuture.coach.core.jobs;

/** How roles are written in /jobs answers and alerts: title and company, where, level and source, the link. */
public final class JobsRenderer {
    private JobsRenderer() {
    }

    /** One role as three lines, numbered: "1. Title — Company ✓ verified", where · level · via, the link. */
    public static String role(int number, JobPosting job) {
        StringBuilder text = new StringBuilder().append(number).append(". ").append(job.title());
        if (!job.company().isEmpty()) {
            text.append(" — ").append(job.company()).append(job.companyVerified() ? " ✓ verified" : "");
        }
        text.append("\n   ").append(where(job)).append(" · ")
                .append(job.level().map(level -> level.id()).orElse("level not stated"));
        if (!job.sourceLabel().isEmpty()) {
            text.append(" · via ").append(job.sourceLabel());
        }
        return text.append("\n   ").append(job.url()).toString();
    }

    /** Where the role is done, in words. */
    static String where(JobPosting job) {
        return switch (job.workplace()) {
            case REMOTE -> job.location().isEmpty() ? "Remote" : "Remote (" + job.location() + ")";
            case ON_SITE -> job.location().isEmpty() ? "On-site" : job.location() + " (on-site)";
            case NOT_STATED -> job.location().isEmpty() ? "Location not stated" : job.location();
        };
    }
}
