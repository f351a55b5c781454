package com.jobfuture.coach.platform.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.app.CoachApplication;
import com.jobfuture.coach.app.ReminderChecks;
import com.jobfuture.coach.app.Terminal;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.notify.DeliveryResult;
import com.jobfuture.coach.core.notify.PrivateAddress;
import com.jobfuture.coach.core.notify.PrivateMessage;
import com.jobfuture.coach.core.notify.Priority;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.platform.common.PlatformTime;
import com.jobfuture.coach.testing.MutableClock;
import com.jobfuture.coach.testing.TestCoach;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.io.StringReader;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reminders printed into an open console chat when due, and their buttons pressed by number: the console started
 * as the application starts it, its messenger registered by the console platform itself.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReminderConsoleTest {
    @TempDir
    Path dir;
    CoachApplication app;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final PipedWriter keyboard = new PipedWriter();
    final ReminderChecks checks = ReminderChecks.byHand();
    CompletableFuture<Void> ended;

    @BeforeEach
    void setUp() throws IOException {
        app = CoachApplication.start(TestCoach.config(dir), clock, PlatformTime.system(), checks);
        ended = app.startConsole(new Terminal(new BufferedReader(new PipedReader(keyboard)),
                new PrintStream(bytes, true, StandardCharsets.UTF_8), false, "tester"));
    }

    @AfterEach
    void tearDown() throws Exception {
        keyboard.close();
        ended.get(10, TimeUnit.SECONDS);
        app.close();
    }

    @Test
    void aDueReminderIsPrintedWhileTheChatIsOpenAndItsButtonsWork() throws Exception {
        type("/settings timezone Europe/Berlin");
        type("/settings reminders 18:30");
        waitForOutput("Reminders on: every day at 18:30 (Europe/Berlin)");
        type("/quiz security");
        type("Cross-site request forgery");                     // right (typed, as options are shuffled)
        waitForOutput("Saved.");

        clock.set(Instant.parse("2026-03-02T17:30:00Z"));       // 18:30 in Berlin
        assertThat(checks.tick().sent()).isEqualTo(1);
        waitForOutput("── message from the coach ──\n1 review due, about 1 minute.");
        assertThat(output()).contains("[1] Start\n[2] Turn off reminders");
        type("1");                                              // Start: the due review comes first
        waitForOutput("What does the CSRF token protect against?", output().indexOf("── message from the coach"));

        assertThat(checks.tick().handled()).isZero(); // one a day
        type("/settings");
        waitForOutput("Reminders: on at 18:30 · next check tomorrow 18:30");
    }

    @Test
    void theTurnOffButtonOfAPrintedReminder() throws Exception {
        type("/settings reminders 10:00");
        waitForOutput("Reminders on");
        type("/quiz security");
        type("Cross-site request forgery");
        waitForOutput("Saved.");
        clock.set(Instant.parse("2026-03-02T10:00:00Z"));
        checks.tick();
        waitForOutput("[2] Turn off reminders");

        type("2");

        waitForOutput("Reminders off. Turn them on again any time: /settings reminders 10:00.");
    }

    @Test
    void theConsoleDeliversOnlyToItsOwnUser() throws Exception {
        ConsoleChat chat = new ConsoleChat(app.bot(), new ChatUser("console", "tester", "tester", true),
                new BufferedReader(new StringReader("")), new PrintStream(bytes, true, StandardCharsets.UTF_8), false,
                dir.resolve("files"));
        DeliveryResult other = new ConsolePrivateMessenger(chat).send(new PrivateMessage(
                new PrivateAddress("console", "someone-else"), Reply.text("hi"), "k", Priority.LOW))
                .toCompletableFuture().get();

        assertThat(other).isInstanceOf(DeliveryResult.NotDelivered.class);
        assertThat(output()).doesNotContain("── message from the coach");
    }

    private void type(String line) throws IOException {
        keyboard.write(line + "\n");
        keyboard.flush();
    }

    private void waitForOutput(String text) throws InterruptedException {
        waitForOutput(text, 0);
    }

    /** Waits until {@code text} is printed after position {@code from} of the output. */
    private void waitForOutput(String text, int from) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (output().indexOf(text, from) < 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not printed within 30 s: " + text + "\n--- output ---\n" + output());
            }
            Thread.sleep(20);
        }
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
