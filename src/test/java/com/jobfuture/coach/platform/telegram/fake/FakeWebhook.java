package com.jobfuture.coach.platform.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The fake's webhook delivery, as Telegram does it once setWebhook is called: every unconfirmed update is POSTed
 * as JSON to the URL with the secret in {@code X-Telegram-Bot-Api-Secret-Token}; a 200 confirms it (it is never
 * sent again), any other answer or a broken connection leaves it queued and it is POSTed again a little later
 * ({@link #RETRY_AFTER}). One chat's updates go one at a time, in order (the next only after the previous was
 * confirmed); different chats' go in parallel. Every POST and its answer are recorded ({@link #posts()}).
 */
final class FakeWebhook implements AutoCloseable {
    static final Duration RETRY_AFTER = Duration.ofMillis(100);

    /** Where the updates the webhook delivers come from. */
    interface Source {
        /** The unconfirmed updates, oldest first (copies). */
        List<ObjectNode> unconfirmed();

        /** Confirms the update (Telegram drops it). */
        void confirm(long updateId);

        /** Waits until an update may have arrived (or {@code millis} passed). */
        void awaitChange(long millis) throws InterruptedException;
    }

    private final Source source;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService posters = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "fake-telegram-webhook");
        thread.setDaemon(true);
        return thread;
    });
    private final Thread loop;
    private final Set<String> chatsInFlight = new HashSet<>();
    private final Map<Long, Long> updateToRetryAt = new HashMap<>();
    private final List<WebhookPost> posts = new ArrayList<>();
    private volatile String url;
    private volatile String secret;
    private volatile boolean closed;

    FakeWebhook(Source source) {
        this.source = source;
        this.loop = new Thread(this::deliver, "fake-telegram-webhook-loop");
        this.loop.setDaemon(true);
        this.loop.start();
    }

    /** setWebhook: from now on updates are POSTed to {@code url} with {@code secret} (null: no header). */
    void set(String newUrl, String newSecret) {
        this.secret = newSecret;
        this.url = newUrl;
    }

    /** deleteWebhook. */
    void delete() {
        this.url = null;
    }

    /** The URL set, or null. */
    String url() {
        return url;
    }

    /** Every POST so far, in the order they were answered. */
    synchronized List<WebhookPost> posts() {
        return List.copyOf(posts);
    }

    private void deliver() {
        while (!closed) {
            try {
                String target = url;
                if (target != null) {
                    for (ObjectNode update : due()) {
                        String targetSecret = secret;
                        posters.execute(() -> post(target, targetSecret, update));
                    }
                }
                source.awaitChange(RETRY_AFTER.toMillis() / 4);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!closed) {
                    throw e;
                }
            }
        }
    }

    /** The first unconfirmed update of each chat with nothing in flight and no retry pending; marks them in flight. */
    private synchronized List<ObjectNode> due() {
        List<ObjectNode> due = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long now = System.nanoTime();
        for (ObjectNode update : source.unconfirmed()) {
            String chat = chatOf(update);
            if (!seen.add(chat) || chatsInFlight.contains(chat)) {
                continue;
            }
            Long retryAt = updateToRetryAt.get(update.path("update_id").asLong());
            if (retryAt != null && retryAt - now > 0) {
                continue;
            }
            chatsInFlight.add(chat);
            due.add(update);
        }
        return due;
    }

    private void post(String target, String targetSecret, ObjectNode update) {
        long updateId = update.path("update_id").asLong();
        int status;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(update.toString()));
            if (targetSecret != null) {
                request.header("X-Telegram-Bot-Api-Secret-Token", targetSecret);
            }
            status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            status = 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = 0;
        }
        if (status == 200) {
            source.confirm(updateId);
        }
        synchronized (this) {
            posts.add(new WebhookPost(updateId, status));
            chatsInFlight.remove(chatOf(update));
            if (status == 200) {
                updateToRetryAt.remove(updateId);
            } else {
                updateToRetryAt.put(updateId, System.nanoTime() + RETRY_AFTER.toNanos());
            }
        }
    }

    /** The chat an update belongs to (its own key when it has none). */
    static String chatOf(JsonNode update) {
        for (String path : List.of("message", "edited_message", "my_chat_member")) {
            JsonNode chat = update.path(path).path("chat").path("id");
            if (chat.canConvertToLong()) {
                return "chat:" + chat.asLong();
            }
        }
        JsonNode pressed = update.path("callback_query").path("message").path("chat").path("id");
        if (pressed.canConvertToLong()) {
            return "chat:" + pressed.asLong();
        }
        return "update:" + update.path("update_id").asLong();
    }

    @Override
    public void close() {
        closed = true;
        loop.interrupt();
        posters.shutdownNow();
    }
}
