package com.jobfuture.coach.platform.console;

import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.CoachBot;
import com.jobfuture.coach.core.daily.CommunityPublishers;
import com.jobfuture.coach.core.notify.PrivateMessengers;
import com.jobfuture.coach.platform.ChatPlatform;
import com.jobfuture.coach.platform.common.DaemonThreads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;

/**
 * The coach as a chat in the terminal, as a platform like the others: started by the application, its
 * {@link ConsoleCommunityPublisher} registered for the simulated communities and its
 * {@link ConsolePrivateMessenger} for reminders printed into the open chat, and {@link #ended()} completed at the
 * end of input or {@code /quit} (exceptionally if reading failed). The operator is a bot admin.
 */
public final class ConsolePlatform implements ChatPlatform {
    private final ConsoleSettings settings;
    private final CoachBot bot;
    private final CommunityPublishers publishers;
    private final PrivateMessengers messengers;
    private final CompletableFuture<Void> ended = new CompletableFuture<>();

    public ConsolePlatform(ConsoleSettings settings, CoachBot bot, CommunityPublishers publishers,
                           PrivateMessengers messengers) {
        this.settings = settings;
        this.bot = bot;
        this.publishers = publishers;
        this.messengers = messengers;
    }

    @Override
    public String name() {
        return ConsoleCommunityPublisher.PLATFORM;
    }

    /** Registers the publisher and the messenger, and starts reading input on its own (daemon) thread. */
    @Override
    public synchronized void start() {
        ChatUser operator = new ChatUser(ConsoleCommunityPublisher.PLATFORM, settings.userName(),
                settings.userName(), true);
        ConsoleChat chat = new ConsoleChat(bot, operator, settings.in(), settings.out(), settings.interactive(),
                settings.fileFolder());
        publishers.register(name(), new ConsoleCommunityPublisher(chat));
        messengers.register(name(), new ConsolePrivateMessenger(chat));
        Thread reader = new DaemonThreads("console").newThread(() -> {
            try {
                chat.run();
                ended.complete(null);
            } catch (IOException e) {
                ended.completeExceptionally(new UncheckedIOException(e));
            } catch (RuntimeException e) {
                ended.completeExceptionally(e);
            }
        });
        reader.start();
    }

    @Override
    public CompletableFuture<Void> ended() {
        return ended;
    }

    /**
     * Stops posting and printing reminders to the console; a read in progress ends with the process (the thread
     * is a daemon).
     */
    @Override
    public synchronized void close() {
        publishers.unregister(name());
        messengers.unregister(name());
    }
}
