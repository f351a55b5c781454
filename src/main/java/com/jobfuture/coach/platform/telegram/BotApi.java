package com.jobfuture.coach.platform.telegram;

import com.jobfuture.coach.core.chat.Attachment;
import com.jobfuture.coach.core.chat.Button;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The Bot API requests the sender makes, each answered with a {@link CallResult} instead of an exception. */
final class BotApi {
    private static final LinkPreviewOptions NO_PREVIEW = LinkPreviewOptions.builder().isDisabled(true).build();
    private final TelegramClient client;

    BotApi(TelegramClient client) {
        this.client = client;
    }

    /** Sends the message or document, or edits its target; an edit that changes nothing counts as done. */
    CallResult deliver(OutgoingMessage message) {
        if (message.document() != null) {
            return sendDocument(message);
        }
        InlineKeyboardMarkup markup = markup(message.keyboard());
        String parseMode = message.html() ? "HTML" : null;
        if (message.isEdit()) {
            CallResult result = call(EditMessageText.builder().chatId(message.chatId())
                    .messageId(message.editMessageId()).text(message.text()).parseMode(parseMode)
                    .replyMarkup(markup).linkPreviewOptions(NO_PREVIEW).build());
            if (result instanceof CallResult.Rejected rejected
                    && rejected.reason().contains("message is not modified")) {
                return new CallResult.Done();
            }
            return result;
        }
        return call(SendMessage.builder().chatId(message.chatId()).text(message.text()).parseMode(parseMode)
                .replyMarkup(markup).linkPreviewOptions(NO_PREVIEW).build());
    }

    private CallResult sendDocument(OutgoingMessage message) {
        Attachment file = message.document();
        SendDocument.SendDocumentBuilder<?, ?> document = SendDocument.builder().chatId(message.chatId())
                .document(new InputFile(new ByteArrayInputStream(file.content()), file.fileName()));
        if (!message.text().isEmpty()) {
            document.caption(message.text()).parseMode(message.html() ? "HTML" : null);
        }
        try {
            client.execute(document.build());
            return new CallResult.Done();
        } catch (TelegramApiValidationException e) {
            return new CallResult.Rejected(400, e.getMessage());
        } catch (TelegramApiRequestException e) {
            return classify(e);
        } catch (TelegramApiException e) {
            return new CallResult.Transient(describe(e));
        }
    }

    /** Stops the button's loading animation; shows nothing. */
    CallResult answerCallback(String callbackQueryId) {
        return call(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).build());
    }

    /** Runs any method and sorts its failure. */
    <T extends Serializable> CallResult call(BotApiMethod<T> method) {
        try {
            client.execute(method);
            return new CallResult.Done();
        } catch (TelegramApiValidationException e) {
            return new CallResult.Rejected(400, e.getMessage());
        } catch (TelegramApiRequestException e) {
            return classify(e);
        } catch (TelegramApiException e) {
            return new CallResult.Transient(describe(e));
        }
    }

    static CallResult classify(TelegramApiRequestException e) {
        int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
        String reason = e.getApiResponse() == null ? describe(e) : e.getApiResponse();
        if (code == 429) {
            Integer seconds = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            return new CallResult.RetryAfter(Duration.ofSeconds(seconds == null || seconds < 1 ? 1 : seconds));
        }
        if (code == 403) {
            return new CallResult.Blocked(reason);
        }
        if (code == 0 || code >= 500) {
            // 0: no error code, i.e. the answer was not a Bot API envelope (a proxy's error page, a cut body)
            return new CallResult.Transient(reason);
        }
        return new CallResult.Rejected(code, reason);
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
