package com.jobfuture.coach.config;

import com.jobfuture.coach.config.CoachConfig.JobSourceSettings;
import com.jobfuture.coach.core.jobs.source.FeedOptions;
import com.jobfuture.coach.core.jobs.source.JsonMapping;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and checks the {@code jobs} section: the curated file, the JSON feed ({@code JOBS_FEED_URL} overrides it),
 * the list of sources (disabled ones are left out) and the feeds of {@code JOBS_FEEDS} (comma-separated RSS or Atom
 * URLs, format detected, added to the configured sources).
 */
final class JobsSettings {
    private static final Duration MIN_REFRESH = Duration.ofMinutes(1);
    private static final Duration MAX_REFRESH = Duration.ofDays(7);

    private JobsSettings() {
    }

    static CoachConfig.Jobs read(Path path, ConfigFile.Jobs jobs, String feedFromEnvironment,
                                 String feedsFromEnvironment) {
        CoachConfig.Jobs defaults = CoachConfig.Jobs.defaults();
        ConfigFile.Jobs file = jobs == null
                ? new ConfigFile.Jobs(null, null, null, null, null, null, null, null) : jobs;
        Path jobsFile = FeatureSettings.blank(file.file()) ? defaults.file() : Path.of(file.file().strip());
        String feedText = !FeatureSettings.blank(feedFromEnvironment) ? feedFromEnvironment : file.feedUrl();
        Optional<URI> feed = FeatureSettings.blank(feedText) ? Optional.empty()
                : Optional.of(FeatureSettings.httpUrl(path, "jobs.feed_url", feedText.strip()));
        Duration timeout = FeatureSettings.duration(path, "jobs.feed_timeout", file.feedTimeout(),
                defaults.feedTimeout(), Duration.ofMillis(100), Duration.ofMinutes(1));
        Duration ttl = FeatureSettings.duration(path, "jobs.feed_ttl", file.feedTtl(), defaults.feedTtl(),
                Duration.ofSeconds(10), MAX_REFRESH);
        String all = FeatureSettings.blank(file.allJobsUrl()) ? defaults.allJobsUrl()
                : FeatureSettings.httpUrl(path, "jobs.all_jobs_url", file.allJobsUrl().strip()).toString();
        Duration maxAge = FeatureSettings.duration(path, "jobs.max_age", file.maxAge(), defaults.maxAge(),
                Duration.ofDays(1), Duration.ofDays(365));
        List<String> verified = new ArrayList<>();
        for (String name : file.verifiedCompanies() == null ? List.<String>of() : file.verifiedCompanies()) {
            if (FeatureSettings.blank(name)) {
                throw new ConfigException(path + ": jobs.verified_companies has an empty name");
            }
            verified.add(name.strip());
        }
        List<JobSourceSettings> sources = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<ConfigFile.JobSource> configured = file.sources() == null ? List.of() : file.sources();
        for (int i = 0; i < configured.size(); i++) {
            ConfigFile.JobSource source = configured.get(i);
            if (source == null) {
                throw new ConfigException(path + ": jobs.sources[" + i + "] is empty");
            }
            String key = "jobs.sources[" + i + "]";
            JobSourceSettings settings = source(path, key, source, timeout, ttl);
            if (!names.add(settings.name())) {
                throw new ConfigException(path + ": " + key + ".name '" + settings.name() + "' is used twice");
            }
            if (source.enabled() == null || source.enabled()) {
                sources.add(settings);
            }
        }
        sources.addAll(fromEnvironment(path, feedsFromEnvironment, timeout, ttl));
        return new CoachConfig.Jobs(jobsFile, feed, timeout, ttl, all, maxAge, verified, sources);
    }

    private static JobSourceSettings source(Path path, String key, ConfigFile.JobSource source, Duration timeout,
                                            Duration ttl) {
        String name = FeatureSettings.blank(source.name()) ? "" : source.name().strip();
        if (!name.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new ConfigException(path + ": " + key + ".name '" + name + "' must be 1-40 lowercase letters, "
                    + "digits or dashes");
        }
        key = "jobs.sources." + name;
        String kindText = FeatureSettings.blank(source.kind()) ? "" : source.kind().strip().toLowerCase(Locale.ROOT);
        JobSourceSettings.Kind kind = switch (kindText) {
            case "feed", "rss", "atom" -> JobSourceSettings.Kind.FEED;
            case "json" -> JobSourceSettings.Kind.JSON;
            case "file" -> JobSourceSettings.Kind.FILE;
            default -> throw new ConfigException(path + ": " + key + ".kind '" + kindText + "' must be feed, json or "
                    + "file");
        };
        String label = FeatureSettings.blank(source.label()) ? "" : source.label().strip();
        Optional<URI> url = Optional.empty();
        Optional<Path> file = Optional.empty();
        if (kind == JobSourceSettings.Kind.FILE) {
            if (FeatureSettings.blank(source.path())) {
                throw new ConfigException(path + ": " + key + ".path is required for a file source");
            }
            file = Optional.of(Path.of(source.path().strip()));
        } else {
            if (FeatureSettings.blank(source.url())) {
                throw new ConfigException(path + ": " + key + ".url is required for a " + kindText + " source");
            }
            url = Optional.of(FeatureSettings.httpUrl(path, key + ".url", source.url().strip()));
            if (label.isEmpty()) {
                label = url.get().getHost().replaceFirst("^www\\.", "");
            }
        }
        Duration refresh = FeatureSettings.duration(path, key + ".refresh", source.refresh(), ttl, MIN_REFRESH,
                MAX_REFRESH);
        Duration fetchTimeout = FeatureSettings.duration(path, key + ".timeout", source.timeout(), timeout,
                Duration.ofMillis(100), Duration.ofMinutes(1));
        Optional<Boolean> remote = remote(path, key, source.remote());
        FeedOptions feed = new FeedOptions(titleFormat(path, key, source.titleFormat()),
                locationElement(path, key, source.location()), "description_first_line".equals(
                        FeatureSettings.blank(source.location()) ? "" : source.location().strip()), remote);
        Optional<JsonMapping> mapping = Optional.empty();
        if (kind == JobSourceSettings.Kind.JSON) {
            mapping = Optional.of(mapping(path, key, source.mapping()));
        } else if (source.mapping() != null) {
            throw new ConfigException(path + ": " + key + ".mapping is only for json sources");
        }
        return new JobSourceSettings(name, label, kind, url, file, refresh, fetchTimeout, feed, mapping, remote);
    }

    private static List<JobSourceSettings> fromEnvironment(Path path, String feeds, Duration timeout,
                                                           Duration ttl) {
        List<JobSourceSettings> sources = new ArrayList<>();
        if (FeatureSettings.blank(feeds)) {
            return sources;
        }
        for (String text : feeds.split(",")) {
            if (text.isBlank()) {
                continue;
            }
            URI url = FeatureSettings.httpUrl(path, "JOBS_FEEDS", text.strip());
            sources.add(new JobSourceSettings("jobs-feeds-" + (sources.size() + 1),
                    url.getHost().replaceFirst("^www\\.", ""), JobSourceSettings.Kind.DETECT, Optional.of(url),
                    Optional.empty(), ttl, timeout, FeedOptions.detect(), Optional.empty(), Optional.empty()));
        }
        return sources;
    }

    private static Optional<Boolean> remote(Path path, String key, String text) {
        String value = FeatureSettings.blank(text) ? "auto" : text.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "auto" -> Optional.empty();
            case "true", "yes" -> Optional.of(true);
            case "false", "no" -> Optional.of(false);
            default -> throw new ConfigException(path + ": " + key + ".remote '" + text + "' must be auto, true or "
                    + "false");
        };
    }

    private static FeedOptions.TitleFormat titleFormat(Path path, String key, String text) {
        String value = FeatureSettings.blank(text) ? "auto" : text.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "auto" -> FeedOptions.TitleFormat.AUTO;
            case "title" -> FeedOptions.TitleFormat.TITLE;
            case "title, company" -> FeedOptions.TitleFormat.TITLE_COMMA_COMPANY;
            case "company: title" -> FeedOptions.TitleFormat.COMPANY_COLON_TITLE;
            case "title at company" -> FeedOptions.TitleFormat.TITLE_AT_COMPANY;
            default -> throw new ConfigException(path + ": " + key + ".title_format '" + text + "' must be auto, "
                    + "title, \"title, company\", \"company: title\" or \"title at company\"");
        };
    }

    private static Optional<String> locationElement(Path path, String key, String text) {
        String value = FeatureSettings.blank(text) ? "" : text.strip();
        if (value.isEmpty() || value.equals("description_first_line")) {
            return Optional.empty();
        }
        if (value.matches("element:[A-Za-z][A-Za-z0-9_.-]{0,39}")) {
            return Optional.of(value.substring("element:".length()));
        }
        throw new ConfigException(path + ": " + key + ".location '" + text + "' must be description_first_line or "
                + "element:<name> (e.g. element:region)");
    }

    private static JsonMapping mapping(Path path, String key, ConfigFile.JsonMapping mapping) {
        if (mapping == null || FeatureSettings.blank(mapping.title()) || FeatureSettings.blank(mapping.url())) {
            throw new ConfigException(path + ": " + key + ".mapping needs at least title and url (dotted paths, "
                    + "e.g. title: title, url: url)");
        }
        return new JsonMapping(text(mapping.list()), text(mapping.title()), text(mapping.company()),
                text(mapping.location()), text(mapping.remote()), text(mapping.level()), text(mapping.url()),
                text(mapping.date()), text(mapping.description()), text(mapping.tags()));
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
