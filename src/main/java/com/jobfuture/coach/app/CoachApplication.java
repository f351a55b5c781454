package com.jobfuture.coach.app;

import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.core.chat.ChatFeature;
import com.jobfuture.coach.core.chat.CoachBot;
import com.jobfuture.coach.core.daily.CommunityPublishers;
import com.jobfuture.coach.core.daily.DailyAnswers;
import com.jobfuture.coach.core.daily.DailyChat;
import com.jobfuture.coach.core.daily.DailyOptions;
import com.jobfuture.coach.core.daily.DailyRenderer;
import com.jobfuture.coach.core.daily.DailyRunner;
import com.jobfuture.coach.core.daily.DailyScheduler;
import com.jobfuture.coach.core.daily.QuestionRotation;
import com.jobfuture.coach.core.deck.DeckAdminChat;
import com.jobfuture.coach.core.deck.DeckLoader;
import com.jobfuture.coach.core.deck.DeckProblem;
import com.jobfuture.coach.core.deck.DeckRegistry;
import com.jobfuture.coach.core.jobs.JobBoard;
import com.jobfuture.coach.core.jobs.JobFeed;
import com.jobfuture.coach.core.jobs.JobSource;
import com.jobfuture.coach.core.jobs.JobsChat;
import com.jobfuture.coach.core.jobs.JobsFile;
import com.jobfuture.coach.core.progress.ProgressChat;
import com.jobfuture.coach.core.progress.ProgressService;
import com.jobfuture.coach.core.progress.ReviewRecorder;
import com.jobfuture.coach.core.quiz.QuizChat;
import com.jobfuture.coach.core.quiz.QuizService;
import com.jobfuture.coach.core.review.FsrsParameters;
import com.jobfuture.coach.core.review.FsrsScheduler;
import com.jobfuture.coach.core.user.UserDirectory;
import com.jobfuture.coach.storage.Database;
import com.jobfuture.coach.storage.SqliteDailyRepository;
import com.jobfuture.coach.storage.SqliteQuizSessionRepository;
import com.jobfuture.coach.storage.SqliteReviewRepository;
import com.jobfuture.coach.storage.SqliteUserRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
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
    private final List<ChatPlatform> platforms = new ArrayList<>();
    private final Daily daily;
    private boolean closed;

    /** The question-of-the-day parts adapters and the console need. */
    private record Daily(CommunityPublishers publishers, DailyScheduler scheduler, DailyRunner runner) {
    }

    private CoachApplication(Database database, DeckRegistry decks, CoachBot bot, List<DeckProblem> deckProblems,
                             Daily daily) {
        this.database = database;
        this.decks = decks;
        this.bot = bot;
        this.deckProblems = List.copyOf(deckProblems);
        this.daily = daily;
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
        DailyOptions dailyOptions = new DailyOptions(config.daily().grace(), config.daily().checkEvery(),
                config.timezone(), config.daily().defaultReveal());
        SqliteDailyRepository dailyRepository = new SqliteDailyRepository(database);
        CommunityPublishers publishers = new CommunityPublishers();
        DailyRenderer dailyRenderer = new DailyRenderer();
        DailyScheduler dailyScheduler = new DailyScheduler(dailyRepository, decks, publishers, database,
                new QuestionRotation(new Random()), dailyRenderer, dailyOptions, clock);
        DailyAnswers dailyAnswers = new DailyAnswers(dailyRepository, decks, new ReviewRecorder(reviews, scheduler),
                database, dailyRenderer, clock);
        List<ChatFeature> features = List.of(
                new QuizChat(quiz, decks, clock),
                new ProgressChat(progress, decks),
                new DailyChat(dailyRepository, dailyScheduler, dailyAnswers, decks, dailyRenderer, dailyOptions,
                        clock),
                new JobsChat(jobBoard(config.jobs(), clock)),
                new DeckAdminChat(decks));
        UserDirectory users = new UserDirectory(new SqliteUserRepository(database), clock);
        CoachBot bot = new CoachBot(users, features, new HashSet<>(config.admins()));
        return new CoachApplication(database, decks, bot, problems, new Daily(publishers, dailyScheduler,
                new DailyRunner(dailyScheduler, dailyOptions.checkEvery())));
    }

    private static JobBoard jobBoard(CoachConfig.Jobs jobs, Clock clock) {
        List<JobSource> sources = new ArrayList<>();
        sources.add(new JobsFile(jobs.file()));
        jobs.feedUrl().ifPresent(url -> sources.add(new JobFeed(url, jobs.feedTimeout(), jobs.feedTtl(), clock,
                ForkJoinPool.commonPool())));
        return new JobBoard(sources, jobs.allJobsUrl());
    }

    public CoachBot bot() {
        return bot;
    }

    public DeckRegistry decks() {
        return decks;
    }

    /** Where platform adapters (and the console) register their {@code CommunityPublisher} when they start. */
    public CommunityPublishers communityPublishers() {
        return daily.publishers();
    }

    /** The question-of-the-day scheduler (its runner starts with {@link #startDailyQuestions()}). */
    public DailyScheduler dailyScheduler() {
        return daily.scheduler();
    }

    /**
     * Starts posting questions of the day: a check at once (making posts missed while the bot was down, within
     * the grace window) and then every {@code daily.check_every}. Call it after the publishers are registered.
     */
    public synchronized void startDailyQuestions() {
        daily.runner().start();
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
        if (!platforms.isEmpty()) {
            startDailyQuestions();
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
        daily.runner().close();
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
