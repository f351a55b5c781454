package com.jobfuture.coach.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Every {@code @TempDir} (the tests' SQLite files, decks, jar work folders) on a memory file system when the
 * machine has one (Linux's {@code /dev/shm}), else in the usual temporary folder. The files and the code paths
 * are the same; only SQLite's fsync on every commit costs nothing, which on a busy disk made the database-heavy
 * end-to-end tests wait on the disk rather than test anything. Set as the default in junit-platform.properties.
 */
public final class MemoryTempDirs implements TempDirFactory {
    private static final Path MEMORY = Path.of("/dev/shm");

    @Override
    public Path createTempDirectory(AnnotatedElementContext elementContext, ExtensionContext extensionContext)
            throws Exception {
        if (Files.isDirectory(MEMORY) && Files.isWritable(MEMORY)) {
            return Files.createTempDirectory(MEMORY, "coach-test-");
        }
        return Files.createTempDirectory("coach-test-");
    }
}
