package com.jobfuture.coach.core.skillcheck;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Item parameters re-estimated from collected answers, keyed by question id, and the θ prior of each area (family
 * id) on the calibrated scale. Items not listed keep their defaults, areas not listed the N(0, 1) prior.
 * {@code version} names this calibration (creation time and a hash of its content).
 */
public record Calibration(String version, Instant createdAt, int minResponses, int minResponsesForDiscrimination,
                          Map<String, CalibratedItem> items, Map<String, PopulationPrior> familyToPrior) {
    public Calibration {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(createdAt, "createdAt");
        items = Map.copyOf(items);
        familyToPrior = Map.copyOf(familyToPrior);
    }

    /** No calibration: every item keeps its defaults. */
    public static Calibration none() {
        return new Calibration("defaults", Instant.EPOCH, 0, 0, Map.of(), Map.of());
    }

    /** The prior of an area's θ. */
    public PopulationPrior prior(String familyId) {
        return familyToPrior.getOrDefault(familyId, PopulationPrior.standard());
    }

    /** A new calibration, versioned by its creation time and the hash of its content. */
    public static Calibration create(Instant createdAt, int minResponses, int minResponsesForDiscrimination,
                                     Map<String, CalibratedItem> items, Map<String, PopulationPrior> priors) {
        StringBuilder content = new StringBuilder();
        new TreeMap<>(priors).forEach((family, prior) -> content.append(family).append('|').append(prior.mean())
                .append('|').append(prior.sd()).append('\n'));
        new TreeMap<>(items).forEach((id, item) -> content.append(id).append('|')
                .append(item.discrimination()).append('|').append(item.difficulty()).append('|')
                .append(item.responses()).append('\n'));
        Instant stamp = createdAt.truncatedTo(ChronoUnit.SECONDS);
        String version = stamp.toString().replace("-", "").replace(":", "") + "-" + sha256Prefix(content.toString());
        return new Calibration(version, stamp, minResponses, minResponsesForDiscrimination, items, priors);
    }

    /** The first 10 hex digits of the SHA-256 of the text. */
    static String sha256Prefix(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                hex.append(String.format("%02x", digest[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
