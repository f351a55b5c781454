package com.jobfuture.coach.core.jobs.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.jobs.JobPosting;
import com.jobfuture.coach.core.jobs.JobText;
import com.jobfuture.coach.core.jobs.Workplace;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bot's own format, used by the curated file and the {@code JOBS_FEED_URL} feed: {@code {"jobs": [...]}} or a
 * bare list of entries with {@code title}, {@code company}, {@code company_verified}, {@code location},
 * {@code remote}, {@code level}, {@code url}, {@code tags}, {@code posted} (YYYY-MM-DD) and optionally
 * {@code description}. An entry with a missing or malformed field is skipped and reported, never shown half-formed.
 */
public final class JobEntries {
    private JobEntries() {
    }

    /** A parser of JSON in this format for a source named {@code source}, credited as {@code label}. */
    public static JobParser json(String source, String label) {
        ObjectMapper json = new ObjectMapper();
        return (body, now) -> {
            JsonNode root;
            try {
                root = json.readTree(body);
            } catch (IOException e) {
                throw new UnreadableBodyException("not JSON: " + e.getMessage(), e);
            }
            List<String> problems = new ArrayList<>();
            if (!isList(root)) {
                throw new UnreadableBodyException("expected a list of jobs (or {\"jobs\": [...]})");
            }
            List<JobPosting> jobs = read(root, source, label, problems);
            return new ParsedJobs(jobs, problems);
        };
    }

    /** The valid entries of a curated list; one problem line per skipped entry goes to {@code problems}. */
    public static List<JobPosting> read(JsonNode root, String source, List<String> problems) {
        if (!isList(root)) {
            problems.add(source + ": expected a list of jobs (or {\"jobs\": [...]})");
            return List.of();
        }
        return read(root, source, "", problems);
    }

    private static boolean isList(JsonNode root) {
        JsonNode list = root != null && root.isObject() ? root.get("jobs") : root;
        return list != null && list.isArray();
    }

    private static List<JobPosting> read(JsonNode root, String source, String label, List<String> problems) {
        JsonNode list = root.isObject() ? root.get("jobs") : root;
        List<JobPosting> jobs = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            List<String> notes = new ArrayList<>();
            String title = list.get(i).path("title").isTextual() ? list.get(i).path("title").asText() : "";
            String where = source + ": job " + (i + 1) + (title.isBlank() ? "" : " (\"" + JobText.shorten(title)
                    + "\")") + ": ";
            try {
                jobs.add(entry(list.get(i), source, label, notes));
                notes.forEach(note -> problems.add(where + note));
            } catch (IllegalArgumentException e) {
                problems.add(where + e.getMessage() + " — skipped");
            }
        }
        return jobs;
    }

    private static JobPosting entry(JsonNode node, String source, String label, List<String> notes) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("not a mapping");
        }
        String title = required(node, "title", EntryRules.MAX_TITLE, notes);
        String company = required(node, "company", EntryRules.MAX_NAME, notes);
        boolean verified = bool(node, "company_verified");
        boolean remote = bool(node, "remote");
        String location = EntryRules.text("location", text(node, "location"), EntryRules.MAX_NAME, notes);
        if (location.isEmpty() && !remote) {
            throw new IllegalArgumentException("needs a location or remote: true");
        }
        String levelText = required(node, "level", EntryRules.MAX_NAME, notes);
        Level level = Level.parse(levelText).orElseThrow(() -> new IllegalArgumentException(
                "level '" + JobText.shorten(levelText) + "' must be junior, middle or senior"));
        String url = EntryRules.url(text(node, "url"));
        List<String> tags = new ArrayList<>();
        JsonNode tagNodes = node.path("tags");
        if (!tagNodes.isMissingNode() && !tagNodes.isNull()) {
            if (!tagNodes.isArray()) {
                throw new IllegalArgumentException("tags must be a list");
            }
            tagNodes.forEach(tag -> tags.add(JobText.line(tag.asText(""), EntryRules.MAX_NAME)));
        }
        Optional<LocalDate> posted = Optional.empty();
        String postedText = text(node, "posted");
        if (!postedText.isEmpty()) {
            try {
                posted = Optional.of(LocalDate.parse(postedText));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("posted '" + JobText.shorten(postedText)
                        + "' is not a date (YYYY-MM-DD)");
            }
        }
        return new JobPosting(title, company, verified, location, remote ? Workplace.REMOTE : Workplace.ON_SITE,
                Optional.of(level), url, tags, posted, EntryRules.description(text(node, "description")), source,
                label);
    }

    private static String required(JsonNode node, String field, int max, List<String> notes) {
        if (node.get(field) == null || node.get(field).isNull()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        String value = EntryRules.text(field, text(node, field), max, notes);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(field + " is empty");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(field + " must be text");
        }
        return value.asText();
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
}
