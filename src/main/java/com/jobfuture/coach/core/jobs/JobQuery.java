package com.jobfuture.coach.core.jobs;

import com.jobfuture.coach.core.deck.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What /jobs asked for: keywords (all must match), remote or on-site, and a level; each part optional. */
public record JobQuery(List<String> keywords, Optional<Boolean> remote, Optional<Level> level) {
    private static final Set<String> IGNORED = Set.of("django", "job", "jobs", "role", "roles", "in", "for", "and",
            "or", "a", "the");

    public JobQuery {
        keywords = List.copyOf(keywords);
    }

    /** Reads {@code [keywords] [remote|onsite] [junior|middle|senior]} in any order. */
    public static JobQuery parse(String args) {
        List<String> keywords = new ArrayList<>();
        Optional<Boolean> remote = Optional.empty();
        Optional<Level> level = Optional.empty();
        for (String raw : args.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            String word = raw.replaceAll("^[^\\p{L}\\p{N}+#]+|[^\\p{L}\\p{N}+#]+$", "");
            switch (word) {
                case "" -> { }
                case "remote" -> remote = Optional.of(true);
                case "onsite", "on-site", "office", "in-office" -> remote = Optional.of(false);
                case "junior", "jr" -> level = Optional.of(Level.JUNIOR);
                case "middle", "mid", "intermediate" -> level = Optional.of(Level.MIDDLE);
                case "senior", "sr" -> level = Optional.of(Level.SENIOR);
                default -> {
                    if (!IGNORED.contains(word) && keywords.size() < 8) {
                        keywords.add(word);
                    }
                }
            }
        }
        return new JobQuery(keywords, remote, level);
    }

    /** Whether a role matches every part of the query. */
    public boolean matches(JobPosting job) {
        if (remote.isPresent() && job.remote() != remote.get()) {
            return false;
        }
        if (level.isPresent() && job.level() != level.get()) {
            return false;
        }
        String haystack = String.join(" ", job.title(), job.company(), job.location(), String.join(" ", job.tags()))
                .toLowerCase(Locale.ROOT);
        return keywords.stream().allMatch(haystack::contains);
    }

    /** The filters in words, e.g. {@code "berlin" · remote · senior}; empty when there are none. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (!keywords.isEmpty()) {
            parts.add("\"" + String.join(" ", keywords) + "\"");
        }
        remote.ifPresent(r -> parts.add(r ? "remote" : "on-site"));
        level.ifPresent(l -> parts.add(l.id()));
        return String.join(" · ", parts);
    }
}
