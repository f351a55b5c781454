package com.jobfuture.coach.platform.telegram;

import com.jobfuture.coach.core.chat.CoachBot;
import com.jobfuture.coach.core.chat.Conversation;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.platform.common.InboundLimiter;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Handles one update taken up by the {@link UpdateIntake}: lets the coach answer, then queues the replies in the
 * outbox and marks the update done, and hands the replies to the sender. The coach's writes and the outbox rows are
 * committed together, once (one fsync, shared with other users' updates): the replies are handed to the sender only
 * after that commit, and a crash before it leaves a prefix of them (in order), so the update is either finished or
 * found unfinished at the next start (the user then gets a notice).
 * Every button press gets answerCallbackQuery; a press on a group message gets the coach's private answer as its
 * toast.
 *
 * <p>Groups: the commands that work in communities and presses on the bot's group messages reach the coach in the
 * group's community conversation (its id is the chat id). For commands mainly for community admins (such as
 * {@code /daily}) the sender's admin rights are asked
 * of Telegram (getChatMember, cached briefly); other group commands and presses say "not an admin" without
 * asking, since nothing they do needs it. Replies for the conversation go to the group; replies for the sender
 * go to their private chat, and if that chat refuses them (they never started the bot) the group gets a short
 * note, replying to their command, instead. Nothing personal is ever posted in a group.
 *
 * <p>A user over the kit's {@link InboundLimiter} is not handled at all (nothing claimed, nothing stored): the
 * first refused message of a window gets the notice, the rest nothing (presses are still answered).
 */
final class UpdateHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateHandler.class);
    private final CoachBot bot;
    private final TelegramOutbox store;
    private final OutboxSender sender;
    private final ReplyRenderer renderer;
    private final UpdateTranslator translator;
    private final GroupAdmins admins;
    private final GroupTexts texts;
    private final InboundLimiter limiter;

    UpdateHandler(CoachBot bot, TelegramOutbox store, OutboxSender sender, ReplyRenderer renderer,
                  UpdateTranslator translator, GroupAdmins admins, GroupTexts texts, InboundLimiter limiter) {
        this.bot = bot;
        this.store = store;
        this.sender = sender;
        this.renderer = renderer;
        this.translator = translator;
        this.admins = admins;
        this.texts = texts;
        this.limiter = limiter;
    }

    /** What the update is to the coach (ignored ones included). */
    Inbound translate(Update update) {
        return translator.translate(update);
    }

    /** The update's receipt, or null for an update that needs none (ignored, or a press answered and nothing else). */
    TelegramOutbox.Receipt receipt(long updateId, Inbound inbound) {
        if (inbound instanceof Inbound.Ignore || inbound instanceof Inbound.AnswerOnly) {
            return null;
        }
        return new TelegramOutbox.Receipt(updateId, chatOf(inbound));
    }

    /** Handles an update whose receipt was written (or that needs none). */
    void handle(Update update, Inbound inbound) {
        if (inbound instanceof Inbound.Ignore ignore) {
            LOG.debug("Ignoring update {}: {}", update.getUpdateId(), ignore.why());
            return;
        }
        if (inbound instanceof Inbound.AnswerOnly answerOnly) {
            sender.answerCallback(answerOnly.callbackId());
            return;
        }
        InboundLimiter.Verdict verdict = senderOf(inbound).map(user -> limiter.check("telegram:" + user))
                .orElse(InboundLimiter.Verdict.HANDLE);
        long updateId = update.getUpdateId();
        if (verdict != InboundLimiter.Verdict.HANDLE) {
            refuse(updateId, inbound, verdict == InboundLimiter.Verdict.NOTIFY);
            return;
        }
        Handled handled = store.deferCommits(() -> answer(updateId, inbound));
        BlockChange change = handled.change();
        if (change != null) {
            if (change.blocked()) {
                sender.blocked(change.chatId());
            } else {
                sender.unblocked(change.chatId());
            }
        }
        sender.enqueueAndDispatch(handled.queued());
        if (handled.toast() != null) {
            sender.answerCallback(((Inbound.GroupPress) inbound).callbackId(), handled.toast().toast(),
                    handled.toast().alert());
        }
    }

    /** What handling an update left to do after its commit. */
    private record Handled(List<QueuedMessage> queued, BlockChange change, ReplyRenderer.PressAnswer toast) {
    }

    private Handled answer(long updateId, Inbound inbound) {
        List<OutgoingMessage> replies = List.of();
        BlockChange change = null;
        ReplyRenderer.PressAnswer toast = null;
        if (inbound instanceof Inbound.Text text) {
            change = unblockIfNeeded(text.chatId());
            replies = renderer.render(bot.handle(Incoming.message(text.user(), text.text())), text.chatId(), null);
        } else if (inbound instanceof Inbound.Press press) {
            sender.answerCallback(press.callbackId());
            change = unblockIfNeeded(press.chatId());
            List<Reply> answer = bot.handle(Incoming.press(press.user(), press.action()));
            replies = renderer.render(answer, press.chatId(), press.originMessageId());
        } else if (inbound instanceof Inbound.GroupCommand command) {
            change = unblockIfNeeded(command.chatId()); // a command from the group: the bot is in it again
            replies = groupCommand(command);
        } else if (inbound instanceof Inbound.GroupPress press) {
            change = unblockIfNeeded(press.chatId());
            List<Reply> answer = bot.handle(Incoming.press(press.user(), community(press.chatId(), false),
                    press.action()));
            toast = renderer.renderPress(answer, press.chatId(), press.userId());
            replies = toast.messages();
        } else if (inbound instanceof Inbound.Note note) {
            replies = renderer.note(note.text(), note.chatId());
        } else if (inbound instanceof Inbound.Membership membership) {
            change = membership.blocked() ? BlockChange.block(membership.chatId())
                    : BlockChange.unblock(membership.chatId());
            if (membership.note() != null) {
                replies = renderer.note(membership.note(), membership.chatId());
            }
        }
        Set<Long> atOnce = new HashSet<>();
        for (OutgoingMessage reply : replies) {
            if (sender.sendsAtOnce(reply.chatId())) {
                atOnce.add(reply.chatId());
            }
        }
        return new Handled(store.complete(updateId, replies, change, atOnce), change, toast);
    }

    /**
     * A user over the inbound limit: nothing is handled or stored; presses are answered (with the notice as a toast
     * if {@code tell}), a private message gets the notice once per window, a group command nothing.
     */
    private void refuse(long updateId, Inbound inbound, boolean tell) {
        String notice = tell ? InboundLimiter.NOTICE : null;
        List<OutgoingMessage> replies = inbound instanceof Inbound.Text text && tell
                ? renderer.note(InboundLimiter.NOTICE, text.chatId()) : List.of();
        // its receipt is marked done (with the notice, if any), so a restart does not take it for an interrupted one
        sender.enqueue(store.complete(updateId, replies, null));
        if (inbound instanceof Inbound.Press press) {
            sender.answerCallback(press.callbackId(), notice, false);
        } else if (inbound instanceof Inbound.GroupPress press) {
            sender.answerCallback(press.callbackId(), notice, false);
        }
        LOG.debug("A {} from a user over the inbound limit was not handled", inbound.getClass().getSimpleName());
    }

    /** The Telegram user who sent the update, for the inbound limit (none for notes and membership changes). */
    private static Optional<Long> senderOf(Inbound inbound) {
        if (inbound instanceof Inbound.Text text) {
            return Optional.of(text.chatId()); // a private chat's id is its user's id
        } else if (inbound instanceof Inbound.Press press) {
            return Optional.of(press.chatId());
        } else if (inbound instanceof Inbound.GroupCommand command) {
            return Optional.of(command.userId());
        } else if (inbound instanceof Inbound.GroupPress press) {
            return Optional.of(press.userId());
        }
        return Optional.empty();
    }

    private List<OutgoingMessage> groupCommand(Inbound.GroupCommand command) {
        OutgoingMessage refused = renderer.note(texts.cannotWriteToYou(), command.chatId()).get(0)
                .replyingTo(command.messageId());
        Optional<Boolean> admin = command.checksAdmin() ? admins.isAdmin(command.chatId(), command.userId())
                : Optional.of(false);
        if (admin.isEmpty()) {
            LOG.warn("Could not ask Telegram whether user {} administers chat {}", command.userId(),
                    command.chatId());
            return renderer.renderForGroup(List.of(Reply.text(texts.adminCheckFailed())), command.chatId(),
                    command.userId(), refused);
        }
        List<Reply> answer = bot.handle(Incoming.message(command.user(), community(command.chatId(), admin.get()),
                command.text()));
        return renderer.renderForGroup(answer, command.chatId(), command.userId(), refused);
    }

    private static Conversation community(long chatId, boolean senderIsAdmin) {
        return Conversation.community(String.valueOf(chatId), senderIsAdmin);
    }

    private BlockChange unblockIfNeeded(long chatId) {
        return sender.isBlocked(chatId) ? BlockChange.unblock(chatId) : null;
    }

    /** The chat owed a notice if the update is cut off by a crash: for a member's group update, their private chat. */
    private static Long chatOf(Inbound inbound) {
        if (inbound instanceof Inbound.Text text) {
            return text.chatId();
        } else if (inbound instanceof Inbound.Press press) {
            return press.chatId();
        } else if (inbound instanceof Inbound.GroupCommand command) {
            return command.userId();
        } else if (inbound instanceof Inbound.GroupPress press) {
            return press.userId();
        } else if (inbound instanceof Inbound.Note note && note.chatId() > 0) {
            return note.chatId();
        } else if (inbound instanceof Inbound.Membership membership && membership.chatId() > 0) {
            return membership.chatId();
        }
        return null; // a group's note: nothing was applied, and the group needs no notice
    }
}
