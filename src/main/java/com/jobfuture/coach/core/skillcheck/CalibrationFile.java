package com.jobfuture.coach.core.skillcheck;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads and writes a calibration as JSON ({@code format: 1}; see docs/skill-check.md). Writing goes through a
 * temporary file and a rename, so a reader never sees half a file. A malformed file is refused with a message
 * naming the file and the entry; it never silently becomes "no calibration".
 */
public final class CalibrationFile {
    /** The format number this class writes and reads. */
    public static final int FORMAT = 1;
    private static final String MODEL = "2PL with guessing floor c = 1/options; theta anchored to deck levels";
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The calibration in the file, or empty when there is no file. */
    public Optional<Calibration> read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the calibration file " + file, e);
        }
        try {
            return Optional.of(parse(json.readTree(text)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the calibration (items sorted by id) atomically, creating folders as needed. */
    public void write(Calibration calibration, Path file) {
        ObjectNode root = json.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", calibration.version());
        root.put("created_at", calibration.createdAt().toString());
        root.put("model", MODEL);
        root.put("min_responses", calibration.minResponses());
        root.put("min_responses_discrimination", calibration.minResponsesForDiscrimination());
        ObjectNode priors = root.putObject("priors");
        new TreeMap<>(calibration.familyToPrior()).forEach((family, prior) -> {
            ObjectNode node = priors.putObject(family);
            node.put("mean", prior.mean());
            node.put("sd", prior.sd());
        });
        ObjectNode items = root.putObject("items");
        new TreeMap<>(calibration.items()).forEach((id, item) -> {
            ObjectNode node = items.putObject(id);
            node.put("a", item.discrimination());
            node.put("b", item.difficulty());
            node.put("responses", item.responses());
            node.put("a_estimated", item.discriminationEstimated());
        });
        try {
            Path target = file.toAbsolutePath();
            Files.createDirectories(target.getParent());
            Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
            json.writeValue(temporary.toFile(), root);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the calibration file " + file, e);
        }
    }

    private static Calibration parse(JsonNode root) {
        if (!root.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        int format = root.path("format").asInt(-1);
        if (format != FORMAT) {
            throw new IllegalArgumentException("unsupported format " + root.path("format") + " (expected " + FORMAT
                    + ")");
        }
        String version = text(root, "version");
        Instant createdAt = Instant.parse(text(root, "created_at"));
        JsonNode items = root.path("items");
        if (!items.isObject()) {
            throw new IllegalArgumentException("'items' must be an object keyed by question id");
        }
        Map<String, CalibratedItem> idToItem = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : items.properties()) {
            JsonNode node = entry.getValue();
            if (!node.path("a").isNumber() || !node.path("b").isNumber() || !node.path("responses").isInt()) {
                throw new IllegalArgumentException("item '" + entry.getKey() + "' needs numbers a, b and responses");
            }
            try {
                idToItem.put(entry.getKey(), new CalibratedItem(node.get("a").asDouble(), node.get("b").asDouble(),
                        node.get("responses").asInt(), node.path("a_estimated").asBoolean(false)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("item '" + entry.getKey() + "': " + e.getMessage(), e);
            }
        }
        Map<String, PopulationPrior> familyToPrior = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : root.path("priors").properties()) {
            JsonNode node = entry.getValue();
            if (!node.path("mean").isNumber() || !node.path("sd").isNumber()) {
                throw new IllegalArgumentException("prior '" + entry.getKey() + "' needs numbers mean and sd");
            }
            try {
                familyToPrior.put(entry.getKey(), new PopulationPrior(node.get("mean").asDouble(),
                        node.get("sd").asDouble()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("prior '" + entry.getKey() + "': " + e.getMessage(), e);
            }
        }
        return new Calibration(version, createdAt, root.path("min_responses").asInt(0),
                root.path("min_responses_discrimination").asInt(0), idToItem, familyToPrior);
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.path(field);
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new IllegalArgumentException("'" + field + "' is missing");
        }
        return node.asText();
    }
}
