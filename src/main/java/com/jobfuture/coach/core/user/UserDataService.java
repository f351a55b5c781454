package com.jobfuture.coach.core.user;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.jobfuture.coach.core.common.CoachCounter;
import com.jobfuture.coach.core.common.CoachMetrics;
import com.jobfuture.coach.core.common.StorageScrubber;
import com.jobfuture.coach.core.common.Transactions;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The user's data rights and identity merges over every {@link UserDataSection}: export all of it as JSON,
 * delete all of it, or merge two users into one. Each runs in one transaction; the identity cache is cleared after.
 * Deleting also removes old copies from the storage files ({@link StorageScrubber}) and the files platforms keep
 * for the user's accounts ({@link UserFiles}).
 */
public final class UserDataService {
    /** The export's format name, so readers can recognise the file. */
    public static final String EXPORT_FORMAT = "jobfuture-interview-coach-export/1";
    private final UserRepository users;
    private final UserDirectory directory;
    private final List<UserDataSection> sections;
    private final Transactions transactions;
    private final StorageScrubber scrubber;
    private final Clock clock;
    private final CoachMetrics metrics;
    private final List<UserFiles> files;
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    /** A service whose storage keeps no old copies and whose platforms keep no files (tests). */
    public UserDataService(UserRepository users, UserDirectory directory, List<UserDataSection> sections,
                           Transactions transactions, Clock clock, CoachMetrics metrics) {
        this(users, directory, sections, List.of(), transactions, clock, metrics);
    }

    /** The same, with the files platforms keep about users outside the database (deleted by {@link #forget}). */
    public UserDataService(UserRepository users, UserDirectory directory, List<UserDataSection> sections,
                           List<UserFiles> files, Transactions transactions, Clock clock, CoachMetrics metrics) {
        this(users, directory, sections, files, transactions, StorageScrubber.none(), clock, metrics);
    }

    /**
     * The same, with the storage's {@code scrubber} run after each {@link #forget} so no old copy of the deleted rows
     * stays readable in its files.
     */
    public UserDataService(UserRepository users, UserDirectory directory, List<UserDataSection> sections,
                           List<UserFiles> files, Transactions transactions, StorageScrubber scrubber, Clock clock,
                           CoachMetrics metrics) {
        this.files = List.copyOf(files);
        this.scrubber = scrubber;
        this.users = users;
        this.directory = directory;
        this.sections = List.copyOf(sections);
        this.transactions = transactions;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Everything kept about the user, as an indented UTF-8 JSON document. */
    public byte[] exportJson(long userId) {
        Map<String, Object> export = transactions.inTransaction(() -> {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("format", EXPORT_FORMAT);
            document.put("exported_at", clock.instant());
            document.put("user", users.find(userId).orElse(null));
            document.put("identities", users.identities(userId));
            for (UserDataSection section : sections) {
                document.put(section.name(), section.export(userId));
            }
            return document;
        });
        try {
            byte[] bytes = json.writeValueAsBytes(export);
            metrics.increment(CoachCounter.DATA_EXPORTS);
            return bytes;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the export could not be written as JSON", e);
        }
    }

    /**
     * Deletes the user and everything that references it (share links included), then the old copies of those
     * rows in the storage files and the files platforms keep for its identities (saved exports and cards).
     */
    public void forget(long userId) {
        List<Identity> identities = transactions.inTransaction(() -> {
            List<Identity> gone = users.identities(userId);
            users.delete(userId);
            return gone;
        });
        directory.invalidateAll();
        scrubber.scrubDeleted();
        files.forEach(store -> store.deleteFor(identities));
        metrics.increment(CoachCounter.USERS_FORGOTTEN);
    }

    /**
     * Merges two users into one and returns the id that remains (the older user, so existing share links keep
     * their numbers). Every section moves its data first; then the identities move and the other user is deleted.
     */
    public long merge(long first, long second) {
        if (first == second) {
            return first;
        }
        long into = Math.min(first, second);
        long from = Math.max(first, second);
        transactions.inTransaction(() -> {
            for (UserDataSection section : sections) {
                section.merge(from, into);
            }
            users.mergeInto(from, into);
            return null;
        });
        directory.invalidateAll();
        return into;
    }
}
