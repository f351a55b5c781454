package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.platform.telegram.fake.BotMessage;
import com.jobfuture.coach.platform.telegram.fake.FakeBotApi;
import com.jobfuture.coach.platform.telegram.fake.FakeUser;
import com.jobfuture.coach.testing.JarProcess;
import com.jobfuture.coach.testing.PostgresServer;
import com.jobfuture.coach.testing.TestDecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two packaged bot processes in webhook mode on one PostgreSQL database behind a loopback balancer that alternates
 * each user's updates between them; users take a quiz and send commands while one process is killed (kill -9)
 * mid-run. The survivor takes over the dead one's queued replies and interrupted updates after the grace window
 * (3 s here): every confirmed answer is stored once, and every reply is delivered once or replaced by one notice —
 * none is doubled.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class JarWebhookKillIT {
    private static final int USERS = 40;
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String SECRET = "jar-webhook-kill-secret-0123456789";
    private static final Pattern LISTENING = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+);");
    private static final List<String> NOTICES = List.of(TelegramPlatform.RESTART_NOTICE,
            TelegramPlatform.LOST_NOTICE, TelegramPlatform.SEALED_NOTICE);
    @TempDir
    Path dir;
    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stop() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void afterAKillTheSurvivorDeliversOrNoticesEveryReplyOnceAndEveryAnswerIsStoredOnce() throws Exception {
        PostgresServer server = PostgresServer.shared();
        String url = server.newDatabase();
        try (FakeBotApi fake = new FakeBotApi(Clock.systemUTC()).start();
             AlternatingBalancer balancer = new AlternatingBalancer()) {
            Path config = Files.writeString(dir.resolve("coach.yaml"), "decks: " + TestDecks.write(dir) + "\n");
            Map<String, String> env = Map.of("TELEGRAM_BOT_TOKEN", fake.token(), "TELEGRAM_API_URL", fake.url(),
                    "TELEGRAM_MODE", "webhook", "TELEGRAM_WEBHOOK_SECRET", SECRET,
                    "COACH_PUBLIC_URL", balancer.url(), "TELEGRAM_TAKEOVER_GRACE_SECONDS", "3",
                    "COACH_DB", url, "COACH_DB_USER", PostgresServer.USER, "COACH_DB_PASSWORD", server.password());
            start(env, config, "survivor", balancer);
            Process victim = start(env, config, "victim", balancer);

            List<FakeUser> users = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                users.add(fake.user(9000 + i, "User" + i));
            }
            AtomicInteger finished = new AtomicInteger();
            ExecutorService people = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> runs = new ArrayList<>();
                for (FakeUser user : users) {
                    runs.add(people.submit(() -> {
                        quizThenTwoCommands(fake, user);
                        finished.incrementAndGet();
                    }));
                }
                FakeBotApi.await("a third of the users done", WAIT, () -> finished.get() >= USERS / 3);
                victim.destroyForcibly(); // kill -9 while the others are mid-way
                assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
                for (Future<?> run : runs) {
                    run.get(3, TimeUnit.MINUTES);
                }
            } finally {
                people.shutdownNow();
            }

            try (Connection c = DriverManager.getConnection(url, PostgresServer.USER, server.password());
                 Statement s = c.createStatement()) {
                FakeBotApi.await("every update confirmed, taken over and delivered", WAIT, () ->
                        fake.unconfirmedUpdates() == 0 && count(s, "SELECT COUNT(*) FROM telegram_outbox") == 0
                                && count(s, "SELECT COUNT(*) FROM telegram_updates WHERE state = 'claimed'") == 0);
                int notices = 0;
                int confirmed = 0;
                for (FakeUser user : users) {
                    List<String> texts = fake.messages(user.id()).stream().map(BotMessage::text).toList();
                    List<String> replies = texts.stream().filter(text -> !NOTICES.contains(text)).toList();
                    int noticed = texts.size() - replies.size();
                    notices += noticed;
                    assertThat(texts).as("%s: nothing sent twice", user.firstName()).doesNotHaveDuplicates();
                    assertThat(replies).as("%s: at most one reply per update", user.firstName()).hasSizeLessThanOrEqualTo(3);
                    assertThat(texts).as("%s: each of the 3 updates answered or noticed", user.firstName())
                            .hasSizeGreaterThanOrEqualTo(3);
                    boolean answered = replies.stream().anyMatch(text -> text.contains("✓") || text.contains("✗"));
                    long stored = count(s, "SELECT COUNT(*) FROM review_log r JOIN identities i ON i.user_id = "
                            + "r.user_id WHERE i.platform = 'telegram' AND i.external_id = '" + user.id() + "'");
                    if (answered) {
                        confirmed++;
                        assertThat(stored).as("%s: the confirmed answer stored once", user.firstName()).isEqualTo(1);
                    } else {
                        assertThat(stored).as("%s: an answer never confirmed stored at most once",
                                user.firstName()).isLessThanOrEqualTo(1);
                    }
                }
                assertThat(count(s, "SELECT COUNT(*) FROM review_log"))
                        .isEqualTo(count(s, "SELECT COUNT(DISTINCT user_id) FROM review_log"));
                assertThat(confirmed).as("most answers confirmed").isGreaterThan(USERS / 2);
                String survivorLog = Files.readString(dir.resolve("survivor.err"));
                System.out.printf("JarWebhookKillIT: %d users, %d confirmed answers, %d notices after one kill -9; "
                        + "survivor's take-overs: %s%n", USERS, confirmed, notices, survivorLog.lines()
                        .filter(line -> line.contains("Took over")).map(line -> line.replaceAll(".*Took over", "")).toList());
                assertThat(survivorLog).doesNotContain(server.password(), SECRET);
            }
        }
    }

    /**
     * Starts a quiz, answers its question (if it came), then sends /help and /topics, each time waiting for the
     * next message (a reply or a notice) or a minute.
     */
    private static void quizThenTwoCommands(FakeBotApi fake, FakeUser user) {
        int before = fake.messages(user.id()).size();
        user.send("/quiz orm");
        awaitMore(fake, user, before);
        BotMessage question = fake.messages(user.id()).stream().filter(m -> m.text().startsWith("ORM"))
                .findFirst().orElse(null);
        if (question != null) {
            int shown = fake.messages(user.id()).size();
            user.press(question, "51");
            FakeBotApi.await("the verdict or a notice", WAIT, () -> fake.messages(user.id()).stream()
                    .anyMatch(m -> m.messageId() == question.messageId() && m.edits() > 0)
                    || fake.messages(user.id()).size() > shown);
        }
        for (String command : List.of("/help", "/topics")) {
            int count = fake.messages(user.id()).size();
            user.send(command);
            awaitMore(fake, user, count);
        }
    }

    private static void awaitMore(FakeBotApi fake, FakeUser user, int count) {
        FakeBotApi.await("a message after " + count, WAIT, () -> fake.messages(user.id()).size() > count);
    }

    /** Starts a jar, waits for its web server and puts it behind the balancer. */
    private Process start(Map<String, String> env, Path config, String name, AlternatingBalancer balancer)
            throws Exception {
        Map<String, String> all = new HashMap<>(env);
        Process process = JarProcess.builder(dir, all, "--config", config.toString())
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile())
                .start();
        processes.add(process);
        Path log = dir.resolve(name + ".err");
        FakeBotApi.await(name + "'s web server", Duration.ofSeconds(90), () -> port(log) > 0);
        balancer.addBackend(port(log));
        return process;
    }

    private static int port(Path log) {
        try {
            Matcher listening = LISTENING.matcher(Files.readString(log));
            return listening.find() ? Integer.parseInt(listening.group(1)) : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static long count(Statement s, String sql) {
        try (ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
