package com.jobfuture.coach.core.skillcheck;

import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.CoachBot;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.progress.ReviewRecorder;
import com.jobfuture.coach.core.quiz.QuizChat;
import com.jobfuture.coach.storage.JdbcSkillCheckRepository;
import com.jobfuture.coach.testing.CheckDecks;
import com.jobfuture.coach.testing.CoreFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The core fixture plus the check decks of ORM and the skill check wired as the application wires it (before the
 * quiz), in a {@link CoachBot}; {@link #restart()} builds the feature again on the same database, as a restarted
 * process would.
 */
final class CheckFixture implements AutoCloseable {
    final CoreFixture core;
    final JdbcSkillCheckRepository repository;
    final ChatUser dana = new ChatUser("test", "dana", "Dana", false);
    SkillCheckService service;
    CoachBot bot;
    private long seed = 7;

    CheckFixture(Path dir) {
        this(dir, null);
    }

    /** Over an open database (SQLite or PostgreSQL); null: a new SQLite file in {@code dir}. */
    CheckFixture(Path dir, com.jobfuture.coach.storage.Database database) {
        try {
            CheckDecks.write(Files.createDirectories(dir.resolve("questions")), "orm");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        core = database == null ? new CoreFixture(dir) : CoreFixture.on(database, dir);
        repository = new JdbcSkillCheckRepository(core.database);
        restart();
    }

    /** A new service, feature and bot over the same database and decks (a restarted process). */
    void restart() {
        CheckPolicy policy = new CheckPolicy(Duration.ofDays(7), CheckPolicy.DEFAULT_RECENT);
        SkillCheckSettings settings = SkillCheckSettings.standard();
        service = new SkillCheckService(new ItemBanks(core.decks, Calibration.none()), core.decks, repository,
                core.reviews, new ReviewRecorder(core.reviews, core.scheduler), core.database, settings, policy,
                new Random(seed++), core.clock);
        bot = new CoachBot(core.users, List.of(new SkillCheckChat(service, settings, policy, ZoneOffset.UTC),
                new QuizChat(core.quiz, core.decks, core.clock)), Set.of());
    }

    List<Reply> say(String text) {
        return bot.handle(Incoming.message(dana, text));
    }

    List<Reply> press(String action) {
        return bot.handle(Incoming.press(dana, action));
    }

    long danaId() {
        return core.user("dana");
    }

    @Override
    public void close() {
        core.close();
    }
}
