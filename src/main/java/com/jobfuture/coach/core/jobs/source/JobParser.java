package com.jobfuture.coach.core.jobs.source;

import java.time.Instant;

/**
 * Turns the body of a source (a feed, an API answer, a file) into validated roles. Entries with a problem are
 * skipped and reported in {@link ParsedJobs#problems()}; a body that is not of the expected kind at all throws.
 */
@FunctionalInterface
public interface JobParser {
    /** Parses {@code body}; {@code now} bounds dates (none in the future). */
    ParsedJobs parse(byte[] body, Instant now) throws UnreadableBodyException;
}
