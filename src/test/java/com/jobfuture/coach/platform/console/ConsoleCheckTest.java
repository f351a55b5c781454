package com.jobfuture.coach.platform.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.app.CoachApplication;
import com.jobfuture.coach.app.Terminal;
import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.testing.CheckDecks;
import com.jobfuture.coach.testing.MutableClock;
import com.jobfuture.coach.testing.TestCoach;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The skill check and the progress card in the console chat: a check interrupted by a restart goes on where it was,
 * its result is private and listed, a retake inside the cooldown is refused, /progress saves the PNG card under
 * files/ and prints its path, and /forget deletes that folder.
 */
class ConsoleCheckTest {
    @TempDir
    Path dir;
    CoachConfig config;
    CoachApplication app;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

    @BeforeEach
    void setUp() {
        config = TestCoach.config(dir);
        CheckDecks.write(config.decks(), "orm");
        app = CoachApplication.start(config, clock);
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void aCheckSurvivesARestartThenTheResultAndTheCardArePrivateAndForgetDeletesTheCard() throws Exception {
        String before = run("/check orm\nb\nc\na\n");
        assertThat(before).contains("Skill check · ORM · question 1", "Skill check · ORM · question 4");
        String question4 = lastQuestion(before);

        app.close();
        app = CoachApplication.start(config, clock);
        clock.advance(Duration.ofMinutes(5));
        String after = run("/check\n" + "a\n".repeat(20) + "/check history\n/check orm\n/progress\n");

        assertThat(after).contains("Your ORM check is still open.\n\n" + question4);
        assertThat(after).contains("Skill check result · ORM\nLevel: ", "% sure it is not", "2 Mar 2026",
                "Only you see this result", "Review · questions 1–");
        assertThat(after).contains("Your skill checks (only you see these), newest first:\n• ORM · ");
        assertThat(after).contains("You took the ORM check on 2 Mar 2026", "next ORM check opens on 9 Mar 2026");
        Matcher saved = Pattern.compile("File saved: (\\S+progress-2026-03-02\\.png)").matcher(after);
        assertThat(saved.find()).as(after).isTrue();
        Path card = Path.of(saved.group(1));
        assertThat(card).startsWith(dir.resolve("files").resolve("console-tester").toAbsolutePath());
        BufferedImage image = ImageIO.read(card.toFile());
        assertThat(image.getWidth()).isEqualTo(960);

        String forget = run("/forget confirm\n/forget\n/forget confirm\n");
        assertThat(forget).contains("deleted all your data");
        assertThat(Files.exists(card)).isFalse();
        assertThat(Files.exists(card.getParent())).isFalse();
    }

    private String run(String script) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        app.startConsole(new Terminal(new BufferedReader(new StringReader(script)),
                new PrintStream(bytes, true, StandardCharsets.UTF_8), false, "tester")).get(60, TimeUnit.SECONDS);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The last check question printed, from its header to its last button. */
    private static String lastQuestion(String out) {
        int start = out.lastIndexOf("Skill check · ORM · question");
        int end = out.indexOf("[4] D", start);
        end = end < 0 ? out.indexOf("[2] B", start) : end;
        return out.substring(start, out.indexOf('\n', end));
    }
}
