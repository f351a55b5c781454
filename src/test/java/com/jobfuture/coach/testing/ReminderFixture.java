package com.jobfuture.coach.testing;

import com.jobfuture.coach.core.chat.ChatRequest;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.notify.PrivateAddress;
import com.jobfuture.coach.core.notify.PrivateMessengers;
import com.jobfuture.coach.core.progress.ReviewLogEntry;
import com.jobfuture.coach.core.reminders.ReminderComposer;
import com.jobfuture.coach.core.reminders.ReminderOptions;
import com.jobfuture.coach.core.reminders.ReminderScheduler;
import com.jobfuture.coach.core.review.Rating;
import com.jobfuture.coach.core.review.ReviewCard;
import com.jobfuture.coach.core.settings.SettingChange;
import com.jobfuture.coach.core.settings.SettingsChat;
import com.jobfuture.coach.core.settings.SettingsParser;
import com.jobfuture.coach.core.settings.SettingsService;
import com.jobfuture.coach.storage.JdbcReminderRepository;
import com.jobfuture.coach.storage.JdbcSettingsRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Settings and reminders over {@link CoreFixture}: the settings service and chat, the reminder scheduler and a
 * recording messenger for the {@code test} platform. {@link #restart()} builds a new scheduler on the same
 * database, as a process restart does.
 */
public final class ReminderFixture implements AutoCloseable {
    public static final String PLATFORM = "test";
    public final CoreFixture core;
    public final JdbcSettingsRepository settingsRepository;
    public final JdbcReminderRepository repository;
    public final SettingsService settings;
    public final PrivateMessengers messengers = new PrivateMessengers();
    public final RecordingMessenger messenger;
    public final SettingsChat chat;
    public ReminderOptions options = new ReminderOptions(Duration.ofHours(2), Duration.ofSeconds(10), 500);
    public ReminderScheduler scheduler;

    public ReminderFixture(Path directory) {
        this(new CoreFixture(directory));
    }

    /** Settings and reminders over a core fixture (on SQLite or PostgreSQL). */
    public ReminderFixture(CoreFixture core) {
        this.core = core;
        settingsRepository = new JdbcSettingsRepository(core.database);
        repository = new JdbcReminderRepository(core.database);
        settings = new SettingsService(settingsRepository, core.database, ZoneId.of("UTC"), core.clock);
        messenger = new RecordingMessenger(core.clock);
        messengers.register(PLATFORM, messenger);
        chat = new SettingsChat(settings, messengers, core.clock);
        restart();
    }

    /** A new scheduler over the same database (what a process restart does). */
    public void restart() {
        scheduler = new ReminderScheduler(repository, settings, messengers,
                new ReminderComposer(core.reviews, core.decks), core.database, options, core.clock);
    }

    /** A user of the test platform, by name (their external id is the name). */
    public long user(String name) {
        return core.users.userId(PLATFORM, name, name);
    }

    /** Applies a typed {@code /settings} form for the user, failing the test if it does not parse. */
    public void set(String name, String args) {
        long userId = user(name);
        SettingsParser.Result result = new SettingsParser().parse(args, settings.today(userId));
        if (!(result instanceof SettingsParser.Result.Change change)) {
            throw new AssertionError("/settings " + args + " did not parse: " + result);
        }
        settings.apply(userId, new PrivateAddress(PLATFORM, name), change.change());
    }

    /** Applies a change directly. */
    public void apply(String name, SettingChange change) {
        settings.apply(user(name), new PrivateAddress(PLATFORM, name), change);
    }

    /** The user's {@code /settings …} through the chat feature. */
    public Reply say(String name, String args) {
        ChatUser chatUser = new ChatUser(PLATFORM, name, name, false);
        List<Reply> replies = chat.onCommand(new ChatRequest(user(name), chatUser, false), "settings", args);
        if (replies.size() != 1) {
            throw new AssertionError("expected one reply: " + replies);
        }
        return replies.get(0);
    }

    /** Gives the user {@code count} studied questions that are due at the clock's time (answered a week ago). */
    public void dueReviews(String name, int count) {
        long userId = user(name);
        Instant now = core.clock.instant();
        List<String> ids = core.decks.catalog().questions().stream().map(q -> q.id()).limit(count).toList();
        if (ids.size() < count) {
            throw new AssertionError("the test decks have only " + ids.size() + " questions");
        }
        for (String id : ids) {
            ReviewCard learnt = core.scheduler.review(ReviewCard.newCard(now.minus(Duration.ofDays(7))), Rating.GOOD,
                    now.minus(Duration.ofDays(7))).card();
            core.reviews.saveCard(userId, id, new ReviewCard(com.jobfuture.coach.core.review.CardState.REVIEW, 0,
                    learnt.stability(), learnt.difficulty(), now.minus(Duration.ofHours(1)),
                    now.minus(Duration.ofDays(7))));
        }
    }

    /** Logs an answer of the user at an instant (for streaks), without leaving a due card. */
    public void answeredAt(String name, Instant at) {
        core.reviews.log(new ReviewLogEntry(user(name), "orm-loop-count", Rating.GOOD, true, at));
    }

    @Override
    public void close() {
        core.close();
    }
}
