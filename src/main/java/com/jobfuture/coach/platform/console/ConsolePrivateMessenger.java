package com.jobfuture.coach.platform.console;

import com.jobfuture.coach.core.notify.DeliveryResult;
import com.jobfuture.coach.core.notify.PrivateMessage;
import com.jobfuture.coach.core.notify.PrivateMessenger;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Delivers messages the coach starts (reminders) to the console's user by printing them into the open chat; their
 * buttons can then be pressed by number. Printing is immediate, so the answer is at once. Another console user (an
 * earlier run under another name) is not here: {@code NotDelivered}. Thread-safe.
 */
public final class ConsolePrivateMessenger implements PrivateMessenger {
    private final ConsoleChat chat;

    public ConsolePrivateMessenger(ConsoleChat chat) {
        this.chat = chat;
    }

    @Override
    public CompletionStage<DeliveryResult> send(PrivateMessage message) {
        if (!message.to().platform().equals(ConsoleCommunityPublisher.PLATFORM)
                || !message.to().externalId().equals(chat.user().externalId())) {
            return CompletableFuture.completedFuture(new DeliveryResult.NotDelivered(message.to()
                    + " is not the user of this console"));
        }
        chat.showMessage(message.reply());
        return CompletableFuture.completedFuture(new DeliveryResult.Delivered());
    }
}
