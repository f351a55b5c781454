package com.jobfuture.coach.platform.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.app.CoachApplication;
import com.jobfuture.coach.app.Terminal;
import com.jobfuture.coach.core.chat.Attachment;
import com.jobfuture.coach.core.user.Identity;
import com.jobfuture.coach.testing.MutableClock;
import com.jobfuture.coach.testing.TestCoach;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's saved files: one folder per login, a new export replaces older ones, /forget deletes them. */
class ConsoleFilesTest {
    @TempDir
    Path dir;

    @Test
    void forgetDeletesTheExportsTheConsoleSaved() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CoachApplication app = CoachApplication.start(TestCoach.config(dir), clock)) {
            app.startConsole(new Terminal(new BufferedReader(new StringReader("/export\n/forget\n/forget confirm\n")),
                    new PrintStream(bytes, true, StandardCharsets.UTF_8), false, "tester")).get(30, TimeUnit.SECONDS);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        Matcher saved = Pattern.compile("File saved: (\\S+)").matcher(out);
        assertThat(saved.find()).as(out).isTrue();
        Path export = Path.of(saved.group(1));

        assertThat(export.startsWith(dir.resolve("files").toAbsolutePath())).as(export.toString()).isTrue();
        assertThat(export.getFileName().toString()).isEqualTo("interview-coach-data-2026-03-02.json");
        assertThat(export.getParent().getFileName().toString()).isEqualTo("console-tester");
        assertThat(out).contains("deleted all your data");
        assertThat(export).doesNotExist();
        assertThat(export.getParent()).doesNotExist();
    }

    @Test
    void aNewFileReplacesTheAccountsOlderFilesOfTheSameTypeOnly() throws Exception {
        ConsoleFiles files = new ConsoleFiles(dir.resolve("files"));
        Path monday = files.save("dana", json("interview-coach-data-2026-03-02.json"));
        Path card = files.save("dana", new Attachment("card.png", "image/png", new byte[] {1}));
        Path sams = files.save("sam", json("interview-coach-data-2026-03-02.json"));

        Path tuesday = files.save("dana", json("interview-coach-data-2026-03-03.json"));

        assertThat(monday).doesNotExist();
        assertThat(tuesday).exists();
        assertThat(card).exists();
        assertThat(sams).exists();
        files.deleteFor(List.of(new Identity("console", "dana", Instant.EPOCH),
                new Identity("telegram", "sam", Instant.EPOCH)));
        assertThat(tuesday.getParent()).doesNotExist();
        assertThat(sams).as("another platform's account of the same name").exists();
    }

    @Test
    void namesCannotLeaveTheFolder() throws Exception {
        ConsoleFiles files = new ConsoleFiles(dir.resolve("files"));

        Path saved = files.save("..", json("../../escape.json"));

        assertThat(saved.normalize().startsWith(dir.resolve("files"))).as(saved.toString()).isTrue();
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).doesNotContain("escape.json");
    }

    private static Attachment json(String name) {
        return new Attachment(name, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
    }
}
