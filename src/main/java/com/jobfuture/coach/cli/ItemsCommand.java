package com.jobfuture.coach.cli;

import com.jobfuture.coach.app.Databases;
import com.jobfuture.coach.app.DeckLocation;
import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.config.ConfigException;
import com.jobfuture.coach.config.ConfigLoader;
import com.jobfuture.coach.config.DatabaseLocation;
import com.jobfuture.coach.core.deck.DeckLoadResult;
import com.jobfuture.coach.core.deck.DeckLoader;
import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.skillcheck.AbilityGrid;
import com.jobfuture.coach.core.skillcheck.AreaCalibration;
import com.jobfuture.coach.core.skillcheck.CalibratedItem;
import com.jobfuture.coach.core.skillcheck.Calibration;
import com.jobfuture.coach.core.skillcheck.CalibrationFile;
import com.jobfuture.coach.core.skillcheck.CalibrationSettings;
import com.jobfuture.coach.core.skillcheck.ItemBank;
import com.jobfuture.coach.core.skillcheck.ItemCalibrator;
import com.jobfuture.coach.core.skillcheck.ItemResponse;
import com.jobfuture.coach.core.skillcheck.PopulationPrior;
import com.jobfuture.coach.storage.Database;
import com.jobfuture.coach.storage.JdbcItemResponses;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Skill-check item bank tools: {@code items calibrate}. */
@Command(name = "items", mixinStandardHelpOptions = true, description = "Work with the skill-check item bank.",
        subcommands = ItemsCommand.Calibrate.class)
final class ItemsCommand implements Callable<Integer> {
    @ParentCommand
    CoachCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Re-estimates item parameters from the answers in the database and writes a versioned calibration file. */
    @Command(name = "calibrate", mixinStandardHelpOptions = true,
            description = {"Re-estimate the skill-check item parameters (difficulty, discrimination) from the graded "
                    + "answers collected so far, and write a versioned calibration file the bot loads.",
                    "Only reads answers (the schema is brought up to date as when the bot starts); the decks are never "
                    + "changed. See docs/skill-check.md."})
    static final class Calibrate implements Callable<Integer> {
        @ParentCommand
        ItemsCommand items;

        @Spec
        CommandSpec spec;

        @Option(names = "--db", paramLabel = "PATH", description = "SQLite database (default: the configured one).")
        Path database;

        @Option(names = "--out", paramLabel = "FILE",
                description = "Calibration file to write (default: item-calibration.json beside the database).")
        Path outFile;

        @Option(names = "--min-responses", paramLabel = "N", defaultValue = "30",
                description = "Answers an item needs before its difficulty is estimated (default: ${DEFAULT-VALUE}).")
        int minResponses;

        @Option(names = "--min-responses-discrimination", paramLabel = "N",
                description = "Answers an item needs before its discrimination is estimated too (default: 200, "
                        + "or --min-responses if larger).")
        Integer minResponsesForDiscrimination;

        @Option(names = "--since", paramLabel = "DATE",
                description = "Use only questions first answered on or after this date (UTC, e.g. 2026-03-01), "
                        + "such as the day option shuffling went live.")
        LocalDate since;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            CoachConfig config;
            try {
                config = new ConfigLoader().load(items.parent.config(), System.getenv());
            } catch (ConfigException e) {
                err.println("Configuration error: " + e.getMessage());
                return 2;
            }
            int forDiscrimination = minResponsesForDiscrimination == null ? Math.max(200, minResponses)
                    : minResponsesForDiscrimination;
            if (minResponses < 1 || forDiscrimination < minResponses) {
                err.println("--min-responses must be at least 1 and at most --min-responses-discrimination");
                return 2;
            }
            DatabaseLocation location = database != null ? DatabaseLocation.sqlite(database) : config.database();
            if (location instanceof DatabaseLocation.SqliteFile sqlite && !Files.isRegularFile(sqlite.file())) {
                err.println("No database at " + sqlite.file() + " (pass --db PATH, or run the bot first).");
                return 2;
            }
            Path target = outFile != null ? outFile : location.dataFolder().resolve("item-calibration.json");
            DeckLoadResult decks = new DeckLoader().load(List.of(DeckLocation.resolve(config.decks())));
            if (!decks.problems().isEmpty()) {
                err.println(decks.problems().size() + " problem(s) in the decks; those questions are left out. "
                        + "Details: java -jar target/interview-coach.jar decks lint");
            }
            List<ItemResponse> responses;
            try (Database db = Databases.open(location)) {
                Instant from = since == null ? Instant.EPOCH : since.atStartOfDay(ZoneOffset.UTC).toInstant();
                responses = new JdbcItemResponses(db).firstGradedAnswers(from);
            }
            CalibrationSettings settings = new CalibrationSettings(minResponses, forDiscrimination,
                    CalibrationSettings.standard().maxIterations(), CalibrationSettings.standard().tolerance());
            ItemCalibrator calibrator = new ItemCalibrator(settings, AbilityGrid.standard());
            Map<String, CalibratedItem> calibrated = new LinkedHashMap<>();
            Map<String, PopulationPrior> priors = new LinkedHashMap<>();
            out.printf("%d graded answers (first answer of each user to each question)%n", responses.size());
            for (Family family : Family.values()) {
                ItemBank bank = ItemBank.of(decks.catalog(), family, Calibration.none());
                if (bank.size() == 0) {
                    continue;
                }
                AreaCalibration area = calibrator.calibrate(bank.items(), responses);
                calibrated.putAll(area.items());
                if (!area.items().isEmpty()) {
                    priors.put(family.id(), area.prior());
                }
                long withA = area.items().values().stream().filter(CalibratedItem::discriminationEstimated).count();
                out.printf("%-12s %d users, %d answers: %d items with a and b, %d with b only, %d on defaults%s%n",
                        family.id(), area.users(), area.responses(), withA, area.items().size() - withA,
                        bank.size() - area.items().size(), area.items().isEmpty() ? ""
                                : String.format("; EM %d iterations%s; θ prior N(%.2f, %.2f²)", area.iterations(),
                                area.converged() ? "" : " (not converged)", area.prior().mean(), area.prior().sd()));
            }
            Calibration calibration = Calibration.create(Clock.systemUTC().instant(), minResponses,
                    forDiscrimination, calibrated, priors);
            new CalibrationFile().write(calibration, target);
            out.printf("Wrote %s (version %s, %d calibrated items)%n", target, calibration.version(),
                    calibrated.size());
            out.flush();
            return 0;
        }
    }
}
