package com.jobfuture.coach.core.jobs;

import com.jobfuture.coach.core.deck.Level;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What /jobs asked for, each part optional: keywords (all must match), remote or on-site, a level (or {@code any}
 * level, said explicitly), and a time zone remote roles must suit ({@link ZoneFit}).
 */
public record JobQuery(List<String> keywords, Optional<Boolean> remote, Optional<Level> level, boolean anyLevel,
                       Optional<ZoneId> zone) {
    private static final Set<String> IGNORED = Set.of("django", "job", "jobs", "role", "roles", "in", "for", "and",
            "or", "a", "the", "tz", "zone", "level", "at");
    private static final Map<String, String> LOWER_ZONE_IDS = ZoneId.getAvailableZoneIds().stream()
            .collect(Collectors.toUnmodifiableMap(id -> id.toLowerCase(Locale.ROOT), Function.identity(),
                    (a, b) -> a));
    /** At most this many keywords are kept. */
    public static final int MAX_KEYWORDS = 8;

    public JobQuery {
        keywords = List.copyOf(keywords);
    }

    /** No filter at all. */
    public static JobQuery none() {
        return new JobQuery(List.of(), Optional.empty(), Optional.empty(), false, Optional.empty());
    }

    /**
     * Reads {@code [keywords] [remote|onsite] [junior|middle|senior|any] [Europe/Berlin|utc+2]} in any order.
     */
    public static JobQuery parse(String args) {
        List<String> keywords = new ArrayList<>();
        Optional<Boolean> remote = Optional.empty();
        Optional<Level> level = Optional.empty();
        boolean any = false;
        Optional<ZoneId> zone = Optional.empty();
        for (String raw : args.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            Optional<ZoneId> asZone = zone(raw);
            if (asZone.isPresent()) {
                zone = asZone;
                continue;
            }
            String word = raw.replaceAll("^[^\\p{L}\\p{N}+#]+|[^\\p{L}\\p{N}+#]+$", "");
            switch (word) {
                case "" -> { }
                case "remote" -> remote = Optional.of(true);
                case "onsite", "on-site", "office", "in-office" -> remote = Optional.of(false);
                case "junior", "jr" -> level = Optional.of(Level.JUNIOR);
                case "middle", "mid", "intermediate" -> level = Optional.of(Level.MIDDLE);
                case "senior", "sr" -> level = Optional.of(Level.SENIOR);
                case "any", "all" -> any = true;
                default -> {
                    if (!IGNORED.contains(word) && keywords.size() < MAX_KEYWORDS) {
                        keywords.add(word);
                    }
                }
            }
        }
        return new JobQuery(keywords, remote, level, any && level.isEmpty(), zone);
    }

    /** This query with the parts of {@code defaults} that it does not set itself (a level only when not "any"). */
    public JobQuery orElse(JobQuery defaults) {
        List<String> words = new ArrayList<>(defaults.keywords);
        keywords.stream().filter(word -> !words.contains(word)).forEach(words::add);
        Optional<Level> chosenLevel = anyLevel ? Optional.empty() : level.or(defaults::level);
        return new JobQuery(words.subList(0, Math.min(words.size(), MAX_KEYWORDS)), remote.or(defaults::remote),
                chosenLevel, anyLevel || (level.isEmpty() && defaults.anyLevel), zone.or(defaults::zone));
    }

    /** The same query with this level, unless a level or "any" was asked for. */
    public JobQuery withLevelUnlessSet(Level defaultLevel) {
        return level.isPresent() || anyLevel ? this
                : new JobQuery(keywords, remote, Optional.of(defaultLevel), false, zone);
    }

    /** The same query with this zone, unless one was asked for. */
    public JobQuery withZoneUnlessSet(ZoneId defaultZone) {
        return zone.isPresent() ? this : new JobQuery(keywords, remote, level, anyLevel, Optional.of(defaultZone));
    }

    /**
     * Whether a role matches every part: keywords in its title, company, location, tags or description; remote or
     * not; its level (roles whose level nobody states match any level); for remote roles, the time zone.
     */
    public boolean matches(JobPosting job, Instant now) {
        if (remote.isPresent() && job.remote() != remote.get()) {
            return false;
        }
        if (level.isPresent() && job.level().isPresent() && job.level().get() != level.get()) {
            return false;
        }
        if (zone.isPresent() && job.remote() && !ZoneFit.fits(job.location(), zone.get(), now)) {
            return false;
        }
        String haystack = String.join(" ", job.title(), job.company(), job.location(), String.join(" ", job.tags()),
                job.description()).toLowerCase(Locale.ROOT);
        return keywords.stream().allMatch(haystack::contains);
    }

    /** The filters in words, e.g. {@code "berlin" · remote · senior · Europe/Berlin}; empty when there are none. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (!keywords.isEmpty()) {
            parts.add("\"" + String.join(" ", keywords) + "\"");
        }
        remote.ifPresent(r -> parts.add(r ? "remote" : "on-site"));
        level.ifPresent(l -> parts.add(l.id()));
        zone.ifPresent(z -> parts.add(z.getId()));
        return String.join(" · ", parts);
    }

    /** The query as /jobs words, e.g. {@code berlin remote senior Europe/Berlin}; parsing it gives this query. */
    public String toArgs() {
        List<String> parts = new ArrayList<>(keywords);
        remote.ifPresent(r -> parts.add(r ? "remote" : "onsite"));
        level.ifPresent(l -> parts.add(l.id()));
        if (anyLevel) {
            parts.add("any");
        }
        zone.ifPresent(z -> parts.add(z.getId()));
        return String.join(" ", parts);
    }

    private static Optional<ZoneId> zone(String word) {
        if (word.contains("/")) {
            return Optional.ofNullable(LOWER_ZONE_IDS.get(word)).map(ZoneId::of);
        }
        if (word.matches("(utc|gmt)[+-]\\d{1,2}(:\\d{2})?")) {
            try {
                return Optional.of(ZoneOffset.of(word.substring(3)));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        return word.equals("utc") ? Optional.of(ZoneOffset.UTC) : Optional.empty();
    }
}
