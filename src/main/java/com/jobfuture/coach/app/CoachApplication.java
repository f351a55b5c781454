package com.jobfuture.coach.app;

import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.core.chat.ChatFeature;
import com.jobfuture.coach.core.chat.CoachBot;
import com.jobfuture.coach.core.daily.DailyAnswerData;
import com.jobfuture.coach.core.daily.DailyScheduler;
import com.jobfuture.coach.core.deck.DeckAdminChat;
import com.jobfuture.coach.core.deck.DeckLoader;
import com.jobfuture.coach.core.deck.DeckProblem;
import com.jobfuture.coach.core.deck.DeckRegistry;
import com.jobfuture.coach.core.jobs.JobsChat;
import com.jobfuture.coach.core.jobs.alerts.JobAlertScheduler;
import com.jobfuture.coach.core.jobs.OwnDataCandidates;
import com.jobfuture.coach.fetch.HttpFeedFetcher;
import com.jobfuture.coach.card.ProgressCardPainter;
import com.jobfuture.coach.core.profile.ProfileCards;
import com.jobfuture.coach.core.profile.ProfileService;
import com.jobfuture.coach.core.progress.ProgressChat;
import com.jobfuture.coach.core.progress.ProgressService;
import com.jobfuture.coach.core.progress.ReviewData;
import com.jobfuture.coach.core.progress.ReviewRecorder;
import com.jobfuture.coach.core.progress.ReviewRepository;
import com.jobfuture.coach.core.grading.AnswerGrader;
import com.jobfuture.coach.core.quiz.AnswerGrades;
import com.jobfuture.coach.core.quiz.QuizChat;
import com.jobfuture.coach.core.quiz.QuizService;
import com.jobfuture.coach.core.quiz.QuizSessionData;
import com.jobfuture.coach.core.review.FsrsParameters;
import com.jobfuture.coach.core.review.FsrsScheduler;
import com.jobfuture.coach.core.settings.SettingsData;
import com.jobfuture.coach.core.settings.SettingsService;
import com.jobfuture.coach.core.share.ShareActivity;
import com.jobfuture.coach.core.share.ShareChat;
import com.jobfuture.coach.core.share.ShareData;
import com.jobfuture.coach.core.share.ShareService;
import com.jobfuture.coach.core.share.ShareTokens;
import com.jobfuture.coach.core.user.DataRightsChat;
import com.jobfuture.coach.core.user.IdentityLinking;
import com.jobfuture.coach.core.user.LinkChat;
import com.jobfuture.coach.core.user.LinkingData;
import com.jobfuture.coach.core.user.UserDataService;
import com.jobfuture.coach.core.user.UserDirectory;
import com.jobfuture.coach.grading.GraderFactory;
import com.jobfuture.coach.platform.ChatPlatform;
import com.jobfuture.coach.platform.console.ConsoleFiles;
import com.jobfuture.coach.platform.common.PlatformTime;
import com.jobfuture.coach.storage.Database;
import com.jobfuture.coach.storage.JdbcAnswerGradeRepository;
import com.jobfuture.coach.storage.JdbcDailyRepository;
import com.jobfuture.coach.storage.JdbcJobAlertRepository;
import com.jobfuture.coach.storage.JdbcJobsCommunityRepository;
import com.jobfuture.coach.storage.JdbcLinkCodeRepository;
import com.jobfuture.coach.storage.JdbcQuizSessionRepository;
import com.jobfuture.coach.storage.JdbcReminderRepository;
import com.jobfuture.coach.storage.JdbcReviewRepository;
import com.jobfuture.coach.storage.JdbcSettingsRepository;
import com.jobfuture.coach.storage.JdbcShareRepository;
import com.jobfuture.coach.storage.JdbcSkillCheckRepository;
import com.jobfuture.coach.storage.JdbcUserRepository;
import com.jobfuture.coach.web.PrometheusMetrics;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that constructs and connects everything: storage, decks, core services, the features (one line
 * each in {@link #start}), the daily and reminder schedulers, the web server for share pages and the chat
 * platforms; then starts and stops them in order. Platforms are given what they need here; nothing asks this class
 * for parts.
 */
public final class CoachApplication implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CoachApplication.class);
    /**
     * How long grading a typed answer waits for the sentence-embedding model while it still loads in the background
     * (it takes a second or two; a user typing an answer takes longer) before grading by keywords instead.
     */
    static final Duration MODEL_WAIT = Duration.ofSeconds(20);
    private final Database database;
    private final CoachBot bot;
    private final List<DeckProblem> deckProblems;
    private final List<ChatPlatform> platforms = new ArrayList<>();
    private final CoachConfig config;
    private final ShareService shares;
    private final ShareWeb web;
    private final DailyModule daily;
    private final JobBoards jobs;
    private final JobAlertsModule alerts;
    private final ReminderModule reminders;
    private final Platforms.Context platformContext;
    private final GraderFactory.Grading grading;
    private boolean closed;

    private record Parts(Database database, DeckRegistry decks, CoachBot bot, List<DeckProblem> deckProblems,
                         ShareService shares, ShareWeb web, DailyModule daily, ReminderModule reminders,
                         JobBoards jobs, JobAlertsModule alerts, GraderFactory.Grading grading) {
    }

    private CoachApplication(Parts parts, CoachConfig config, Clock clock, PlatformTime time) {
        this.database = parts.database();
        this.bot = parts.bot();
        this.deckProblems = List.copyOf(parts.deckProblems());
        this.shares = parts.shares();
        this.web = parts.web();
        this.daily = parts.daily();
        this.jobs = parts.jobs();
        this.alerts = parts.alerts();
        this.reminders = parts.reminders();
        this.grading = parts.grading();
        this.config = config;
        this.platformContext = new Platforms.Context(bot, database, clock, time, daily.publishers(),
                reminders.messengers(), new Platforms.Web(web.webhooks(), web::publicBaseUrl, web::running));
    }

    /** Opens the database, loads the decks and builds the coach (the web server starts with {@link #startWeb}). */
    public static CoachApplication start(CoachConfig config, Clock clock) {
        return start(config, clock, PlatformTime.system());
    }

    /**
     * The same, with the platforms pacing their requests and timing their waits on {@code time} (tests pass a
     * virtual time; production real time).
     */
    public static CoachApplication start(CoachConfig config, Clock clock, PlatformTime time) {
        return start(config, clock, time, ReminderChecks.scheduled());
    }

    /**
     * The same, with the reminder scheduler ticked as {@code reminderChecks} says: by its runner in production, by
     * the test itself with {@link ReminderChecks#byHand()}.
     */
    public static CoachApplication start(CoachConfig config, Clock clock, PlatformTime time,
                                         ReminderChecks reminderChecks) {
        Database database = Databases.open(config.database());
        List<DeckProblem> problems = new ArrayList<>();
        Path deckPath = DeckLocation.resolve(config.decks());
        DeckRegistry decks = DeckRegistry.load(List.of(deckPath), new DeckLoader(), problems);
        for (DeckProblem problem : problems) {
            LOG.warn(problem.isError() ? "Deck problem (skipped): {}" : "Deck warning: {}", problem);
        }
        LOG.info("Loaded {} questions in {} topics from {}", decks.catalog().size(),
                decks.catalog().topics().size(), deckPath.getFileSystem().equals(FileSystems.getDefault())
                        ? deckPath : "the decks inside the jar (no questions/ folder here)");
        PrometheusMetrics metrics = new PrometheusMetrics();
        SecureRandom random = new SecureRandom();
        FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.defaults(), random);
        ReviewRepository reviews = new CountingReviewRepository(new JdbcReviewRepository(database), metrics);
        JdbcQuizSessionRepository sessions = new JdbcQuizSessionRepository(database);
        JdbcUserRepository userRepository = new JdbcUserRepository(database);
        JdbcShareRepository shareRepository = new JdbcShareRepository(database);
        JdbcLinkCodeRepository linkCodes = new JdbcLinkCodeRepository(database);
        JdbcDailyRepository dailyRepository = new JdbcDailyRepository(database);
        JdbcSettingsRepository settingsRepository = new JdbcSettingsRepository(database);
        UserDirectory users = new UserDirectory(userRepository, clock);
        SettingsService settings = new SettingsService(settingsRepository, database, config.timezone(), clock);
        ProgressService progress = new ProgressService(decks, reviews, scheduler, clock, settings);
        JdbcJobAlertRepository alertRepository = new JdbcJobAlertRepository(database);
        ReminderModule reminders = ReminderModule.create(config, decks, reviews, settings,
                new JdbcReminderRepository(database), progress, database, clock, reminderChecks,
                List.of(JobAlertsModule.settingsLine(alertRepository, settings)));
        GraderFactory.Grading grading = GraderFactory.create(config.grading(), MODEL_WAIT, decks::catalog);
        AnswerGrader grader = grading.grader();
        LOG.info("Open answers are graded by {} ({})", grader.name(), config.grading().mode());
        QuizService quiz = new QuizService(decks, reviews, sessions, database, scheduler, clock, random,
                new AnswerGrades(grader, new JdbcAnswerGradeRepository(database)), reminders.plans());
        ReviewRecorder recorder = new ReviewRecorder(reviews, scheduler);
        JdbcSkillCheckRepository checkResults = new JdbcSkillCheckRepository(database);
        SkillCheckModule checks = SkillCheckModule.create(config, decks, checkResults, reviews, recorder, database,
                random, clock);
        ProfileService profiles = new ProfileService(progress, reviews, checkResults, clock, config.timezone());
        ShareService shares = new ShareService(shareRepository, progress, profiles,
                new ShareActivity(reviews, config.timezone()), new ShareTokens(random), database, clock,
                config.timezone(), metrics);
        JobBoards jobs = JobBoards.fromConfig(config.jobs(), new HttpFeedFetcher(config.jobs().feedTimeout()), clock);
        OwnDataCandidates candidates = new OwnDataCandidates(settings, checkResults);
        JobAlertsModule alerts = JobAlertsModule.create(config, jobs.board(), candidates, settings,
                alertRepository, reminders.messengers(), database, clock);
        UserDataService userData = new UserDataService(userRepository, users, List.of(
                new ReviewData(reviews), new QuizSessionData(sessions), new ShareData(shareRepository),
                new LinkingData(linkCodes), new DailyAnswerData(dailyRepository), checks.data(),
                new SettingsData(settings, settingsRepository), reminders.data(), alerts.data()),
                List.of(new ConsoleFiles(Platforms.consoleFileFolder(config))), database, database, clock, metrics);
        IdentityLinking linking = new IdentityLinking(linkCodes, userData, database, random, clock, metrics);
        AtomicReference<String> publicBaseUrl = new AtomicReference<>(
                config.http().publicBaseUrl(config.http().port()));
        DailyModule daily = DailyModule.create(config, decks, dailyRepository, recorder, database, clock);
        List<ChatFeature> features = List.of(
                checks.chat(), // before the quiz: while a check question is open, typed letters answer it
                new QuizChat(quiz, decks, clock),
                new ProgressChat(progress, decks, new ProfileCards(profiles, new ProgressCardPainter())),
                reminders.settingsChat(),
                reminders.planChat(),
                daily.chat(),
                new JobsChat(jobs.board(), candidates, new JdbcJobsCommunityRepository(database),
                        alerts.commands(), clock),
                new ShareChat(shares, publicBaseUrl::get, clock, config.timezone()),
                new LinkChat(linking, userRepository, clock),
                new DataRightsChat(userData, userRepository, clock),
                new DeckAdminChat(decks, config.reloadMaxLoss()));
        CoachBot bot = new CoachBot(users, features, new HashSet<>(config.admins()), metrics);
        ShareWeb web = new ShareWeb(config.http(), shares, metrics, clock, publicBaseUrl,
                config.anyPlatformToken());
        return new CoachApplication(new Parts(database, decks, bot, problems, shares, web, daily, reminders, jobs,
                alerts, grading), config, clock, time);
    }

    /**
     * Starts the web server (share pages, /healthz, /metrics) on the configured address and returns its port. If
     * it cannot start (e.g. the port is taken) the error is logged and the chat goes on without it.
     */
    public OptionalInt startWeb() {
        return web.start();
    }

    /** The base of new share links, such as {@code http://127.0.0.1:8080}. */
    public String publicBaseUrl() {
        return web.publicBaseUrl();
    }

    /** The share links service (the web server's source of pages; tests read links through it). */
    public ShareService shares() {
        return shares;
    }

    /** The coach itself (tests and embedders talk to it directly, as a platform would). */
    public CoachBot bot() {
        return bot;
    }

    /** The question-of-the-day scheduler (tests tick it on their own clock). */
    public DailyScheduler dailyScheduler() {
        return daily.scheduler();
    }

    /**
     * Starts every platform whose token is configured and returns how many started. A platform that fails to
     * start is logged and left out; the others run. Once one runs, questions of the day are posted and reminders
     * sent.
     */
    public synchronized int startPlatforms() {
        Platforms.withTokens(config, platformContext).forEach(this::startPlatform);
        if (!platforms.isEmpty()) {
            startScheduledWork();
            reminders.start();
        }
        return platforms.size();
    }

    /**
     * Starts the console chat on {@code terminal} (with questions of the day in its simulated communities and
     * reminders printed into the chat); the result completes at the end of its input or {@code /quit},
     * exceptionally if reading failed.
     */
    public synchronized CompletableFuture<Void> startConsole(Terminal terminal) {
        ChatPlatform console = Platforms.console(config, terminal, platformContext);
        if (!startPlatform(console)) {
            return CompletableFuture.failedFuture(new IllegalStateException("the console could not start"));
        }
        startScheduledWork();
        reminders.start();
        return console.ended();
    }

    private boolean startPlatform(ChatPlatform platform) {
        try {
            platform.start();
            platforms.add(platform);
            LOG.info("Started {}", platform.name());
            return true;
        } catch (Exception e) {
            LOG.error("Could not start {}: {}", platform.name(), e.getMessage(), e);
            platform.close();
            return false;
        }
    }

    /**
     * Starts posting questions of the day (a check at once, making posts missed while the bot was down within the
     * grace window, then every {@code daily.check_every}) and fetching job sources on their schedules. Called once
     * the publishers are registered.
     */
    private void startScheduledWork() {
        daily.runner().start();
        jobs.refresher().start();
        if (!reminders.checks().isByHand()) {
            alerts.runner().start();
        }
    }

    /**
     * The job alert scheduler (tests whose reminder checks are by hand tick it on their own clock; otherwise its
     * runner does).
     */
    public JobAlertScheduler jobAlerts() {
        return alerts.scheduler();
    }

    /** How many transactions the database committed so far: for load measurements. */
    public long databaseCommits() {
        return database.commits();
    }

    /** How many of those commits were flushed to the disk (one fsync each): for load measurements. */
    public long databaseFlushedCommits() {
        return database.flushedCommits();
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
        jobs.refresher().close();
        alerts.runner().close();
        reminders.close();
        web.close();
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
        grading.close(); // a model still loading must finish first, or ONNX Runtime aborts the exiting JVM
        LOG.info("Stopped");
    }
}
