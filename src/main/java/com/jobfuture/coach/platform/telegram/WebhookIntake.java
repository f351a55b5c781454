package com.jobfuture.coach.platform.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobfuture.coach.platform.common.KeyedLanes;
import com.jobfuture.coach.platform.common.Webhook;
import java.security.MessageDigest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives updates that Telegram POSTs to the webhook (webhook mode, any number of processes on one database).
 * A request whose {@code X-Telegram-Bot-Api-Secret-Token} is not the secret (compared in constant time) is refused
 * with 401 and nothing is stored. An update's receipt is written as polling writes it (a unique key per update id,
 * inserted if absent) and committed before Telegram gets its 200, so: an update Telegram sends again (its 200 was
 * lost, or another process got it too) finds the receipt and is not handled again; a crash before the commit
 * leaves Telegram without a 200, and it sends the update again. After the 200 the update is handled on its user's
 * lane, as polled updates are, once no earlier update of its chat is unfinished anywhere ({@link ChatTurns}).
 * A JSON update the library cannot read is logged and answered 200 (skipped, as polling skips it).
 */
final class WebhookIntake implements Webhook {
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookIntake.class);
    /** Fields Telegram adds after this library's version are ignored rather than making the update unreadable. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final byte[] secretHash;
    private final TelegramOutbox store;
    private final KeyedLanes lanes;
    private final UpdateHandler handler;
    private final ChatTurns turns;
    private final Executor workers;
    private volatile boolean accepting = true;

    WebhookIntake(String secret, TelegramOutbox store, KeyedLanes lanes, UpdateHandler handler, ChatTurns turns,
                  Executor workers) {
        this.secretHash = TelegramWebhook.sha256(secret);
        this.store = store;
        this.lanes = lanes;
        this.handler = handler;
        this.turns = turns;
        this.workers = workers;
    }

    @Override
    public int receive(Function<String, String> header, byte[] body) {
        String given = header.apply(SECRET_HEADER);
        // both sides hashed first: equal lengths, so the comparison's time says nothing about the secret
        if (given == null || !MessageDigest.isEqual(secretHash, TelegramWebhook.sha256(given))) {
            LOG.warn("Refused a webhook request {}", given == null ? "without the secret token" : "with a wrong secret "
                    + "token");
            return 401;
        }
        if (!accepting) {
            return 503; // stopping: Telegram sends it again, to this process after its restart or to another
        }
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (java.io.IOException e) {
            LOG.warn("Refused a webhook request whose body is not JSON: {}", e.getMessage());
            return 400;
        }
        if (node == null || !node.isObject() || !node.path("update_id").canConvertToLong()) {
            LOG.warn("Refused a webhook request that is not an update (no update_id)");
            return 400;
        }
        long updateId = node.path("update_id").asLong();
        Update update;
        Inbound inbound;
        try {
            update = JSON.treeToValue(node, Update.class);
            inbound = handler.translate(update);
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warn("Skipping update {} that cannot be read: {}", updateId, e.getMessage());
            return 200;
        }
        TelegramOutbox.Receipt receipt = handler.receipt(updateId, inbound);
        boolean fresh;
        try {
            fresh = receipt == null || store.claim(receipt.updateId(), receipt.chatId());
        } catch (RuntimeException e) {
            LOG.error("Could not save the receipt of update {}; Telegram will send it again", updateId, e);
            return 500;
        }
        if (!fresh) {
            LOG.info("Update {} was taken up before (sent again by Telegram); not handling it again", updateId);
            return 200;
        }
        dispatch(update, inbound, receipt);
        return 200;
    }

    private void dispatch(Update update, Inbound inbound, TelegramOutbox.Receipt receipt) {
        long updateId = update.getUpdateId();
        Runnable handle = () -> {
            try {
                handler.handle(update, inbound);
            } catch (RuntimeException e) {
                LOG.error("Failed to handle update {}; it is not retried", updateId, e);
            }
        };
        boolean queued = lanes.submitAsync(UpdateTranslator.laneKey(update), () -> {
            if (receipt == null || receipt.chatId() == null) {
                handle.run();
                return CompletableFuture.completedFuture(null);
            }
            return turns.await(receipt.chatId(), updateId).thenRunAsync(handle, workers);
        });
        if (!queued) {
            LOG.warn("Update {} was taken up while stopping; its user gets a notice at the next start", updateId);
        }
    }

    /** Refuses updates from now on (503: Telegram sends them again, to another process or after the restart). */
    void stopAccepting() {
        accepting = false;
    }
}
