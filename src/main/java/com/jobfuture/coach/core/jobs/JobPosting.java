package com.jobfuture.coach.core.jobs;

import com.jobfuture.coach.core.deck.Level;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated Django role: every field needed to show it is present (title, company, level, an http(s) link, and a
 * location or remote). {@code companyVerified} marks companies JobFuture checked.
 */
public record JobPosting(String title, String company, boolean companyVerified, String location, boolean remote,
                         Level level, String url, List<String> tags, Optional<LocalDate> postedOn) {
    public JobPosting {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(postedOn, "postedOn");
        tags = List.copyOf(tags);
    }
}
