package com.jobfuture.coach.platform.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobfuture.coach.core.chat.CoachBot;
import com.jobfuture.coach.core.chat.CommandSpec;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.daily.CommunityPublishers;
import com.jobfuture.coach.core.notify.PrivateMessengers;
import com.jobfuture.coach.platform.ChatPlatform;
import com.jobfuture.coach.platform.common.DaemonThreads;
import com.jobfuture.coach.platform.common.InboundLimiter;
import com.jobfuture.coach.platform.common.KeyedLanes;
import com.jobfuture.coach.platform.common.PlatformTime;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScope;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllGroupChats;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllPrivateChats;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The coach on Telegram: long polling (or, in webhook mode, updates POSTed to the web server) in, a durable outbox
 * out. The coach works in private chats; in groups the
 * bot runs the question of the day and answers /jobs (other commands get a pointer to the private chat), it posts
 * the questions of the day through its {@link TelegramCommunityPublisher} and sends reminders to private chats
 * through its {@link TelegramPrivateMessenger}. See docs/telegram.md.
 */
public final class TelegramPlatform implements ChatPlatform {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramPlatform.class);
    private static final Duration OFFSET_MAX_AGE = Duration.ofHours(24);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);
    private static final int UPDATE_THREADS = 4;
    private static final int SEND_THREADS = 8;
    private static final Duration ADMIN_CACHE_TTL = Duration.ofMinutes(1);
    private static final long ADMIN_CACHE_SIZE = 10_000;
    private static final Duration PUBLISH_TIMEOUT = Duration.ofMinutes(1);
    /** How long a reminder may wait its turn behind replies before it is reported as not delivered. */
    private static final Duration PRIVATE_MESSAGE_TIMEOUT = Duration.ofMinutes(2);
    /** The updates a webhook asks for: those the adapter handles. */
    static final List<String> WEBHOOK_UPDATES = List.of("message", "callback_query", "my_chat_member");
    private static final int SET_WEBHOOK_ATTEMPTS = 5;
    /** 1, 2, 4, 8 s between setWebhook attempts. */
    private static final RetryPolicy SET_WEBHOOK_BACKOFF =
            new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(8), SET_WEBHOOK_ATTEMPTS);
    /** Receipts of finished updates older than this are forgotten in webhook mode (Telegram retries within a day). */
    private static final Duration RECEIPT_MAX_AGE = Duration.ofHours(25);
    static final String RESTART_NOTICE = "Sorry — I restarted while I was handling your last message, so it may "
            + "not have been applied. Please send it again, or /next to see where your quiz stands.";
    static final String LOST_NOTICE = "A reply may have been lost — I restarted while sending it. If something "
            + "seems missing, send your last message again (or /next in a quiz).";
    static final String SEALED_NOTICE = "Sorry — I restarted while sending you a private link, code or file. I "
            + "don't keep those on disk, so it may not have arrived: please ask again (/share, /link or /export).";
    private final CoachBot bot;
    private final TelegramOptions options;
    private final PlatformTime time;
    private final TelegramOutbox store;
    private final CommunityPublishers publishers;
    private final PrivateMessengers messengers;
    private final ReplyRenderer renderer = new ReplyRenderer(new ReplyFormatter());
    private final Optional<TelegramWebhook> webhook;
    private final Clock clock;
    private WebhookIntake webhookIntake;
    private ChatTurns turns;
    private ExecutorService webhookWorkers;
    private volatile String botUsername = "";
    private OkHttpClient sendHttp;
    private OkHttpClient pollHttp;
    private ScheduledExecutorService pollExecutor;
    private ScheduledExecutorService liveness;
    private OutboxSender sender;
    private KeyedLanes lanes;
    private UpdateIntake intake;
    private TelegramBotsLongPollingApplication polling;
    private boolean closed;

    /**
     * The adapter; {@code clock} is the coach's (what the store records), {@code time} what sends are paced and
     * waits timed by (Telegram's limits are in seconds that pass). Once started it registers its publisher of
     * questions of the day in {@code publishers} and its private messenger (reminders) in {@code messengers}.
     */
    public TelegramPlatform(CoachBot bot, TelegramOutbox outbox, TelegramOptions options, Clock clock,
                            PlatformTime time, CommunityPublishers publishers, PrivateMessengers messengers) {
        this(bot, outbox, options, clock, time, publishers, messengers, Optional.empty());
    }

    /** The same; with a {@code webhook}, updates come to the web server instead of being polled. */
    public TelegramPlatform(CoachBot bot, TelegramOutbox outbox, TelegramOptions options, Clock clock,
                            PlatformTime time, CommunityPublishers publishers, PrivateMessengers messengers,
                            Optional<TelegramWebhook> webhook) {
        this.webhook = webhook;
        this.clock = clock;
        this.bot = bot;
        this.options = options;
        this.time = time;
        this.publishers = publishers;
        this.messengers = messengers;
        this.store = outbox;
    }

    @Override
    public String name() {
        return "telegram";
    }

    /** The bot's @username as getMe reported it (empty before start). */
    public String botUsername() {
        return botUsername;
    }

    /**
     * Checks the token (getMe), sets the command menus, recovers what an earlier run left behind (notices for
     * interrupted updates, the outbox), starts polling (or serves the webhook and sets it) and registers the publisher of questions of the day and the
     * private messenger.
     */
    @Override
    public synchronized void start() throws TelegramApiException {
        sendHttp = new OkHttpClient.Builder().retryOnConnectionFailure(false)
                .connectTimeout(Duration.ofSeconds(10)).readTimeout(options.requestTimeout())
                .writeTimeout(options.requestTimeout()).build();
        OkHttpTelegramClient client = new OkHttpTelegramClient(sendHttp, options.token(), options.apiUrl());
        User me = client.execute(new GetMe());
        botUsername = me.getUserName() == null ? "" : me.getUserName();
        LOG.info("Telegram bot @{} ({}) connecting to {}://{}:{}", botUsername, me.getId(),
                options.apiUrl().getSchema(), options.apiUrl().getHost(), options.apiUrl().getPort());
        BotApi api = new BotApi(client);
        setMenu(api, privateMenu(bot.commands()), new BotCommandScopeAllPrivateChats());
        setMenu(api, groupMenu(bot.commands()), new BotCommandScopeAllGroupChats());

        sender = new OutboxSender(api, store, new SendLimiter(options.limits(), time::nanoTime), options.retry(),
                time, SEND_THREADS);
        store.beat();
        List<QueuedMessage> owed = store.enqueue(notices(store.takeOver(LOST_NOTICE, options.takeOverGrace())));
        // this process's rows: those just taken over and their notices; secrets rendered again are in memory only
        sender.start(owed.stream().filter(queued -> queued.message().confidential()).toList());
        startLiveness();

        lanes = new KeyedLanes("telegram-update", UPDATE_THREADS);
        UpdateHandler handler = new UpdateHandler(bot, store, sender, renderer,
                new UpdateTranslator(() -> botUsername, bot.commands()),
                new GroupAdmins(api, ADMIN_CACHE_TTL, ADMIN_CACHE_SIZE), new GroupTexts(() -> botUsername,
                bot.commands()), InboundLimiter.standard(time::nanoTime));
        if (webhook.isPresent()) {
            startWebhook(client, handler, webhook.get());
        } else {
            startPolling(handler);
        }
        publishers.register(name(), new TelegramCommunityPublisher(sender, renderer, PUBLISH_TIMEOUT));
        messengers.register(name(), new TelegramPrivateMessenger(sender, renderer, PRIVATE_MESSAGE_TIMEOUT));
    }

    /**
     * The messages owed for what was taken over from a stopped process (logged), in the order they are owed:
     * lost confidential messages (rendered again by the coach from their reference, or a notice when it is gone or
     * named none), then notices of interrupted updates.
     */
    private List<OutgoingMessage> notices(TelegramOutbox.Recovery recovery) {
        if (recovery.lost() > 0) {
            LOG.warn("{} message(s) were being sent when a bot process stopped; they may or may not have arrived, "
                    + "so their users get a notice instead", recovery.lost());
        }
        if (!recovery.isEmpty()) {
            LOG.info("Took over {} queued message(s), {} interrupted update(s) and {} private link(s), code(s) or "
                    + "file(s) to render again of a stopped bot process", recovery.taken().size(),
                    recovery.interruptedChats().size(), recovery.reissues().size());
        }
        List<OutgoingMessage> notices = new ArrayList<>();
        Set<Long> noticed = new HashSet<>();
        for (TelegramOutbox.Reissue lost : recovery.reissues()) {
            Optional<Reply> again = bot.reissue(lost.secret());
            if (again.isPresent()) {
                notices.addAll(renderer.render(List.of(again.get()), lost.chatId(), null));
            } else if (noticed.add(lost.chatId())) {
                notices.addAll(renderer.note(SEALED_NOTICE, lost.chatId()));
            }
        }
        for (long chatId : recovery.sealedChats()) {
            if (noticed.add(chatId)) {
                notices.addAll(renderer.note(SEALED_NOTICE, chatId));
            }
        }
        for (long chatId : recovery.interruptedChats()) {
            notices.addAll(renderer.note(RESTART_NOTICE, chatId));
        }
        return notices;
    }

    /**
     * Beats on a timer (a third of the grace window) and, on the same timer, takes over what processes that
     * stopped beating left behind: their queued replies go out from here, their interrupted updates get notices.
     * Real time, as the heartbeats it compares are written on the coach's clock.
     */
    private void startLiveness() {
        Duration every = options.takeOverGrace().dividedBy(3);
        if (every.toMillis() < 100) {
            every = Duration.ofMillis(100);
        }
        liveness = Executors.newSingleThreadScheduledExecutor(new DaemonThreads("telegram-liveness"));
        liveness.scheduleWithFixedDelay(() -> {
            try {
                store.beat();
                TelegramOutbox.Recovery recovery = store.takeOver(LOST_NOTICE, options.takeOverGrace());
                if (!recovery.isEmpty()) {
                    sender.enqueue(recovery.taken());
                    sender.enqueue(store.enqueue(notices(recovery)));
                }
            } catch (RuntimeException e) {
                LOG.warn("Telegram heartbeat or take-over failed; trying again", e);
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Webhook mode: serves the endpoint on the web server, then asks Telegram to post updates there (with the
     * secret; retried, since every process of the bot does the same at its start). No getUpdates.
     */
    private void startWebhook(OkHttpTelegramClient client, UpdateHandler handler, TelegramWebhook hook)
            throws TelegramApiException {
        int forgotten = store.forgetFinishedBefore(clock.instant().minus(RECEIPT_MAX_AGE));
        LOG.debug("Forgot {} receipt(s) of updates finished over a day ago", forgotten);
        turns = new ChatTurns(store);
        webhookWorkers = Executors.newFixedThreadPool(UPDATE_THREADS, new DaemonThreads("telegram-webhook"));
        webhookIntake = new WebhookIntake(hook.secret(), store, lanes, handler, turns, webhookWorkers);
        hook.routes().register(hook.path(), webhookIntake);
        SetWebhook set = SetWebhook.builder().url(hook.url()).secretToken(hook.secret())
                .allowedUpdates(WEBHOOK_UPDATES).build();
        TelegramApiException last = null;
        for (int attempt = 1; attempt <= SET_WEBHOOK_ATTEMPTS; attempt++) {
            try {
                client.execute(set);
                last = null;
                break;
            } catch (TelegramApiException e) {
                last = e;
                LOG.warn("setWebhook failed (attempt {} of {}): {}", attempt, SET_WEBHOOK_ATTEMPTS, e.getMessage());
                if (attempt < SET_WEBHOOK_ATTEMPTS) {
                    try {
                        time.sleep(SET_WEBHOOK_BACKOFF.delayAfter(attempt));
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        throw e;
                    }
                }
            }
        }
        if (last != null) {
            throw last;
        }
        LOG.info("Telegram webhook set: updates come to {} (the path holds a hash of the secret)", hook.path());
        // a clean stop in webhook mode keeps no offset: Telegram holds what it could not deliver and sends it later
        pollExecutor = Executors.newSingleThreadScheduledExecutor(new DaemonThreads("telegram-receipts"));
        pollExecutor.scheduleAtFixedRate(() -> {
            try {
                store.forgetFinishedBefore(clock.instant().minus(RECEIPT_MAX_AGE));
            } catch (RuntimeException e) {
                LOG.warn("Could not forget old update receipts", e);
            }
        }, 1, 1, TimeUnit.HOURS);
    }

    private void startPolling(UpdateHandler handler) throws TelegramApiException {
        long startOffset = store.offset(OFFSET_MAX_AGE).orElse(0);
        intake = new UpdateIntake(startOffset, store, lanes, handler, options.pollTimeout());
        pollHttp = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
                .readTimeout(options.pollTimeout().plusSeconds(20)).writeTimeout(Duration.ofSeconds(30)).build();
        pollExecutor = Executors.newSingleThreadScheduledExecutor(new DaemonThreads("telegram-poll"));
        polling = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> pollHttp, () -> pollExecutor,
                PollBackOff::new);
        BotSession session = polling.registerBot(options.token(), options::apiUrl, intake, intake);
        LOG.info("Telegram polling started at offset {} (running: {})", startOffset, session.isRunning());
    }

    /**
     * Stops polling, lets updates in flight finish, saves the offset and stops the sender; unsent replies stay in
     * the outbox for the next start. Idempotent; safe after a failed start.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        publishers.unregister(name());
        messengers.unregister(name());
        if (intake != null) {
            intake.stopAccepting();
        }
        if (webhookIntake != null) {
            webhookIntake.stopAccepting(); // the webhook stays set: other processes of the bot go on receiving
            webhook.ifPresent(hook -> hook.routes().unregister(hook.path()));
        }
        if (polling != null) {
            try {
                polling.close(); // no new polls; a long poll in flight ends by itself, its updates not taken up
            } catch (Exception e) {
                LOG.warn("Stopping Telegram polling failed", e);
            }
        }
        if (pollExecutor != null) {
            // Not interrupted or cancelled: the library logs that as an error. Its thread is a daemon, so a long
            // poll still waiting never holds up the JVM's exit; what it returns stays unconfirmed for next start.
            pollExecutor.shutdown();
        }
        if (lanes != null && !lanes.close(CLOSE_WAIT)) {
            LOG.warn("Telegram updates still being handled after {}; they will be redelivered", CLOSE_WAIT);
        }
        if (turns != null) {
            turns.close();
        }
        if (webhookWorkers != null) {
            webhookWorkers.shutdown();
        }
        if (intake != null) {
            try {
                intake.saveOffset();
            } catch (RuntimeException e) {
                LOG.warn("Could not save the Telegram offset; updates since the last poll will be checked again", e);
            }
        }
        if (liveness != null) {
            liveness.shutdownNow();
        }
        if (sender != null) {
            sender.close(CLOSE_WAIT);
            try {
                store.retire(); // what is left in the outbox is taken over at once by another process or the next run
            } catch (RuntimeException e) {
                LOG.warn("Could not mark this bot process stopped; others take over its rows after the grace", e);
            }
        }
        shutdown(pollHttp);
        shutdown(sendHttp);
        LOG.info("Telegram stopped");
    }

    private static void setMenu(BotApi api, List<BotCommand> menu, BotCommandScope scope) {
        CallResult result = api.call(SetMyCommands.builder().commands(menu).scope(scope).build());
        if (!(result instanceof CallResult.Done)) {
            LOG.warn("setMyCommands for {} failed ({}); that command menu may be out of date", scope.getType(),
                    result);
        }
    }

    /**
     * The private chats' menu: the coach's commands except those that only work in communities (they just
     * explain themselves there, so they would be menu entries that do nothing).
     */
    static List<BotCommand> privateMenu(List<CommandSpec> commands) {
        return menu(commands.stream().filter(spec -> spec.place() != CommandSpec.Place.COMMUNITY).toList());
    }

    /** The groups' menu: the commands that work in communities, and help. */
    static List<BotCommand> groupMenu(List<CommandSpec> commands) {
        List<BotCommand> menu = new ArrayList<>(menu(commands.stream().filter(CommandSpec::worksInCommunities)
                .toList()));
        menu.add(new BotCommand(CoachBot.HELP, "what I do in this group"));
        return menu;
    }

    /** The command menu: every command for everyone (not bot admins only), as Telegram's BotCommand. */
    static List<BotCommand> menu(List<CommandSpec> commands) {
        List<BotCommand> menu = new ArrayList<>();
        for (CommandSpec help : commands) {
            if (!help.isPublic() || !help.name().matches("[a-z0-9_]{1,32}")) {
                continue;
            }
            String description = help.summary().length() > 256 ? help.summary().substring(0, 255) + "…"
                    : help.summary();
            menu.add(new BotCommand(help.name(), description.length() < 3 ? help.usage() : description));
        }
        return menu;
    }

    private static void shutdown(OkHttpClient http) {
        if (http != null) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
