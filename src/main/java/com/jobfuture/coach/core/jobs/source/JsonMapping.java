package com.jobfuture.coach.core.jobs.source;

import java.util.Objects;

/**
 * Where a JSON job API keeps each field: dotted paths ({@code company.name}, {@code locations.0}) from one job, and
 * {@code list}, the path from the answer to the list of jobs (empty: the answer is the list). Title and url are
 * required; an empty path means the API has no such field. A location path may lead to a list of names (joined),
 * tags to a list or a comma-separated text, remote to a boolean or a word (remote, yes, on-site, no…), level to
 * a word (Senior, Mid-level, Entry level…), date to ISO-8601 text, an RFC 1123 date or epoch seconds.
 */
public record JsonMapping(String list, String title, String company, String location, String remote, String level,
                          String url, String date, String description, String tags) {
    public JsonMapping {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(remote, "remote");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(tags, "tags");
        if (title == null || title.isBlank() || url == null || url.isBlank()) {
            throw new IllegalArgumentException("a JSON mapping needs the paths of title and url");
        }
    }
}
