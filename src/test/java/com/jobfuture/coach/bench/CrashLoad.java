package com.jobfuture.coach.bench;

import com.jobfuture.coach.platform.common.DaemonThreads;
import com.jobfuture.coach.platform.telegram.fake.ApiCall;
import com.jobfuture.coach.platform.telegram.fake.BotMessage;
import com.jobfuture.coach.platform.telegram.fake.FakeBotApi;
import com.jobfuture.coach.platform.telegram.fake.FakeUser;
import com.jobfuture.coach.testing.JarProcess;
import com.jobfuture.coach.storage.Durability;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * kill -9 under load: the packaged jar serves users of the Telegram fake (Telegram's limits enforced) going through
 * quizzes, and is killed with SIGKILL every few seconds and started again, for a while; then it runs until every
 * user got an answer, and the database is compared with what the users saw. Reports: answers the users saw
 * confirmed but the database lacks (lost), answers recorded more often than users pressed an answer button
 * (duplicated), actions that never got any reply or notice, and how many replies were sent again marked
 * "(sent again)" or replaced by a restart notice. A test-scoped tool run by hand (README "Benchmarks"), not a test.
 */
final class CrashLoad {
    private static final Set<String> REPLIES = Set.of("sendMessage", "editMessageText", "sendDocument");
    private static final long FIRST_USER = 900_000;
    private static final Duration NO_REPLY = Duration.ofSeconds(60);
    private final Path workDir;

    CrashLoad(Path workDir) {
        this.workDir = workDir;
    }

    /** One user's tally; guarded by its own lock. */
    private static final class Tally {
        private final FakeUser user;
        private long waitingSince = -1;
        private boolean answerPress;
        private long action;
        private int answerPresses;
        private int confirmed;
        private int unanswered;

        Tally(FakeUser user) {
            this.user = user;
        }
    }

    /**
     * What a kill left: new messages whose row was marked out (each replaced by a "may have been lost" notice at
     * the restart), how many of them the fake had in fact received (so their notice is false), edits that were out
     * (made again, no notice), and sealed rows (confidential content lost with the process); {@code noticesBefore}:
     * "may have been lost" notices sent before this kill.
     */
    private record AtKill(int outNew, int outNewDelivered, int outEdits, int sealed, long noticesBefore) {
    }

    /** Runs {@code users} for {@code length} with kills, the jar's database at {@code durability}. */
    void run(int users, Duration length, Durability durability) throws Exception {
        System.out.printf(Locale.ROOT, "kill -9 under load, database.durability %s%n", durability.key());
        Path dir = Files.createDirectories(workDir.resolve("crash")).toAbsolutePath();
        for (String name : List.of("coach.db", "coach.db-wal", "coach.db-shm")) {
            Files.deleteIfExists(dir.resolve(name));
        }
        Path config = Files.writeString(dir.resolve("coach.yaml"), "decks: " + Path.of("questions").toAbsolutePath()
                + "\n");
        try (FakeBotApi fake = new FakeBotApi(Clock.systemUTC()).start().enforceTelegramLimits()) {
            Map<String, String> env = Map.of("TELEGRAM_BOT_TOKEN", fake.token(), "TELEGRAM_API_URL", fake.url(),
                    "COACH_DB", dir.resolve("coach.db").toString(), "COACH_DB_DURABILITY", durability.key(),
                    "COACH_LOG_LEVEL", "WARN");
            Map<Long, Tally> chatToTally = new ConcurrentHashMap<>();
            ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, new DaemonThreads("crash-users"));
            boolean[] acting = {true};
            fake.listen(call -> {
                Tally tally = call.ok() && call.chatId() != null && REPLIES.contains(call.method())
                        ? chatToTally.get(call.chatId()) : null;
                if (tally != null) {
                    replied(tally, call, timer, fake, acting);
                }
            });
            for (int i = 0; i < users; i++) {
                FakeUser user = fake.user(FIRST_USER + i, "User" + i);
                Tally tally = new Tally(user);
                chatToTally.put(user.id(), tally);
                timer.schedule(() -> act(tally, timer, fake, acting), ThreadLocalRandom.current().nextInt(1000),
                        TimeUnit.MILLISECONDS);
            }
            int kills = 0;
            List<AtKill> atKills = new ArrayList<>();
            long end = System.nanoTime() + length.toNanos();
            int callsAtStart = fake.calls().size();
            Process bot = start(dir, env, config, 0);
            while (System.nanoTime() < end) {
                awaitPolling(fake, bot); // killed 2–5 s after it serves, not while it is still starting
                Thread.sleep(ThreadLocalRandom.current().nextLong(2000, 5001));
                bot.destroyForcibly(); // SIGKILL
                bot.waitFor();
                atKills.add(atKill(dir, fake, callsAtStart));
                kills++;
                callsAtStart = fake.calls().size();
                bot = start(dir, env, config, kills);
            }
            synchronized (acting) {
                acting[0] = false;
            }
            waitForQuiet(fake, chatToTally);
            bot.destroy(); // SIGTERM
            boolean stopped = bot.waitFor(30, TimeUnit.SECONDS);
            timer.shutdownNow();
            report(dir, fake, chatToTally, kills, length, stopped ? bot.exitValue() : -1);
            reportKills(atKills, lostNotices(fake));
        }
    }

    private static void act(Tally tally, ScheduledExecutorService timer, FakeBotApi fake, boolean[] acting) {
        synchronized (acting) {
            if (!acting[0]) {
                return;
            }
        }
        List<BotMessage> messages = fake.messages(tally.user.id());
        BotMessage last = messages.isEmpty() ? null : messages.get(messages.size() - 1);
        String data = last == null || last.buttons().isEmpty() ? null : last.buttons().get(0).callbackData();
        long thisAction;
        synchronized (tally) {
            thisAction = ++tally.action;
            tally.waitingSince = System.nanoTime();
            tally.answerPress = data != null && (data.startsWith("quiz:q:") || data.startsWith("quiz:rate:"));
            if (tally.answerPress) {
                tally.answerPresses++;
            }
        }
        if (data == null) {
            tally.user.send("/quiz");
        } else {
            tally.user.pressData(last.messageId(), data);
        }
        timer.schedule(() -> {
            synchronized (tally) {
                if (tally.action != thisAction || tally.waitingSince < 0) {
                    return;
                }
                tally.waitingSince = -1;
                tally.unanswered++;
            }
            act(tally, timer, fake, acting);
        }, NO_REPLY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void replied(Tally tally, ApiCall call, ScheduledExecutorService timer, FakeBotApi fake,
                                boolean[] acting) {
        String text = call.params().path("text").asText("");
        synchronized (tally) {
            if (tally.waitingSince < 0) {
                return;
            }
            tally.waitingSince = -1;
            if (tally.answerPress && (text.contains("✓ Right: ") || text.contains("✗ Not quite.")
                    || text.contains("Saved."))) {
                tally.confirmed++;
            }
        }
        timer.schedule(() -> act(tally, timer, fake, acting), ThreadLocalRandom.current().nextLong(100, 400),
                TimeUnit.MILLISECONDS);
    }

    /** Reads the dead process's outbox (before the restart) and compares the rows that were out with what the fake received
     * from that process (a reply repeated word for word within one run would count as received). */
    private static AtKill atKill(Path dir, FakeBotApi fake, int callsAtStart) throws Exception {
        List<ApiCall> all = fake.calls();
        List<ApiCall> received = all.subList(Math.min(callsAtStart, all.size()), all.size()).stream()
                .filter(ApiCall::ok).filter(call -> call.chatId() != null).toList();
        int outNew = 0;
        int delivered = 0;
        int edits = 0;
        int sealed = 0;
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("coach.db"));
             PreparedStatement select = db.prepareStatement("SELECT chat_id, text, edit_message_id, sealed, "
                     + "in_flight FROM telegram_outbox WHERE in_flight = 1 OR sealed = 1");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long chat = rows.getLong(1);
                String text = rows.getString(2);
                rows.getLong(3);
                boolean edit = !rows.wasNull();
                if (rows.getInt(4) == 1) {
                    sealed++;
                } else if (edit) {
                    edits++;
                } else {
                    outNew++;
                    boolean arrived = received.stream().anyMatch(call -> call.chatId() == chat
                            && !call.method().startsWith("edit") && (text.equals(call.params().path("text").asText(null))
                            || text.equals(call.params().path("caption").asText(null))));
                    if (arrived) {
                        delivered++;
                    }
                }
            }
        }
        return new AtKill(outNew, delivered, edits, sealed, lostNotices(fake));
    }

    private static long lostNotices(FakeBotApi fake) {
        return fake.calls("sendMessage").stream().filter(ApiCall::ok)
                .filter(call -> call.params().path("text").asText("").startsWith("A reply may have been lost"))
                .count();
    }

    private static void reportKills(List<AtKill> kills, long noticesAtEnd) {
        System.out.printf(Locale.ROOT, "%nper kill: new replies out (replaced by a notice at restart) / of which "
                + "the fake had received (false notices) / notices sent after the restart / edits out (made again) "
                + "/ confidential rows lost%n");
        int out = 0;
        int falseOnes = 0;
        for (int i = 0; i < kills.size(); i++) {
            AtKill kill = kills.get(i);
            long nextNotices = i + 1 < kills.size() ? kills.get(i + 1).noticesBefore() : noticesAtEnd;
            System.out.printf(Locale.ROOT, "  kill %d: %d / %d / %d / %d / %d%n", i + 1, kill.outNew(),
                    kill.outNewDelivered(), nextNotices - kill.noticesBefore(), kill.outEdits(), kill.sealed());
            out += kill.outNew();
            falseOnes += kill.outNewDelivered();
        }
        System.out.printf(Locale.ROOT, "in all: %d replies out at a kill, %d of them had arrived (false notices)%n",
                out, falseOnes);
    }

    private static Process start(Path dir, Map<String, String> env, Path config, int run) throws Exception {
        return JarProcess.builder(dir, env, "--config", config.toString())
                .redirectOutput(dir.resolve("run-" + run + ".out").toFile())
                .redirectError(dir.resolve("run-" + run + ".err").toFile())
                .start();
    }

    /** Waits (up to 30 s) until the process polls: its first getUpdates after the calls made so far. */
    private static void awaitPolling(FakeBotApi fake, Process bot) throws InterruptedException {
        int before = fake.calls("getUpdates").size();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (bot.isAlive() && fake.calls("getUpdates").size() == before && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    /** Waits until no user waits for a reply and Telegram has nothing unconfirmed (at most two minutes). */
    private static void waitForQuiet(FakeBotApi fake, Map<Long, Tally> chatToTally) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            boolean waiting = chatToTally.values().stream().anyMatch(tally -> {
                synchronized (tally) {
                    return tally.waitingSince >= 0;
                }
            });
            if (!waiting && fake.unconfirmedUpdates() == 0) {
                Thread.sleep(3000); // what is still queued goes out
                return;
            }
            Thread.sleep(200);
        }
    }

    private static void report(Path dir, FakeBotApi fake, Map<Long, Tally> chatToTally, int kills, Duration length,
                               int exitCode) throws Exception {
        int lost = 0;
        int duplicated = 0;
        int confirmed = 0;
        int presses = 0;
        int recorded = 0;
        int unanswered = 0;
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("coach.db"));
             PreparedStatement count = db.prepareStatement("SELECT COUNT(*) FROM review_log r JOIN identities i "
                     + "ON i.user_id = r.user_id WHERE i.platform = 'telegram' AND i.external_id = ?")) {
            for (Tally tally : chatToTally.values()) {
                count.setString(1, String.valueOf(tally.user.id()));
                int inDatabase;
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    inDatabase = rows.getInt(1);
                }
                synchronized (tally) {
                    lost += Math.max(0, tally.confirmed - inDatabase);
                    duplicated += Math.max(0, inDatabase - tally.answerPresses);
                    confirmed += tally.confirmed;
                    presses += tally.answerPresses;
                    unanswered += tally.unanswered;
                }
                recorded += inDatabase;
            }
        }
        List<ApiCall> sends = new ArrayList<>(fake.calls("sendMessage"));
        long sentAgain = sends.stream().filter(ApiCall::ok)
                .filter(call -> call.params().path("text").asText("").contains("(sent again)")).count();
        long notices = sends.stream().filter(ApiCall::ok)
                .filter(call -> call.params().path("text").asText("").startsWith("Sorry — I restarted")).count();
        long lostNotices = sends.stream().filter(ApiCall::ok)
                .filter(call -> call.params().path("text").asText("").startsWith("A reply may have been lost"))
                .count();
        System.out.printf(Locale.ROOT, "%nkill -9 2–5 s after each start began polling, for %d s: %d kills, %d users%n",
                length.toSeconds(), kills,
                chatToTally.size());
        System.out.printf(Locale.ROOT, "answers pressed %d, confirmed to users %d, in the database %d%n", presses,
                confirmed, recorded);
        System.out.printf(Locale.ROOT, "confirmed answers lost: %d; answers recorded more often than pressed: %d; "
                + "actions left with no reply or notice: %d%n", lost, duplicated, unanswered);
        System.out.printf(Locale.ROOT, "replies sent again marked \"(sent again)\": %d; replies in flight at a kill "
                + "replaced by \"a reply may have been lost\": %d; \"restarted while handling\" notices: %d; 429s "
                + "from the limits: %d; last run's exit status on SIGTERM: %d%n", sentAgain, lostNotices, notices,
                fake.refusedByLimits(), exitCode);
    }
}
