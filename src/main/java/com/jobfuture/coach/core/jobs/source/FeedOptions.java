package com.jobfuture.coach.core.jobs.source;

import java.util.Objects;
import java.util.Optional;

/**
 * How to read a job board's RSS or Atom entries: where the company is ({@link TitleFormat}), where the location is
 * (a child element of the item such as We Work Remotely's {@code <region>}, or the first line of the description
 * as on python.org), and whether every role is remote (empty: only those saying "remote" in the title or location).
 */
public record FeedOptions(TitleFormat titleFormat, Optional<String> locationElement, boolean locationFirstLine,
                          Optional<Boolean> remote) {
    public FeedOptions {
        Objects.requireNonNull(titleFormat, "titleFormat");
        Objects.requireNonNull(locationElement, "locationElement");
        Objects.requireNonNull(remote, "remote");
    }

    /** For feeds nobody described ({@code JOBS_FEEDS}): company guessed, no location, remote when it says so. */
    public static FeedOptions detect() {
        return new FeedOptions(TitleFormat.AUTO, Optional.empty(), false, Optional.empty());
    }

    /** Where a feed entry names the company. */
    public enum TitleFormat {
        /** The author (dc:creator, Atom author) if any, else "Title at Company", else "Company: Title", else none. */
        AUTO,
        /** The title is only the title; the company comes from the author, if any. */
        TITLE,
        /** "Title, Company" (the last comma), as python.org's job board. */
        TITLE_COMMA_COMPANY,
        /** "Company: Title" (the first colon), as We Work Remotely. */
        COMPANY_COLON_TITLE,
        /** "Title at Company" (the last " at "). */
        TITLE_AT_COMPANY
    }
}
