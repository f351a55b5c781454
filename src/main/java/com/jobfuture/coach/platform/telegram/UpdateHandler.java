package com.jobfuture.coach.platform.telegram;

import com.jobfuture.coach.core.chat.CoachBot;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.core.chat.Reply;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Handles one update: claims it (so it is never handled twice), lets the coach answer, then commits the
 * replies to the outbox and marks the update done in one transaction, and hands the replies to the sender.
 * Every button press gets answerCallbackQuery.
 */
final class UpdateHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateHandler.class);
    private final CoachBot bot;
    private final TelegramStore store;
    private final OutboxSender sender;
    private final ReplyRenderer renderer;
    private final UpdateTranslator translator;

    UpdateHandler(CoachBot bot, TelegramStore store, OutboxSender sender, ReplyRenderer renderer,
                  UpdateTranslator translator) {
        this.bot = bot;
        this.store = store;
        this.sender = sender;
        this.renderer = renderer;
        this.translator = translator;
    }

    void handle(Update update) {
        Inbound inbound = translator.translate(update);
        if (inbound instanceof Inbound.Ignore ignore) {
            LOG.debug("Ignoring update {}: {}", update.getUpdateId(), ignore.why());
            return;
        }
        if (inbound instanceof Inbound.AnswerOnly answerOnly) {
            sender.answerCallback(answerOnly.callbackId());
            return;
        }
        long updateId = update.getUpdateId();
        if (!store.claim(updateId, chatOf(inbound))) {
            LOG.info("Update {} was taken up before (redelivered after a restart); not handling it again", updateId);
            return;
        }
        List<OutgoingMessage> replies = List.of();
        BlockChange change = null;
        if (inbound instanceof Inbound.Text text) {
            change = unblockIfNeeded(text.chatId());
            replies = renderer.render(bot.handle(Incoming.message(text.user(), text.text())), text.chatId(), null);
        } else if (inbound instanceof Inbound.Press press) {
            sender.answerCallback(press.callbackId());
            change = unblockIfNeeded(press.chatId());
            List<Reply> answer = bot.handle(Incoming.press(press.user(), press.action()));
            replies = renderer.render(answer, press.chatId(), press.originMessageId());
        } else if (inbound instanceof Inbound.Note note) {
            replies = renderer.note(note.text(), note.chatId());
        } else if (inbound instanceof Inbound.Membership membership) {
            change = membership.blocked() ? BlockChange.block(membership.chatId())
                    : BlockChange.unblock(membership.chatId());
        }
        List<QueuedMessage> queued = store.complete(updateId, replies, change);
        if (change != null) {
            if (change.blocked()) {
                sender.blocked(change.chatId());
            } else {
                sender.unblocked(change.chatId());
            }
        }
        sender.enqueue(queued);
    }

    private BlockChange unblockIfNeeded(long chatId) {
        return sender.isBlocked(chatId) ? BlockChange.unblock(chatId) : null;
    }

    private static Long chatOf(Inbound inbound) {
        if (inbound instanceof Inbound.Text text) {
            return text.chatId();
        } else if (inbound instanceof Inbound.Press press) {
            return press.chatId();
        } else if (inbound instanceof Inbound.Note note) {
            return note.chatId();
        } else if (inbound instanceof Inbound.Membership membership) {
            return membership.chatId();
        }
        return null;
    }
}
