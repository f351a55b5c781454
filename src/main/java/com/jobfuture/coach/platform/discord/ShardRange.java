package com.jobfuture.coach.platform.discord;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Discord shards one process serves, {@code first..last} of {@code total} (both ends included): Discord sends a
 * server's events to shard {@code (server id >> 22) % total}, so processes with ranges that together cover every
 * shard share the bot's servers. DMs arrive on shard 0.
 */
public record ShardRange(int first, int last, int total) {
    private static final Pattern FORM = Pattern.compile("\\s*(\\d+)\\s*(?:-\\s*(\\d+)\\s*)?of\\s*(\\d+)\\s*");

    public ShardRange {
        if (total < 1 || first < 0 || last < first || last >= total) {
            throw new IllegalArgumentException("shards " + first + "-" + last + " of " + total + ": need 0 <= first "
                    + "<= last < total");
        }
    }

    /** Every shard of a bot that runs as one shard (one process, the default). */
    public static ShardRange single() {
        return new ShardRange(0, 0, 1);
    }

    /** Parses {@code "0-3 of 8"} or {@code "2 of 8"}; throws IllegalArgumentException with the expected form. */
    public static ShardRange parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("shards '" + text + "' must look like '0-3 of 8' or '2 of 8'");
        }
        int first = Integer.parseInt(m.group(1));
        int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
        return new ShardRange(first, last, Integer.parseInt(m.group(3)));
    }

    /** How many shards this process serves. */
    public int count() {
        return last - first + 1;
    }

    /** Whether this process serves every shard of the bot. */
    public boolean all() {
        return first == 0 && last == total - 1;
    }

    @Override
    public String toString() {
        return first + "-" + last + " of " + total;
    }
}
