package com.jobfuture.coach.core.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every source's roles as one list: duplicates merged ({@link JobMerger}, curated sources first), feed roles below
 * {@link DjangoRelevance#LISTED_FROM} and feed roles posted longer than {@code maxAge} ago left out (curated roles
 * stay until they are removed from the file), companies on the
 * verified list marked. A search orders the matches by: the asked level stated before roles whose level nobody
 * states; Django or DRF in the title ({@link DjangoRelevance#STRONG_FROM}) before only mentioned; newest first
 * (undated last); verified companies first; title. Thread-safe if the sources are.
 */
public final class JobBoard {
    private final List<JobSource> sources;
    private final VerifiedCompanies verified;
    private final Duration maxAge;
    private final String allJobsUrl;
    private final Clock clock;

    /** A board over the sources; {@code allJobsUrl} is the page listing every Django job. */
    public JobBoard(List<JobSource> sources, VerifiedCompanies verified, Duration maxAge, String allJobsUrl,
                    Clock clock) {
        List<JobSource> ordered = new ArrayList<>(sources.stream().filter(JobSource::curated).toList());
        sources.stream().filter(source -> !source.curated()).forEach(ordered::add);
        this.sources = List.copyOf(ordered);
        this.verified = verified;
        this.maxAge = maxAge;
        this.allJobsUrl = allJobsUrl;
        this.clock = clock;
    }

    /** A role as listed, with its Django relevance (0–100). */
    public record Listed(JobPosting job, int relevance) {
        /** True when Django or DRF is in the title. */
        public boolean strong() {
            return relevance >= DjangoRelevance.STRONG_FROM;
        }
    }

    /** One page of a search: the roles shown, how many matched in all, and where the page starts (0-based). */
    public record Result(List<Listed> shown, int matched, int offset) {
        /** True when more matches follow this page. */
        public boolean hasMore() {
            return offset + shown.size() < matched;
        }
    }

    /** The listed roles, duplicates merged, in no particular order. */
    public List<Listed> roles() {
        LocalDate oldest = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(maxAge.toDays());
        JobMerger merger = new JobMerger();
        List<Listed> listed = new ArrayList<>();
        for (JobSource source : sources) {
            for (JobPosting job : source.jobs()) {
                int relevance = DjangoRelevance.score(job.title(), job.description(), job.tags());
                boolean fresh = source.curated() || job.postedOn().map(date -> !date.isBefore(oldest)).orElse(true);
                if (fresh && (source.curated() || relevance >= DjangoRelevance.LISTED_FROM)) {
                    merger.add(verified.contains(job.company()) ? job.verified() : job);
                }
            }
        }
        for (JobPosting job : merger.roles()) {
            listed.add(new Listed(job, DjangoRelevance.score(job.title(), job.description(), job.tags())));
        }
        return listed;
    }

    /** Up to {@code limit} matches from {@code offset} on, in the order described above. */
    public Result search(JobQuery query, int offset, int limit) {
        return search(roles(), query, offset, limit);
    }

    /** The same search over roles taken earlier from {@link #roles()} (many searches, one merge). */
    public Result search(List<Listed> roles, JobQuery query, int offset, int limit) {
        List<Listed> matching = roles.stream().filter(listed -> query.matches(listed.job(), clock.instant()))
                .sorted(order(query)).toList();
        int from = Math.min(Math.max(0, offset), matching.size());
        return new Result(matching.subList(from, Math.min(from + limit, matching.size())), matching.size(), from);
    }

    /** What identifies a role across refreshes and sources: its link without tracking, {@code www.} or slashes. */
    public static String key(JobPosting job) {
        return JobMerger.urlKey(job.url());
    }

    /**
     * Every key under which duplicates of the role are merged: {@code url …} (as {@link #key}) and, when both are
     * known, {@code role company | title}. A role is the same role as another when any key is the same.
     */
    public static List<String> keys(JobPosting job) {
        return JobMerger.keys(job);
    }

    /** True once every source has been read or tried since the start (see {@link JobSource#loaded()}). */
    public boolean loaded() {
        return sources.stream().allMatch(JobSource::loaded);
    }

    /** The page listing every Django job. */
    public String allJobsUrl() {
        return allJobsUrl;
    }

    private static Comparator<Listed> order(JobQuery query) {
        Comparator<Listed> levelStated = Comparator.comparing(
                (Listed listed) -> query.level().isPresent() && listed.job().level().isEmpty());
        return levelStated
                .thenComparing(listed -> !listed.strong())
                .thenComparing((Listed listed) -> listed.job().postedOn().orElse(LocalDate.MIN),
                        Comparator.reverseOrder())
                .thenComparing(listed -> !listed.job().companyVerified())
                .thenComparing(listed -> listed.job().title());
    }
}
