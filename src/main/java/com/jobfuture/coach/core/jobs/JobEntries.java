package com.jobfuture.coach.core.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobfuture.coach.core.deck.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the entries of a jobs file or feed ({@code {"jobs": [...]}} or a bare list) into {@link JobPosting}s.
 * An entry with a missing or malformed field is skipped and reported, never shown half-formed.
 */
public final class JobEntries {
    private static final int MAX_TEXT = 160;
    private static final int MAX_URL = 500;

    private JobEntries() {
    }

    /** The valid entries; one problem line per skipped entry goes to {@code problems}. */
    public static List<JobPosting> read(JsonNode root, String source, List<String> problems) {
        JsonNode list = root != null && root.isObject() ? root.get("jobs") : root;
        if (list == null || !list.isArray()) {
            problems.add(source + ": expected a list of jobs (or {\"jobs\": [...]})");
            return List.of();
        }
        List<JobPosting> jobs = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            try {
                jobs.add(entry(list.get(i)));
            } catch (IllegalArgumentException e) {
                String title = list.get(i).path("title").asText("");
                problems.add(source + ": job " + (i + 1) + (title.isBlank() ? "" : " (\"" + shorten(title) + "\")")
                        + ": " + e.getMessage() + " — skipped");
            }
        }
        return jobs;
    }

    private static JobPosting entry(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("not a mapping");
        }
        String title = text(node, "title", true);
        String company = text(node, "company", true);
        boolean verified = bool(node, "company_verified");
        boolean remote = bool(node, "remote");
        String location = text(node, "location", false);
        if (location.isEmpty() && !remote) {
            throw new IllegalArgumentException("needs a location or remote: true");
        }
        String levelText = text(node, "level", true);
        Level level = Level.parse(levelText).orElseThrow(() -> new IllegalArgumentException(
                "level '" + shorten(levelText) + "' must be junior, middle or senior"));
        String url = url(text(node, "url", true));
        List<String> tags = new ArrayList<>();
        JsonNode tagNodes = node.path("tags");
        if (!tagNodes.isMissingNode() && !tagNodes.isNull()) {
            if (!tagNodes.isArray()) {
                throw new IllegalArgumentException("tags must be a list");
            }
            tagNodes.forEach(tag -> tags.add(tag.asText("").strip()));
        }
        Optional<LocalDate> posted = Optional.empty();
        String postedText = text(node, "posted", false);
        if (!postedText.isEmpty()) {
            try {
                posted = Optional.of(LocalDate.parse(postedText));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("posted '" + shorten(postedText) + "' is not a date (YYYY-MM-DD)");
            }
        }
        return new JobPosting(title, company, verified, location, remote, level, url, tags, posted);
    }

    private static String text(JsonNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new IllegalArgumentException(field + " is missing");
            }
            return "";
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(field + " must be text");
        }
        String text = value.asText().strip().replaceAll("\\s+", " ");
        if (required && text.isEmpty()) {
            throw new IllegalArgumentException(field + " is empty");
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException(field + " is longer than " + MAX_TEXT + " characters");
        }
        return text;
    }

    private static boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new IllegalArgumentException(field + " must be true or false");
        }
        return value.asBoolean();
    }

    private static String url(String text) {
        try {
            URI uri = new URI(text);
            if (text.length() > MAX_URL || uri.getHost() == null
                    || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                throw new IllegalArgumentException("url '" + shorten(text) + "' is not an http(s) link");
            }
            return text;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("url '" + shorten(text) + "' is not a valid link");
        }
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
