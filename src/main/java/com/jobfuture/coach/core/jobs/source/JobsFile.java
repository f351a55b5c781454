package com.jobfuture.coach.core.jobs.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.jobfuture.coach.core.jobs.JobPosting;
import com.jobfuture.coach.core.jobs.JobSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Curated roles in a YAML file ({@code config/jobs.yaml}, in {@link JobEntries}' format), read again when the file
 * changes. Bad entries are skipped and logged; if the file cannot be read the previous roles stay. Thread-safe.
 */
public final class JobsFile implements JobSource {
    private static final Logger LOG = LoggerFactory.getLogger(JobsFile.class);
    private final Path path;
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private FileTime loadedVersion;
    private List<JobPosting> jobs = List.of();

    public JobsFile(Path path) {
        this.path = path;
    }

    @Override
    public boolean curated() {
        return true;
    }

    @Override
    public synchronized List<JobPosting> jobs() {
        FileTime version;
        try {
            version = Files.getLastModifiedTime(path);
        } catch (NoSuchFileException e) {
            loadedVersion = null;
            jobs = List.of();
            return jobs;
        } catch (IOException e) {
            LOG.warn("Cannot read the jobs file {}: {}", path, e.getMessage());
            return jobs;
        }
        if (!version.equals(loadedVersion)) {
            load(version);
        }
        return jobs;
    }

    private void load(FileTime version) {
        try {
            JsonNode root = yaml.readTree(path.toFile());
            List<String> problems = new ArrayList<>();
            jobs = List.copyOf(JobEntries.read(root, path.toString(), problems));
            problems.forEach(problem -> LOG.warn("Jobs file problem: {}", problem));
            LOG.info("Loaded {} roles from {}", jobs.size(), path);
        } catch (IOException e) {
            LOG.warn("Cannot read the jobs file {} (keeping the {} roles read before): {}", path, jobs.size(),
                    e.getMessage());
        }
        loadedVersion = version;
    }
}
