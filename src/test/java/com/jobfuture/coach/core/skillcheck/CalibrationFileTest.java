package com.jobfuture.coach.core.skillcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.Family;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationFileTest {
    @TempDir
    Path dir;

    private final CalibrationFile file = new CalibrationFile();
    private final DeckCatalog catalog = TestItems.catalog(2, 1);
    private final Calibration calibration = Calibration.create(Instant.parse("2026-03-01T10:15:30.123Z"), 30, 200,
            Map.of("t0-junior-0", new CalibratedItem(1.4, -1.3, 250, true),
                    "t1-senior-0", new CalibratedItem(0.9, 1.6, 80, false)),
            Map.of("orm", new PopulationPrior(-0.4, 1.1)));

    @Test
    void writesAndReadsBackTheSameCalibration() {
        Path path = dir.resolve("sub/item-calibration.json");
        file.write(calibration, path);

        assertThat(file.read(path)).contains(calibration);
        assertThat(calibration.version()).matches("20260301T101530Z-[0-9a-f]{10}");
        assertThat(Files.exists(dir.resolve("sub/item-calibration.json.tmp"))).isFalse();
    }

    @Test
    void theVersionChangesWithTheContent() {
        Calibration other = Calibration.create(calibration.createdAt(), 30, 200,
                Map.of("t0-junior-0", new CalibratedItem(1.4, -1.2, 250, true)), calibration.familyToPrior());

        assertThat(other.version()).isNotEqualTo(calibration.version());
    }

    @Test
    void aMissingFileMeansNoCalibration() {
        assertThat(file.read(dir.resolve("absent.json"))).isEmpty();
    }

    @Test
    void aBrokenFileIsRefusedNamingTheFileAndEntry() throws Exception {
        Path path = dir.resolve("broken.json");
        Files.writeString(path, """
                {"format": 1, "version": "v", "created_at": "2026-03-01T00:00:00Z",
                 "items": {"q1": {"a": -2, "b": 0, "responses": 40}}}""");
        assertThatThrownBy(() -> file.read(path)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("broken.json").hasMessageContaining("item 'q1'");

        Files.writeString(path, "{\"format\": 2}");
        assertThatThrownBy(() -> file.read(path)).hasMessageContaining("unsupported format 2");

        Files.writeString(path, "{not json");
        assertThatThrownBy(() -> file.read(path)).hasMessageContaining("not valid JSON");
    }

    @Test
    void theBankUsesCalibratedParametersAndKeepsDefaultsForTheRest() {
        ItemBank defaults = ItemBank.of(catalog, Family.ORM, Calibration.none());
        ItemBank calibrated = ItemBank.of(catalog, Family.ORM, calibration);

        assertThat(defaults.item("t0-junior-0").orElseThrow().parameters())
                .isEqualTo(new ItemParameters(1, -1, 0.25));
        assertThat(calibrated.item("t0-junior-0").orElseThrow().parameters())
                .isEqualTo(new ItemParameters(1.4, -1.3, 0.25));
        assertThat(calibrated.item("t1-senior-0").orElseThrow().parameters())
                .isEqualTo(new ItemParameters(0.9, 1.6, 0.25));
        assertThat(calibrated.item("t0-middle-0").orElseThrow().parameters())
                .isEqualTo(new ItemParameters(1, 0, 0.25));
        assertThat(calibrated.prior()).isEqualTo(new PopulationPrior(-0.4, 1.1));
        assertThat(calibrated.calibrationVersion()).isEqualTo(calibration.version());
        assertThat(calibrated.version()).startsWith("orm-").isNotEqualTo(defaults.version());
        assertThat(ItemBank.of(catalog, Family.ORM, Calibration.none()).version()).isEqualTo(defaults.version());
        assertThat(ItemBank.of(catalog, Family.APIS, calibration).size()).isZero();
    }
}
