package com.jobfuture.coach.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.profile.ActivityHeatmap;
import com.jobfuture.coach.core.progress.AreaStats;
import com.jobfuture.coach.core.profile.CandidateProfile;
import com.jobfuture.coach.core.profile.ProfileArea;
import com.jobfuture.coach.core.profile.SkillLevel;
import com.jobfuture.coach.core.skillcheck.LevelConfidence;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The /progress card drawn headless with the bundled font; saved under target/screenshots/ to look at. */
class ProgressCardPainterTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 4); // a Wednesday

    @Test
    void drawsAreasLevelsBarsAndTheHeatmapAsAPng() throws Exception {
        CandidateProfile profile = profile();

        byte[] png = new ProgressCardPainter().paint(profile);

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(ProgressCardPainter.WIDTH);
        assertThat(image.getHeight()).isBetween(700, 1100);
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(shots.resolve("progress-card.png"), png);
        // The ORM row (the third) has a 61% bar: blue well inside it, grey near its end.
        int barX = 590;
        int barWidth = ProgressCardPainter.WIDTH - 40 - barX - 60;
        int ormBarY = 150 + 44 + 2 * 66 + 32;
        assertThat(rgb(image, barX + (int) (barWidth * 0.5), ormBarY)).isEqualTo(0x2563eb);
        assertThat(rgb(image, barX + (int) (barWidth * 0.8), ormBarY)).isEqualTo(0xe5e7eb);
        // Today's cell (last column, Wednesday row) holds the busiest day: the darkest colour.
        int heatTop = 150 + 44 + 6 * 66 + 40;
        int cellX = 40 + 48 + 11 * 26 + 11;
        int cellY = heatTop + 44 + 2 * 26 + 11;
        assertThat(rgb(image, cellX, cellY)).isEqualTo(0x1e3a8a);
        // Thursday of this week lies in the future: no square is drawn there.
        assertThat(rgb(image, cellX, cellY + 26)).isEqualTo(0xffffff);
    }

    @Test
    void aProfileWithNothingYetStillDraws() throws Exception {
        List<ProfileArea> areas = new ArrayList<>();
        for (Family family : Family.values()) {
            areas.add(new ProfileArea(family, new AreaStats(0, 0, 40, 0, 0), Optional.empty()));
        }
        LocalDate first = ActivityHeatmap.firstDayFor(TODAY);
        List<Integer> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(TODAY); d = d.plusDays(1)) {
            days.add(0);
        }
        byte[] png = new ProgressCardPainter().paint(new CandidateProfile(TODAY, areas, 0, 0, 0,
                new ActivityHeatmap(first, TODAY, days)));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(ProgressCardPainter.WIDTH);
        Files.write(Files.createDirectories(Path.of("target", "screenshots")).resolve("progress-card-empty.png"), png);
    }

    static CandidateProfile profile() {
        List<ProfileArea> areas = List.of(
                new ProfileArea(Family.PYTHON, new AreaStats(0.34, 6, 30, 7, 10), Optional.empty()),
                new ProfileArea(Family.FUNDAMENTALS, new AreaStats(0.78, 60, 81, 17, 20),
                        Optional.of(level(Family.FUNDAMENTALS, Level.SENIOR, 0.96))),
                new ProfileArea(Family.ORM, new AreaStats(0.61, 45, 90, 15, 20),
                        Optional.of(new SkillLevel(Family.ORM, Level.MIDDLE, List.of(
                                new LevelConfidence(List.of(Level.JUNIOR), 0.93),
                                new LevelConfidence(List.of(Level.SENIOR), 0.91)), TODAY.minusDays(2), 12,
                                "orm-3f9a1c2b7d"))),
                new ProfileArea(Family.APIS, new AreaStats(0.22, 10, 50, 4, 10),
                        Optional.of(level(Family.APIS, Level.JUNIOR, 0.94))),
                new ProfileArea(Family.PRODUCTION, new AreaStats(0.05, 2, 34, 1, 2), Optional.empty()),
                new ProfileArea(Family.SECURITY, new AreaStats(0, 0, 11, 0, 0), Optional.empty()));
        LocalDate first = ActivityHeatmap.firstDayFor(TODAY);
        List<Integer> days = new ArrayList<>();
        int i = 0;
        for (LocalDate d = first; !d.isAfter(TODAY); d = d.plusDays(1), i++) {
            days.add(d.equals(TODAY) ? 24 : (i * 7 % 5 == 0 ? 0 : (i * 13) % 19));
        }
        return new CandidateProfile(TODAY, areas, 412, 6, 18, new ActivityHeatmap(first, TODAY, days));
    }

    private static SkillLevel level(Family family, Level level, double sure) {
        List<Level> others = java.util.Arrays.stream(Level.values()).filter(l -> l != level).toList();
        return new SkillLevel(family, level, List.of(new LevelConfidence(others, sure)), TODAY.minusDays(9), 10,
                family.id() + "-0a1b2c3d4e");
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xffffff;
    }
}
