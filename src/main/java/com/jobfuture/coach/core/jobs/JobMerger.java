package com.jobfuture.coach.core.jobs;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Merges duplicates across sources: two roles are the same when their links are the same (scheme, {@code www.},
 * trailing slash, fragment and tracking parameters ignored) or when their companies and titles are ({@link
 * JobText#companyKey}, {@link JobText#titleKey}). The first one seen stays, with gaps filled from the later ones
 * ({@link JobPosting#mergedWith}). Not thread-safe: one per merge.
 */
final class JobMerger {
    private final List<JobPosting> merged = new ArrayList<>();
    private final Map<String, Integer> keyToIndex = new HashMap<>();

    /** Adds a role, merging it into an earlier one it duplicates. */
    void add(JobPosting job) {
        List<String> keys = keys(job);
        Optional<Integer> earlier = keys.stream().map(keyToIndex::get).filter(i -> i != null).findFirst();
        if (earlier.isPresent()) {
            int index = earlier.get();
            merged.set(index, merged.get(index).mergedWith(job));
            keys.forEach(key -> keyToIndex.putIfAbsent(key, index));
            return;
        }
        merged.add(job);
        keys.forEach(key -> keyToIndex.putIfAbsent(key, merged.size() - 1));
    }

    /** The roles, duplicates merged, in the order first seen. */
    List<JobPosting> roles() {
        return List.copyOf(merged);
    }

    static List<String> keys(JobPosting job) {
        List<String> keys = new ArrayList<>();
        keys.add("url " + urlKey(job.url()));
        String company = JobText.companyKey(job.company());
        String title = JobText.titleKey(job.title());
        if (!company.isEmpty() && !title.isEmpty()) {
            keys.add("role " + company + " | " + title);
        }
        return keys;
    }

    /** A link as compared: host without {@code www.}, path without trailing slash, no fragment or tracking. */
    static String urlKey(String url) {
        try {
            URI uri = new URI(url);
            String host = uri.getHost() == null ? ""
                    : uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            List<String> params = new ArrayList<>();
            if (uri.getRawQuery() != null) {
                for (String param : uri.getRawQuery().split("&")) {
                    String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
                    if (!name.isEmpty() && !name.startsWith("utm_") && !name.equals("ref") && !name.equals("source")) {
                        params.add(param);
                    }
                }
            }
            params.sort(null);
            return host + path + (params.isEmpty() ? "" : "?" + String.join("&", params));
        } catch (URISyntaxException e) {
            return url.toLowerCase(Locale.ROOT);
        }
    }
}
