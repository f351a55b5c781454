package com.jobfuture.coach.app;

import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.core.chat.ChatFeature;
import com.jobfuture.coach.core.chat.CoachBot;
import com.jobfuture.coach.core.deck.DeckAdminChat;
import com.jobfuture.coach.core.deck.DeckLoader;
import com.jobfuture.coach.core.deck.DeckProblem;
import com.jobfuture.coach.core.deck.DeckRegistry;
import com.jobfuture.coach.core.progress.ProgressChat;
import com.jobfuture.coach.core.progress.ProgressService;
import com.jobfuture.coach.core.quiz.QuizChat;
import com.jobfuture.coach.core.quiz.QuizService;
import com.jobfuture.coach.core.review.FsrsParameters;
import com.jobfuture.coach.core.review.FsrsScheduler;
import com.jobfuture.coach.core.user.UserDirectory;
import com.jobfuture.coach.storage.Database;
import com.jobfuture.coach.storage.SqliteQuizSessionRepository;
import com.jobfuture.coach.storage.SqliteReviewRepository;
import com.jobfuture.coach.storage.SqliteUserRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place that constructs and connects everything: storage, decks, core services and the features. */
public final class CoachApplication implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CoachApplication.class);
    private final Database database;
    private final DeckRegistry decks;
    private final CoachBot bot;
    private final List<DeckProblem> deckProblems;
    private final Clock clock;
    private final List<ChatPlatform> platforms = new ArrayList<>();
    private boolean closed;

    private CoachApplication(Database database, DeckRegistry decks, CoachBot bot, List<DeckProblem> deckProblems,
                             Clock clock) {
        this.database = database;
        this.clock = clock;
        this.decks = decks;
        this.bot = bot;
        this.deckProblems = List.copyOf(deckProblems);
    }

    /** Opens the database, loads the decks and builds the coach. */
    public static CoachApplication start(CoachConfig config, Clock clock) {
        Database database = Database.open(config.database());
        List<DeckProblem> problems = new ArrayList<>();
        DeckRegistry decks = DeckRegistry.load(List.of(config.decks()), new DeckLoader(), problems);
        for (DeckProblem problem : problems) {
            LOG.warn("Deck problem (question skipped): {}", problem);
        }
        LOG.info("Loaded {} questions in {} topics from {}", decks.catalog().size(),
                decks.catalog().topics().size(), config.decks());
        FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.defaults(), new SecureRandom());
        SqliteReviewRepository reviews = new SqliteReviewRepository(database);
        QuizService quiz = new QuizService(decks, reviews, new SqliteQuizSessionRepository(database), database,
                scheduler, clock);
        ProgressService progress = new ProgressService(decks, reviews, scheduler, clock, config.timezone());
        List<ChatFeature> features = List.of(
                new QuizChat(quiz, decks, clock),
                new ProgressChat(progress, decks),
                new DeckAdminChat(decks));
        UserDirectory users = new UserDirectory(new SqliteUserRepository(database), clock);
        CoachBot bot = new CoachBot(users, features, new HashSet<>(config.admins()));
        return new CoachApplication(database, decks, bot, problems, clock);
    }

    public CoachBot bot() {
        return bot;
    }

    /** The database, for platform adapters that keep their own state (e.g. Telegram's update offset). */
    public Database database() {
        return database;
    }

    /** The clock everything runs on. */
    public Clock clock() {
        return clock;
    }

    public DeckRegistry decks() {
        return decks;
    }

    /**
     * Starts every platform whose token is configured and returns how many started. A platform that fails to
     * start is logged and left out; the others run.
     */
    public synchronized int startPlatforms(CoachConfig config) {
        for (ChatPlatform platform : Platforms.create(config, this)) {
            try {
                platform.start();
                platforms.add(platform);
                LOG.info("Started {}", platform.name());
            } catch (Exception e) {
                LOG.error("Could not start {}: {}", platform.name(), e.getMessage(), e);
                platform.close();
            }
        }
        return platforms.size();
    }

    /** Problems found in the decks at start (those questions were skipped). */
    public List<DeckProblem> deckProblems() {
        return deckProblems;
    }

    /** Waits for in-flight messages to finish their writes, then closes the database. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (ChatPlatform platform : platforms) {
            try {
                platform.close();
            } catch (RuntimeException e) {
                LOG.warn("Closing {} failed", platform.name(), e);
            }
        }
        try {
            if (!bot.shutdown(10, TimeUnit.SECONDS)) {
                LOG.warn("Some messages were still being handled after 10 s; closing anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        database.close();
        LOG.info("Stopped");
    }
}
