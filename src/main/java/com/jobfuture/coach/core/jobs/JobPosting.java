package com.jobfuture.coach.core.jobs;

import com.jobfuture.coach.core.deck.Level;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated role from one source: a title, an http(s) link, and whatever else the source says. {@code company}
 * and {@code location} are empty when the source does not name them; {@code level} is empty when neither the source
 * nor the title says it; {@code description} is plain text kept for matching only (never shown); {@code source} is
 * the configured name of where it came from and {@code sourceLabel} how listings credit it (empty for curated roles).
 */
public record JobPosting(String title, String company, boolean companyVerified, String location,
                         Workplace workplace, Optional<Level> level, String url, List<String> tags,
                         Optional<LocalDate> postedOn, String description, String source, String sourceLabel) {
    public JobPosting {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(workplace, "workplace");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(postedOn, "postedOn");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceLabel, "sourceLabel");
        tags = List.copyOf(tags);
    }

    /** True for remote roles. */
    public boolean remote() {
        return workplace == Workplace.REMOTE;
    }

    /** The same role, marked as from a verified company. */
    public JobPosting verified() {
        return new JobPosting(title, company, true, location, workplace, level, url, tags, postedOn, description,
                source, sourceLabel);
    }

    /**
     * This role with the gaps filled from a duplicate of it found in another source: company, location, workplace,
     * level, date and description when this one lacks them; verified when either is.
     */
    public JobPosting mergedWith(JobPosting other) {
        return new JobPosting(title, company.isEmpty() ? other.company : company,
                companyVerified || other.companyVerified, location.isEmpty() ? other.location : location,
                workplace == Workplace.NOT_STATED ? other.workplace : workplace, level.or(other::level), url,
                tags.isEmpty() ? other.tags : tags, postedOn.or(other::postedOn),
                description.isEmpty() ? other.description : description, source, sourceLabel);
    }
}
