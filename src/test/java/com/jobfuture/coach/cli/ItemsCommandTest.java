package com.jobfuture.coach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.DeckLoader;
import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.progress.ReviewLogEntry;
import com.jobfuture.coach.core.review.Rating;
import com.jobfuture.coach.core.skillcheck.Calibration;
import com.jobfuture.coach.core.skillcheck.CalibrationFile;
import com.jobfuture.coach.core.skillcheck.CheckItem;
import com.jobfuture.coach.core.skillcheck.ItemBank;
import com.jobfuture.coach.storage.Database;
import com.jobfuture.coach.storage.JdbcReviewRepository;
import com.jobfuture.coach.storage.JdbcUserRepository;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code items calibrate} in process: reads the review log of a database, writes a calibration the bank loads. */
class ItemsCommandTest {
    @TempDir
    Path dir;

    private Path config;
    private Path database;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private DeckCatalog catalog;

    @BeforeEach
    void setUp() throws Exception {
        database = dir.resolve("data/coach.db");
        config = dir.resolve("coach.yaml");
        Files.writeString(config, "database: " + database + "\ndecks: " + Path.of("questions").toAbsolutePath()
                + "\n");
        catalog = new DeckLoader().load(List.of(Path.of("questions"))).catalog();
    }

    @Test
    void calibratesFromTheReviewLogAndWritesAFileTheBankLoads() {
        List<CheckItem> orm = ItemBank.of(catalog, Family.ORM, Calibration.none()).items();
        fillDatabase(orm, 60);

        int code = run("--config", config.toString(), "items", "calibrate", "--min-responses", "50");

        assertThat(code).as(err.toString()).isZero();
        Path written = dir.resolve("data/item-calibration.json"); // default: beside the database
        assertThat(out.toString()).contains(orm.size() * 60 + " graded answers")
                .containsPattern("orm +60 users, " + orm.size() * 60 + " answers: 0 items with a and b, "
                        + orm.size() + " with b only, 0 on defaults")
                .contains("Wrote " + written);
        Calibration calibration = new CalibrationFile().read(written).orElseThrow();
        assertThat(calibration.items()).hasSize(orm.size());
        assertThat(calibration.minResponses()).isEqualTo(50);
        assertThat(calibration.familyToPrior()).containsOnlyKeys("orm");
        ItemBank bank = ItemBank.of(catalog, Family.ORM, calibration);
        assertThat(bank.calibrationVersion()).isEqualTo(calibration.version());
        assertThat(bank.items()).anySatisfy(item -> assertThat(item.parameters().difficulty())
                .isNotIn(-1.0, 0.0, 1.0));
    }

    @Test
    void itemsWithTooFewAnswersKeepTheirDefaults() {
        List<CheckItem> orm = ItemBank.of(catalog, Family.ORM, Calibration.none()).items();
        fillDatabase(orm, 20);
        Path target = dir.resolve("out/cal.json");

        int code = run("--config", config.toString(), "items", "calibrate", "--db", database.toString(), "--out",
                target.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("orm +0 users, 0 answers: 0 items with a and b, 0 with b only, "
                + orm.size() + " on defaults");
        assertThat(new CalibrationFile().read(target).orElseThrow().items()).isEmpty();
    }

    @Test
    void refusesAMissingDatabaseAndBadMinimumsWithoutWriting() {
        int missing = run("--config", config.toString(), "items", "calibrate", "--db", dir.resolve("nope.db")
                .toString());
        assertThat(missing).isEqualTo(2);
        assertThat(err.toString()).contains("No database at " + dir.resolve("nope.db"));
        assertThat(dir.resolve("nope.db")).doesNotExist();

        fillDatabase(List.of(), 0);
        int bad = run("--config", config.toString(), "items", "calibrate", "--min-responses", "300",
                "--min-responses-discrimination", "100");
        assertThat(bad).isEqualTo(2);
        assertThat(err.toString()).contains("--min-responses must be at least 1");
        assertThat(dir.resolve("data/item-calibration.json")).doesNotExist();
    }

    /** {@code users} users who each answer every item once, right with a probability that grows with their θ. */
    private void fillDatabase(List<CheckItem> items, int users) {
        SplittableRandom random = new SplittableRandom(1);
        try (Database db = Database.open(database)) {
            JdbcUserRepository userRepository = new JdbcUserRepository(db);
            JdbcReviewRepository reviews = new JdbcReviewRepository(db);
            db.inTransaction(() -> {
                for (int u = 0; u < users; u++) {
                    long user = userRepository.resolve("test", "u" + u, "User " + u, Instant.EPOCH);
                    double theta = random.nextGaussian();
                    for (CheckItem item : items) {
                        boolean right = random.nextDouble() < item.parameters().probability(theta);
                        reviews.log(new ReviewLogEntry(user, item.id(), right ? Rating.GOOD : Rating.AGAIN, right,
                                Instant.parse("2026-03-01T10:00:00Z")));
                    }
                }
                return null;
            });
        }
    }

    private int run(String... args) {
        CommandLine commandLine = CoachCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
