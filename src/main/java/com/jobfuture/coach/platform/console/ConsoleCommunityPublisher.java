package com.jobfuture.coach.platform.console;

import com.jobfuture.coach.core.daily.CommunityMessage;
import com.jobfuture.coach.core.daily.CommunityPublisher;
import com.jobfuture.coach.core.daily.PublishResult;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Posts questions of the day and reveals into the console's simulated communities by printing them; their
 * buttons can then be pressed by number. Printing cannot fail, so every message is {@code Posted}. Thread-safe.
 */
public final class ConsoleCommunityPublisher implements CommunityPublisher {
    /** The platform name the console registers this publisher under. */
    public static final String PLATFORM = "console";
    private final ConsoleChat chat;
    private final AtomicLong messages = new AtomicLong();

    public ConsoleCommunityPublisher(ConsoleChat chat) {
        this.chat = chat;
    }

    @Override
    public PublishResult publish(CommunityMessage message) {
        chat.showPost(message.community().conversationId(), message.reply());
        return new PublishResult.Posted("console-" + messages.incrementAndGet());
    }
}
