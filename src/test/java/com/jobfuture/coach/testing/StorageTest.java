package com.jobfuture.coach.testing;

import com.jobfuture.coach.storage.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The base of tests that run on both databases (the repository contracts): each test gets a new, empty database
 * of the storage its subclass names (SQLite or PostgreSQL), so one set of tests holds both to the same behaviour.
 */
public abstract class StorageTest {
    protected static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    protected final TestStorage storage;
    @TempDir
    protected Path folder;
    protected Database db;
    private Supplier<Database> opener;
    private final List<Database> others = new ArrayList<>();

    protected StorageTest(TestStorage storage) {
        this.storage = storage;
    }

    @BeforeEach
    protected void openDatabase() {
        opener = storage.create(folder);
        db = opener.get();
    }

    /**
     * The same database opened again, as a second bot process would (closed after the test). Only PostgreSQL
     * serves several processes; on SQLite (one process, docs) the test is skipped.
     */
    protected Database anotherProcess() {
        Assumptions.assumeTrue(storage == TestStorage.POSTGRESQL, "SQLite serves one bot process");
        Database other = opener.get();
        others.add(other);
        return other;
    }

    @AfterEach
    protected void closeDatabase() {
        others.forEach(Database::close);
        db.close();
    }
}
