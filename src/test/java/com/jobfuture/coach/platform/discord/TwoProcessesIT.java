package com.jobfuture.coach.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.platform.discord.fake.BotMessage;
import com.jobfuture.coach.platform.discord.fake.FakeDiscord;
import com.jobfuture.coach.platform.discord.fake.FakeDiscord.Where;
import com.jobfuture.coach.platform.discord.fake.FakeUser;
import com.jobfuture.coach.testing.JarProcess;
import com.jobfuture.coach.testing.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two packaged bot processes on one PostgreSQL database (configured only through the environment: COACH_DB,
 * COACH_DB_USER, COACH_DB_PASSWORD, DISCORD_SHARDS), serving shards 0 and 1 of 2 of one Discord bot: both migrate
 * the new database at the same moment, DMs reach the first and the server's slash commands the second, 200 users'
 * answers are each stored once, and after the second is killed (kill -9) the first still answers.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class TwoProcessesIT {
    static final int USERS = 200;
    @TempDir
    Path dir;
    final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stop() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void twoProcessesOnOnePostgresStoreEveryAnswerOnce() throws Exception {
        try (FakeDiscord fake = FakeDiscord.start()) {
            List<FakeUser> users = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                users.add(fake.addUser("user" + i));
            }
            PostgresServer server = PostgresServer.shared();
            String url = server.newDatabase();
            Path config = Files.writeString(dir.resolve("coach.yaml"), "decks: " + DiscordTestDeck.write(dir) + "\n");
            Map<String, String> env = Map.of("DISCORD_TOKEN", FakeDiscord.TOKEN,
                    "DISCORD_API_URL", fake.restUrl(), "DISCORD_GATEWAY_URL", fake.gatewayUrl(),
                    "COACH_DB", url, "COACH_DB_USER", PostgresServer.USER, "COACH_DB_PASSWORD", server.password());
            Process dms = start(env, config, "0 of 2", "dms");
            Process servers = start(env, config, "1 of 2", "servers");
            Awaitility.await("both shards connected").atMost(90, TimeUnit.SECONDS).pollInterval(200,
                    TimeUnit.MILLISECONDS).until(() -> fake.identifiedShards().equals(Map.of(0, 2, 1, 2)));

            ExecutorService members = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> answers = new ArrayList<>();
                for (int i = 0; i < USERS; i++) {
                    FakeUser user = users.get(i);
                    Where where = i % 2 == 0 ? Where.DM : Where.SERVER;
                    answers.add(members.submit(() -> answerOne(fake, user, where)));
                }
                for (Future<?> answer : answers) {
                    answer.get(3, TimeUnit.MINUTES);
                }
            } finally {
                members.shutdownNow();
            }

            try (Connection c = DriverManager.getConnection(url, PostgresServer.USER, server.password());
                 Statement s = c.createStatement()) {
                assertThat(count(s, "SELECT COUNT(*) FROM review_log")).isEqualTo(USERS);
                assertThat(count(s, "SELECT COUNT(DISTINCT user_id) FROM review_log")).isEqualTo(USERS);
                assertThat(count(s, "SELECT COUNT(*) FROM identities WHERE platform = 'discord'")).isEqualTo(USERS);
                assertThat(count(s, "SELECT COUNT(*) FROM flyway_schema_history WHERE success")).isPositive();
            }

            servers.destroyForcibly(); // kill -9
            assertThat(servers.waitFor(30, TimeUnit.SECONDS)).isTrue();
            FakeUser late = users.get(0);
            fake.slash(late, Where.DM, "progress");
            fake.awaitText(late, "Your progress · 1 answered");
            assertThat(dms.isAlive()).isTrue();
            assertThat(Files.readString(dir.resolve("dms.err"))).contains("shards 0-0 of 2")
                    .doesNotContain(server.password());
            assertThat(Files.readString(dir.resolve("servers.err"))).contains("shards 1-1 of 2");
        }
    }

    /** A user starts a quiz (in a DM or the server) and answers its first question; waits for the verdict. */
    private static void answerOne(FakeDiscord fake, FakeUser user, Where where) {
        fake.slash(user, where, "quiz", Map.of("topic", DiscordTestDeck.TOPIC));
        BotMessage question = fake.awaitText(user, DiscordTestDeck.FIRST_PROMPT);
        fake.click(user, question, "2");
        fake.awaitMessage(user, "the verdict", m -> m.id().equals(question.id()) && m.content().contains("✗"));
    }

    private Process start(Map<String, String> env, Path config, String shards, String name) throws Exception {
        Map<String, String> withShards = new java.util.HashMap<>(env);
        withShards.put("DISCORD_SHARDS", shards);
        Process process = JarProcess.builder(dir, withShards, "--config", config.toString())
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile())
                .start();
        processes.add(process);
        return process;
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
