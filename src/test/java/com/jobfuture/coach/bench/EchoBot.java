package com.jobfuture.coach.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobfuture.coach.platform.common.DaemonThreads;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The reference the coach is measured against: the simplest bot on the same TelegramBots version, with no database
 * and no pacing. Text gets a message back with a button; a press answers the callback and, by turns, edits the
 * pressed message or sends a new one (the mix of the coach's quiz: an edit for the graded answer, a new message for
 * the next question). A 429 is waited out for its retry_after and the request sent again, as a plain bot does.
 */
final class EchoBot implements AutoCloseable {
    private static final String EDIT = "edit";
    private static final String NEW = "new";
    private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(80)).build();
    private final ScheduledExecutorService pollExecutor =
            Executors.newSingleThreadScheduledExecutor(new DaemonThreads("echo-poll"));
    private final ExecutorService workers = Executors.newFixedThreadPool(8, new DaemonThreads("echo-send"));
    private final TelegramBotsLongPollingApplication polling;
    private final OkHttpTelegramClient client;

    EchoBot(String token, TelegramUrl url) throws TelegramApiException {
        client = new OkHttpTelegramClient(http, token, url);
        polling = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> http, () -> pollExecutor);
        LongPollingUpdateConsumer consumer = updates -> updates.forEach(update -> workers.execute(() -> answer(update)));
        polling.registerBot(token, () -> url, offset -> GetUpdates.builder().offset(offset).limit(100).timeout(50)
                .build(), consumer);
    }

    private void answer(Update update) {
        if (update.hasMessage() && update.getMessage().hasText()) {
            long chat = update.getMessage().getChatId();
            call(SendMessage.builder().chatId(chat).text(update.getMessage().getText()).replyMarkup(button(EDIT))
                    .build());
        } else if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
            var query = update.getCallbackQuery();
            call(AnswerCallbackQuery.builder().callbackQueryId(query.getId()).build());
            long chat = query.getMessage().getChatId();
            if (EDIT.equals(query.getData())) {
                call(EditMessageText.builder().chatId(chat).messageId(query.getMessage().getMessageId())
                        .text("edited").replyMarkup(button(NEW)).build());
            } else {
                call(SendMessage.builder().chatId(chat).text("new").replyMarkup(button(EDIT)).build());
            }
        }
    }

    private static InlineKeyboardMarkup button(String data) {
        return new InlineKeyboardMarkup(List.of(new InlineKeyboardRow(
                InlineKeyboardButton.builder().text(data).callbackData(data).build())));
    }

    private <T extends Serializable> void call(BotApiMethod<T> method) {
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                client.execute(method);
                return;
            } catch (TelegramApiRequestException e) {
                Integer wait = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                if (e.getErrorCode() == null || e.getErrorCode() != 429 || wait == null) {
                    return;
                }
                sleep(Duration.ofSeconds(wait));
            } catch (TelegramApiException e) {
                return;
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws Exception {
        polling.close();
        workers.shutdownNow();
        pollExecutor.shutdown();
        workers.awaitTermination(5, TimeUnit.SECONDS);
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
