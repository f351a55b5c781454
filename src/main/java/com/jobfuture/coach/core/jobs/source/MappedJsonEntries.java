package com.jobfuture.coach.core.jobs.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.jobs.JobPosting;
import com.jobfuture.coach.core.jobs.JobText;
import com.jobfuture.coach.core.jobs.LevelWords;
import com.jobfuture.coach.core.jobs.Workplace;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Roles from a JSON job API through a {@link JsonMapping}. The level is the API's when its word names one, else
 * the title's ({@link LevelWords}); remote is the source's setting when it has one, else the API's field, else
 * "remote" in the title or location. Entries failing {@link EntryRules} (or with a field of the wrong kind) are
 * skipped and reported.
 */
public final class MappedJsonEntries implements JobParser {
    private static final Set<String> REMOTE_WORDS = Set.of("remote", "yes", "true", "fully remote", "remote only",
            "anywhere");
    private static final Set<String> ON_SITE_WORDS = Set.of("onsite", "on-site", "on site", "office", "in office",
            "no", "false", "hybrid");
    private final String source;
    private final String label;
    private final JsonMapping mapping;
    private final Optional<Boolean> remote;
    private final ObjectMapper json = new ObjectMapper();

    /** A parser for the API named {@code source}; {@code remote} says every role is (or is not) remote. */
    public MappedJsonEntries(String source, String label, JsonMapping mapping, Optional<Boolean> remote) {
        this.source = source;
        this.label = label;
        this.mapping = mapping;
        this.remote = remote;
    }

    @Override
    public ParsedJobs parse(byte[] body, Instant now) throws UnreadableBodyException {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            throw new UnreadableBodyException("not JSON: " + e.getMessage(), e);
        }
        JsonNode list = mapping.list().isBlank() ? root : at(root, mapping.list());
        if (list == null || !list.isArray()) {
            throw new UnreadableBodyException("no list of jobs at '" + (mapping.list().isBlank() ? "(the answer)"
                    : mapping.list()) + "'");
        }
        List<JobPosting> jobs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < Math.min(list.size(), FeedEntries.MAX_ENTRIES); i++) {
            JsonNode node = list.get(i);
            JsonNode titleNode = at(node, mapping.title());
            String where = source + ": job " + (i + 1) + (titleNode != null && titleNode.isTextual()
                    ? " (\"" + JobText.shorten(titleNode.asText()) + "\")" : "") + ": ";
            List<String> notes = new ArrayList<>();
            try {
                if (!node.isObject()) {
                    throw new IllegalArgumentException("not an object");
                }
                jobs.add(entry(node, now, notes));
                notes.forEach(note -> problems.add(where + note));
            } catch (IllegalArgumentException e) {
                problems.add(where + e.getMessage() + " — skipped");
            }
        }
        return new ParsedJobs(jobs, problems);
    }

    private JobPosting entry(JsonNode node, Instant now, List<String> notes) {
        String title = EntryRules.text("title", JobText.plain(text(node, "title", mapping.title())),
                EntryRules.MAX_TITLE, notes);
        if (title.isEmpty()) {
            throw new IllegalArgumentException("title is missing");
        }
        String company = EntryRules.text("company", text(node, "company", mapping.company()), EntryRules.MAX_NAME,
                notes);
        String location = EntryRules.text("location", names(node, "location", mapping.location()),
                EntryRules.MAX_NAME, notes);
        String url = EntryRules.url(text(node, "url", mapping.url()));
        Workplace workplace = remote.map(r -> r ? Workplace.REMOTE : Workplace.ON_SITE)
                .or(() -> workplace(node)).orElseGet(() -> JobText.words(title + " " + location).contains("remote")
                        ? Workplace.REMOTE : Workplace.NOT_STATED);
        Optional<Level> level = LevelWords.in(text(node, "level", mapping.level())).or(() -> LevelWords.in(title));
        return new JobPosting(title, company, false, location, workplace, level, url, tags(node), date(node, now),
                EntryRules.description(text(node, "description", mapping.description())), source, label);
    }

    private Optional<Workplace> workplace(JsonNode node) {
        JsonNode value = at(node, mapping.remote());
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isBoolean()) {
            return Optional.of(value.asBoolean() ? Workplace.REMOTE : Workplace.ON_SITE);
        }
        String word = JobText.line(value.asText(""), 40).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        if (REMOTE_WORDS.contains(word)) {
            return Optional.of(Workplace.REMOTE);
        }
        return ON_SITE_WORDS.contains(word) ? Optional.of(Workplace.ON_SITE) : Optional.empty();
    }

    private List<String> tags(JsonNode node) {
        JsonNode value = at(node, mapping.tags());
        if (value == null || value.isNull()) {
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(tag -> tags.add(tag.asText("")));
        } else if (value.isTextual()) {
            tags.addAll(Arrays.asList(value.asText().split(",")));
        } else {
            throw new IllegalArgumentException("tags must be a list or text");
        }
        return tags.stream().map(tag -> JobText.line(tag, EntryRules.MAX_NAME)).filter(tag -> !tag.isEmpty())
                .limit(20).toList();
    }

    private Optional<LocalDate> date(JsonNode node, Instant now) {
        JsonNode value = at(node, mapping.date());
        if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()) {
            return Optional.empty();
        }
        Instant instant;
        if (value.isIntegralNumber()) {
            long number = value.asLong();
            instant = number > 100_000_000_000L ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number);
        } else if (value.isTextual()) {
            instant = instant(value.asText().strip()).orElseThrow(() -> new IllegalArgumentException(
                    "date '" + JobText.shorten(value.asText()) + "' is not a date"));
        } else {
            throw new IllegalArgumentException("date must be text or a number");
        }
        return Optional.of(EntryRules.plausibleDate("date", instant, now));
    }

    private static Optional<Instant> instant(String text) {
        List<java.util.function.Supplier<Instant>> readings = List.of(
                () -> OffsetDateTime.parse(text).toInstant(),
                () -> LocalDateTime.parse(text).toInstant(ZoneOffset.UTC),
                () -> LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC),
                () -> OffsetDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(),
                () -> LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC));
        for (java.util.function.Supplier<Instant> reading : readings) {
            try {
                return Optional.of(reading.get());
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private String text(JsonNode node, String field, String path) {
        JsonNode value = at(node, path);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isValueNode()) {
            throw new IllegalArgumentException(field + " must be text");
        }
        return value.asText("");
    }

    private String names(JsonNode node, String field, String path) {
        JsonNode value = at(node, path);
        if (value != null && value.isArray()) {
            List<String> names = new ArrayList<>();
            value.forEach(name -> names.add(name.isValueNode() ? name.asText("") : ""));
            return String.join(", ", names.stream().filter(name -> !name.isBlank()).toList());
        }
        return text(node, field, path);
    }

    /** The node at a dotted path; numeric parts index lists. Null when absent or when the path is empty. */
    static JsonNode at(JsonNode node, String path) {
        if (path.isBlank()) {
            return null;
        }
        JsonNode current = node;
        for (String part : path.split("\\.")) {
            if (current == null) {
                return null;
            }
            current = current.isArray() && part.matches("\\d{1,6}") ? current.get(Integer.parseInt(part))
                    : current.get(part);
        }
        return current;
    }
}
