package com.jobfuture.coach.testing;

import com.jobfuture.coach.core.chat.ChatRequest;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.Conversation;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.daily.CommunityPublishers;
import com.jobfuture.coach.core.daily.CommunityRef;
import com.jobfuture.coach.core.daily.DailyAnswers;
import com.jobfuture.coach.core.daily.DailyChat;
import com.jobfuture.coach.core.daily.DailyOptions;
import com.jobfuture.coach.core.daily.DailyRenderer;
import com.jobfuture.coach.core.daily.DailyScheduler;
import com.jobfuture.coach.core.daily.QuestionRotation;
import com.jobfuture.coach.core.progress.ReviewRecorder;
import com.jobfuture.coach.storage.JdbcDailyRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

/**
 * The daily feature over {@link CoreFixture}: repository, scheduler, chat and a recording publisher for the
 * {@code test} platform. {@link #restart()} builds new services on the same database, as a process restart does.
 */
public final class DailyFixture implements AutoCloseable {
    public static final String PLATFORM = "test";
    public final CoreFixture core;
    public final JdbcDailyRepository repository;
    public final RecordingPublisher publisher;
    public final CommunityPublishers publishers = new CommunityPublishers();
    public final DailyOptions options = new DailyOptions(Duration.ofHours(2), Duration.ofSeconds(15),
            ZoneId.of("UTC"), Duration.ofHours(8));
    public DailyScheduler scheduler;
    public DailyChat chat;
    private int seed = 1;

    public DailyFixture(Path directory) {
        this(new CoreFixture(directory));
    }

    /** The daily feature over a core fixture (on SQLite or PostgreSQL). */
    public DailyFixture(CoreFixture core) {
        this.core = core;
        repository = new JdbcDailyRepository(core.database);
        publisher = new RecordingPublisher(core.clock);
        publishers.register(PLATFORM, publisher);
        restart();
    }

    /** New scheduler and chat over the same database (what a process restart does). */
    public void restart() {
        DailyRenderer renderer = new DailyRenderer();
        scheduler = new DailyScheduler(repository, core.decks, publishers, core.database,
                new QuestionRotation(new Random(seed++)), renderer, options, core.clock);
        DailyAnswers answers = new DailyAnswers(repository, core.decks,
                new ReviewRecorder(core.reviews, core.scheduler), core.database, renderer, core.clock);
        chat = new DailyChat(repository, scheduler, answers, core.decks, renderer, options, core.clock);
    }

    /** The reference of a test community. */
    public static CommunityRef community(String id) {
        return new CommunityRef(PLATFORM, id);
    }

    /** An admin's /daily command in a community. */
    public Reply admin(String communityId, String args) {
        return command(communityId, "admin", true, args);
    }

    /** A member's /daily command in a community. */
    public Reply member(String communityId, String name, String args) {
        return command(communityId, name, false, args);
    }

    /** A member presses an answer button in a community. */
    public Reply press(String communityId, String name, String action) {
        List<Reply> replies = chat.onAction(request(communityId, name, false), action).orElseThrow();
        return single(replies);
    }

    /** The chat request of a person in a community. */
    public ChatRequest request(String communityId, String name, boolean admin) {
        ChatUser user = new ChatUser(PLATFORM, "ext-" + name, name, false);
        return new ChatRequest(core.user("ext-" + name), user, Conversation.community(communityId, admin), false);
    }

    private Reply command(String communityId, String name, boolean admin, String args) {
        return single(chat.onCommand(request(communityId, name, admin), "daily", args));
    }

    private static Reply single(List<Reply> replies) {
        if (replies.size() != 1) {
            throw new AssertionError("expected one reply: " + replies);
        }
        return replies.get(0);
    }

    @Override
    public void close() {
        core.close();
    }
}
