package com.jobfuture.coach.bench;

import com.jobfuture.coach.app.CoachApplication;
import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.config.DatabaseLocation;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.CoachBot;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.deck.DeckLoadResult;
import com.jobfuture.coach.core.deck.DeckLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Benchmarks of the paths a user waits on, over the shipped decks and a real SQLite file:
 * answering a question (a committed write, fsync included), /progress, and loading all decks.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CoachBenchmarks {

    /** A running coach with one user in the middle of a quiz. */
    @State(Scope.Benchmark)
    public static class RunningCoach {
        Path dir;
        CoachApplication app;
        CoachBot bot;
        ChatUser user = new ChatUser("bench", "1", "Bench", false);
        int operations;

        /** A fresh user every 40 quiz steps, so a user never runs out of new questions mid-measurement. */
        ChatUser nextQuizUser() {
            int round = operations++ / 40;
            if (!user.externalId().equals("q" + round)) {
                user = new ChatUser("bench", "q" + round, "Bench", false);
            }
            return user;
        }

        @Setup(Level.Trial)
        public void start() throws IOException {
            dir = Files.createTempDirectory("coach-bench");
            // durability full, as when the README's figures were taken: every answer waits for its fsync
            CoachConfig config = new CoachConfig(new DatabaseLocation.SqliteFile(dir.resolve("coach.db"),
                    com.jobfuture.coach.storage.Durability.FULL),
                    Path.of("questions"), ZoneOffset.UTC, List.of(), Optional.empty(), Optional.empty(),
                    CoachConfig.PlatformUrls.defaults());
            app = CoachApplication.start(config, Clock.systemUTC());
            bot = app.bot();
        }

        @TearDown(Level.Trial)
        public void stop() {
            app.close();
        }
    }

    /** One quiz step: show a question and answer it with its first button (a committed review for choices). */
    @Benchmark
    public List<Reply> askAndAnswer(RunningCoach coach) {
        ChatUser user = coach.nextQuizUser();
        List<Reply> asked = coach.bot.handle(Incoming.message(user, "/quiz"));
        Reply question = asked.get(asked.size() - 1);
        return coach.bot.handle(Incoming.press(user, question.buttons().get(0).action()));
    }

    /** The /progress report over every topic of the shipped decks. */
    @Benchmark
    public List<Reply> progress(RunningCoach coach) {
        return coach.bot.handle(Incoming.message(coach.user, "/progress"));
    }

    /** Loading and validating every shipped deck (start-up and /reload). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public DeckLoadResult loadDecks() {
        return new DeckLoader().load(List.of(Path.of("questions")));
    }
}
