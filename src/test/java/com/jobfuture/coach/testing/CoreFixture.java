package com.jobfuture.coach.testing;

import com.jobfuture.coach.core.deck.DeckLoader;
import com.jobfuture.coach.core.deck.DeckRegistry;
import com.jobfuture.coach.core.progress.ProgressService;
import com.jobfuture.coach.core.grading.KeywordGrader;
import com.jobfuture.coach.core.quiz.AnswerGrades;
import com.jobfuture.coach.core.quiz.QuizService;
import com.jobfuture.coach.core.review.FsrsParameters;
import com.jobfuture.coach.core.review.FsrsScheduler;
import com.jobfuture.coach.core.user.UserDirectory;
import com.jobfuture.coach.storage.Database;
import com.jobfuture.coach.storage.JdbcAnswerGradeRepository;
import com.jobfuture.coach.storage.JdbcQuizSessionRepository;
import com.jobfuture.coach.storage.JdbcReviewRepository;
import com.jobfuture.coach.storage.JdbcUserRepository;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The core services over a temporary SQLite file, the test decks and a clock the test moves. */
public final class CoreFixture implements AutoCloseable {
    public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    public final MutableClock clock = new MutableClock(START);
    public final Database database;
    public final DeckRegistry decks;
    public final JdbcReviewRepository reviews;
    public final JdbcQuizSessionRepository sessions;
    public final FsrsScheduler scheduler;
    public final QuizService quiz;
    public final ProgressService progress;
    public final UserDirectory users;
    private int seed = 7;

    public CoreFixture(Path directory) {
        this(directory, TestDecks.write(directory));
    }

    /** The core over the decks in {@code deckFolder} (which must load without problems). */
    public CoreFixture(Path directory, Path deckFolder) {
        this(Database.open(directory.resolve("coach.db")), deckFolder);
    }

    /** The core over an open database (SQLite or PostgreSQL) and the test decks, written into {@code directory}. */
    public static CoreFixture on(Database database, Path directory) {
        return new CoreFixture(database, TestDecks.write(directory));
    }

    private CoreFixture(Database database, Path deckFolder) {
        this.database = database;
        List<com.jobfuture.coach.core.deck.DeckProblem> problems = new ArrayList<>();
        decks = DeckRegistry.load(List.of(deckFolder), new DeckLoader(), problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("test decks have problems: " + problems);
        }
        reviews = new JdbcReviewRepository(database);
        sessions = new JdbcQuizSessionRepository(database);
        scheduler = new FsrsScheduler(FsrsParameters.defaults().withFuzz(false), null);
        quiz = newQuizService();
        progress = new ProgressService(decks, reviews, scheduler, clock, ZoneOffset.UTC);
        users = new UserDirectory(new JdbcUserRepository(database), clock);
    }

    /** A quiz service over this fixture's database, as after a restart (options shuffled from a fixed seed). */
    public QuizService newQuizService() {
        return new QuizService(decks, reviews, sessions, database, scheduler, clock, new Random(seed++),
                new AnswerGrades(new KeywordGrader(), new JdbcAnswerGradeRepository(database)));
    }

    /** A user id for a console identity with this name. */
    public long user(String name) {
        return users.userId("test", name, name);
    }

    @Override
    public void close() {
        database.close();
    }
}
