package com.jobfuture.coach.platform.telegram;

import com.jobfuture.coach.core.chat.Attachment;
import com.jobfuture.coach.core.chat.Button;
import java.io.ByteArrayInputStream;
import java.io.InterruptedIOException;
import java.io.Serializable;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The Bot API requests the adapter makes, each answered with a {@link CallResult} instead of an exception. */
final class BotApi {
    /** Telegram's limit on answerCallbackQuery's text (toast or alert alike). */
    static final int MAX_CALLBACK_TEXT = 200;
    private static final LinkPreviewOptions NO_PREVIEW = LinkPreviewOptions.builder().isDisabled(true).build();
    /** 400 descriptions meaning the chat itself cannot be written to (as opposed to a bad request). */
    private static final List<String> CHAT_GONE = List.of("chat not found", "upgraded to a supergroup",
            "not enough rights to send", "have no rights to send", "chat_write_forbidden", "bot is not a member",
            "bot was kicked", "chat_restricted", "peer_id_invalid");
    private final TelegramClient client;

    BotApi(TelegramClient client) {
        this.client = client;
    }

    /**
     * Sends the message or document, or edits its target; an edit that changes nothing counts as done. Done
     * carries the id of the message sent or edited.
     */
    CallResult deliver(OutgoingMessage message) {
        if (message.document() != null) {
            return sendDocument(message);
        }
        InlineKeyboardMarkup markup = markup(message.keyboard());
        String parseMode = message.html() ? "HTML" : null;
        if (message.isEdit()) {
            CallResult result = call(EditMessageText.builder().chatId(message.chatId())
                    .messageId(message.editMessageId()).text(message.text()).parseMode(parseMode)
                    .replyMarkup(markup).linkPreviewOptions(NO_PREVIEW).build(), ignored -> message.editMessageId());
            if (result instanceof CallResult.Rejected rejected
                    && rejected.reason().contains("message is not modified")) {
                return new CallResult.Done(message.editMessageId());
            }
            return result;
        }
        SendMessage.SendMessageBuilder<?, ?> send = SendMessage.builder().chatId(message.chatId())
                .text(message.text()).parseMode(parseMode).replyMarkup(markup).linkPreviewOptions(NO_PREVIEW);
        if (message.replyTo() != null) {
            send.replyToMessageId(message.replyTo()).allowSendingWithoutReply(true);
        }
        return call(send.build(), Message::getMessageId);
    }

    private CallResult sendDocument(OutgoingMessage message) {
        Attachment file = message.document();
        if (file.mediaType().startsWith("image/")) {
            return sendPhoto(message, file);
        }
        SendDocument.SendDocumentBuilder<?, ?> document = SendDocument.builder().chatId(message.chatId())
                .document(new InputFile(new ByteArrayInputStream(file.content()), file.fileName()));
        if (!message.text().isEmpty()) {
            document.caption(message.text()).parseMode(message.html() ? "HTML" : null);
        }
        if (message.replyTo() != null) {
            document.replyToMessageId(message.replyTo()).allowSendingWithoutReply(true);
        }
        try {
            Message sent = client.execute(document.build());
            return new CallResult.Done(sent == null ? null : sent.getMessageId());
        } catch (TelegramApiValidationException e) {
            return new CallResult.Rejected(400, e.getMessage());
        } catch (TelegramApiRequestException e) {
            return classify(e);
        } catch (TelegramApiException e) {
            return failed(e);
        }
    }

    /** An image (the progress card) goes as a photo, which Telegram shows inline. */
    private CallResult sendPhoto(OutgoingMessage message, Attachment file) {
        SendPhoto.SendPhotoBuilder<?, ?> photo = SendPhoto.builder().chatId(message.chatId())
                .photo(new InputFile(new ByteArrayInputStream(file.content()), file.fileName()));
        if (!message.text().isEmpty()) {
            photo.caption(message.text()).parseMode(message.html() ? "HTML" : null);
        }
        InlineKeyboardMarkup markup = markup(message.keyboard());
        if (markup != null) {
            photo.replyMarkup(markup);
        }
        if (message.replyTo() != null) {
            photo.replyToMessageId(message.replyTo()).allowSendingWithoutReply(true);
        }
        try {
            Message sent = client.execute(photo.build());
            return new CallResult.Done(sent == null ? null : sent.getMessageId());
        } catch (TelegramApiValidationException e) {
            return new CallResult.Rejected(400, e.getMessage());
        } catch (TelegramApiRequestException e) {
            return classify(e);
        } catch (TelegramApiException e) {
            return failed(e);
        }
    }

    /** Stops the button's loading animation; shows nothing. */
    CallResult answerCallback(String callbackQueryId) {
        return answerCallback(callbackQueryId, null, false);
    }

    /** Stops the button's loading animation and shows the text as a toast, or as an alert the user dismisses. */
    CallResult answerCallback(String callbackQueryId, String text, boolean alert) {
        AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> answer = AnswerCallbackQuery.builder()
                .callbackQueryId(callbackQueryId);
        if (text != null && !text.isBlank()) {
            answer.text(text.length() <= MAX_CALLBACK_TEXT ? text : text.substring(0, MAX_CALLBACK_TEXT - 1) + "…");
            if (alert) {
                answer.showAlert(true);
            }
        }
        return call(answer.build());
    }

    /**
     * The user's status in the chat ({@code creator}, {@code administrator}, {@code member}, {@code restricted},
     * {@code left}, {@code kicked}), or empty when Telegram did not say (any failure).
     */
    Optional<String> memberStatus(long chatId, long userId) {
        try {
            ChatMember member = client.execute(GetChatMember.builder().chatId(chatId).userId(userId).build());
            return Optional.ofNullable(member).map(ChatMember::getStatus).map(s -> s.toLowerCase(Locale.ROOT));
        } catch (TelegramApiException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Runs any method and sorts its failure. */
    <T extends Serializable> CallResult call(BotApiMethod<T> method) {
        return call(method, ignored -> null);
    }

    private <T extends Serializable> CallResult call(BotApiMethod<T> method, Function<T, Integer> messageIdOf) {
        try {
            T result = client.execute(method);
            return new CallResult.Done(result == null ? null : messageIdOf.apply(result));
        } catch (TelegramApiValidationException e) {
            return new CallResult.Rejected(400, e.getMessage());
        } catch (TelegramApiRequestException e) {
            return classify(e);
        } catch (TelegramApiException e) {
            return failed(e);
        }
    }

    static CallResult classify(TelegramApiRequestException e) {
        int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
        String reason = e.getApiResponse() == null ? describe(e) : e.getApiResponse();
        if (code == 429) {
            Integer seconds = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            return new CallResult.RetryAfter(Duration.ofSeconds(seconds == null || seconds < 1 ? 1 : seconds));
        }
        Long migratedTo = e.getParameters() == null ? null : e.getParameters().getMigrateToChatId();
        if (migratedTo != null) {
            return new CallResult.Blocked(reason + " (the group is now chat " + migratedTo + ")");
        }
        if (code == 403) {
            return new CallResult.Blocked(reason);
        }
        if (code == 400 && CHAT_GONE.stream().anyMatch(reason.toLowerCase(Locale.ROOT)::contains)) {
            return new CallResult.Blocked(reason);
        }
        if (code == 0 || code >= 500) {
            // 0: no error code, i.e. the answer was not a Bot API envelope (a proxy's error page, a cut body).
            // Either way something answered with an error instead of carrying the request out.
            return new CallResult.Transient(reason, false);
        }
        return new CallResult.Rejected(code, reason);
    }

    /**
     * A request that got no answer: never sent when the connection could not be made, otherwise it may have
     * reached Telegram (a timeout or a connection closed while waiting for the answer).
     */
    private static CallResult failed(TelegramApiException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        boolean neverSent = cause instanceof ConnectException || cause instanceof UnknownHostException
                || cause instanceof NoRouteToHostException
                || (cause instanceof InterruptedIOException
                && String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("connect"));
        return new CallResult.Transient(describe(e), !neverSent);
    }

    private static InlineKeyboardMarkup markup(List<List<Button>> keyboard) {
        if (keyboard.isEmpty()) {
            return null;
        }
        List<InlineKeyboardRow> rows = keyboard.stream().map(row -> new InlineKeyboardRow(row.stream()
                .map(button -> InlineKeyboardButton.builder()
                        .text(button.label().isBlank() ? "•" : button.label())
                        .callbackData(button.action()).build())
                .toList())).toList();
        return new InlineKeyboardMarkup(rows);
    }

    private static String describe(Throwable e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
