package com.jobfuture.coach.core.jobs.source;

import com.jobfuture.coach.core.jobs.JobPosting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The curated jobs file: the committed sample is valid, bad entries are skipped with a reason, edits are seen. */
class JobsFileTest {
    @TempDir
    Path dir;

    @Test
    void theCommittedSampleIsValidAndFictional() throws IOException {
        List<String> problems = new ArrayList<>();
        List<JobPosting> jobs = JobEntries.read(new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("config/jobs.yaml").toFile()), "config/jobs.yaml", problems);

        assertThat(problems).isEmpty();
        assertThat(jobs).hasSizeGreaterThanOrEqualTo(8);
        assertThat(jobs).allSatisfy(job -> assertThat(job.url()).matches(
                "https://(jobs\\.example\\.(com|org|net)/.*|www\\.djangoproject\\.com/community/jobs/)"));
        assertThat(jobs).extracting(JobPosting::remote).contains(true, false);
        assertThat(jobs).extracting(JobPosting::companyVerified).contains(true, false);
    }

    @Test
    void badEntriesAreSkippedWithAReasonNeverShownHalfFormed() throws IOException {
        List<String> problems = new ArrayList<>();
        List<JobPosting> jobs = JobEntries.read(new ObjectMapper(new YAMLFactory()).readTree("""
                jobs:
                  - {title: Good, company: A, location: Berlin, level: junior, url: "https://example.com/1"}
                  - {title: No company, location: Berlin, level: junior, url: "https://example.com/2"}
                  - {title: Bad link, company: B, remote: true, level: middle, url: "ftp://example.com/3"}
                  - {title: Bad level, company: C, remote: true, level: lead, url: "https://example.com/4"}
                  - {title: Nowhere, company: D, level: senior, url: "https://example.com/5"}
                  - {title: Bad date, company: E, remote: true, level: senior, url: "https://e.com/6", posted: soon}
                  - {title: Bad flag, company: F, remote: "yes", level: senior, url: "https://e.com/7"}
                  - just text
                """), "jobs.yaml", problems);

        assertThat(jobs).extracting(JobPosting::title).containsExactly("Good");
        assertThat(problems).containsExactly(
                "jobs.yaml: job 2 (\"No company\"): company is missing — skipped",
                "jobs.yaml: job 3 (\"Bad link\"): url 'ftp://example.com/3' is not an http(s) link — skipped",
                "jobs.yaml: job 4 (\"Bad level\"): level 'lead' must be junior, middle or senior — skipped",
                "jobs.yaml: job 5 (\"Nowhere\"): needs a location or remote: true — skipped",
                "jobs.yaml: job 6 (\"Bad date\"): posted 'soon' is not a date (YYYY-MM-DD) — skipped",
                "jobs.yaml: job 7 (\"Bad flag\"): remote must be true or false — skipped",
                "jobs.yaml: job 8: not a mapping — skipped");
    }

    @Test
    void theFileIsReadAgainWhenItChangesAndAMissingFileMeansNoRoles() throws IOException {
        Path file = dir.resolve("jobs.yaml");
        JobsFile source = new JobsFile(file);
        assertThat(source.jobs()).isEmpty();

        Files.writeString(file, "jobs:\n  - {title: One, company: A, remote: true, level: junior, "
                + "url: \"https://example.com/1\"}\n");
        assertThat(source.jobs()).extracting(JobPosting::title).containsExactly("One");

        Files.writeString(file, "jobs:\n  - {title: Two, company: A, remote: true, level: junior, "
                + "url: \"https://example.com/2\"}\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        assertThat(source.jobs()).extracting(JobPosting::title).containsExactly("Two");

        Files.writeString(file, "jobs: [unclosed\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2030-01-02T00:00:00Z")));
        assertThat(source.jobs()).extracting(JobPosting::title).containsExactly("Two");
    }
}
