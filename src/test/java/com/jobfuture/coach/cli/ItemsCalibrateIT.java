package com.jobfuture.coach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.progress.ReviewLogEntry;
import com.jobfuture.coach.core.review.Rating;
import com.jobfuture.coach.core.skillcheck.CalibrationFile;
import com.jobfuture.coach.storage.Database;
import com.jobfuture.coach.storage.JdbcReviewRepository;
import com.jobfuture.coach.storage.JdbcUserRepository;
import com.jobfuture.coach.testing.JarProcess;
import com.jobfuture.coach.testing.TestDecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar interview-coach.jar items calibrate} through the packaged jar's real entry point. */
class ItemsCalibrateIT {
    @TempDir
    Path dir;

    @Test
    void writesACalibrationFromTheDatabase() throws Exception {
        Path decks = TestDecks.write(dir);
        Path config = Files.writeString(dir.resolve("coach.yaml"), "decks: " + decks + "\n");
        Path database = dir.resolve("coach.db");
        try (Database db = Database.open(database)) {
            JdbcUserRepository users = new JdbcUserRepository(db);
            JdbcReviewRepository reviews = new JdbcReviewRepository(db);
            db.inTransaction(() -> {
                for (int u = 0; u < 12; u++) {
                    long user = users.resolve("test", "u" + u, "U", Instant.EPOCH);
                    reviews.log(new ReviewLogEntry(user, "orm-loop-count", Rating.GOOD, u % 3 != 0,
                            Instant.parse("2026-03-01T10:00:00Z")));
                }
                return null;
            });
        }
        Path out = dir.resolve("cal.json");

        JarProcess.Result result = JarProcess.run(dir, Map.of(), "", "items", "calibrate", "--config",
                config.toString(), "--db", database.toString(), "--out", out.toString(), "--min-responses", "10");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("12 graded answers", "Wrote " + out);
        assertThat(new CalibrationFile().read(out).orElseThrow().items()).containsOnlyKeys("orm-loop-count");
    }
}
