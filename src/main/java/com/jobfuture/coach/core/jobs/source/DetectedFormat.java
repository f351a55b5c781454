package com.jobfuture.coach.core.jobs.source;

import java.time.Instant;

/**
 * A parser that looks at the body first: XML is an RSS or Atom feed ({@link FeedEntries} with
 * {@link FeedOptions#detect()}), JSON is the bot's own format ({@link JobEntries}). Used for the
 * {@code JOBS_FEEDS} URLs, whose format nobody configured.
 */
public final class DetectedFormat implements JobParser {
    private final JobParser feed;
    private final JobParser json;

    public DetectedFormat(String source, String label) {
        this.feed = new FeedEntries(source, label, FeedOptions.detect());
        this.json = JobEntries.json(source, label);
    }

    @Override
    public ParsedJobs parse(byte[] body, Instant now) throws UnreadableBodyException {
        int i = 0;
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < body.length && Character.isWhitespace(body[i])) {
            i++;
        }
        if (i == body.length) {
            throw new UnreadableBodyException("the answer is empty");
        }
        return switch (body[i]) {
            case '<' -> feed.parse(body, now);
            case '{', '[' -> json.parse(body, now);
            default -> throw new UnreadableBodyException("neither an RSS/Atom feed nor JSON");
        };
    }
}
