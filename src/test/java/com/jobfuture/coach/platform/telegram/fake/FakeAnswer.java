package com.jobfuture.coach.platform.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fake's answer to one request: a result (status 200) or an error with its description and the parameters
 * Telegram adds to some errors ({@code retry_after} for 429, {@code migrate_to_chat_id} for a group upgraded to
 * a supergroup).
 */
record FakeAnswer(int status, JsonNode result, String description, Integer retryAfter, Long migrateToChatId) {
    FakeAnswer(int status, JsonNode result, String description, Integer retryAfter) {
        this(status, result, description, retryAfter, null);
    }

    static FakeAnswer ok(JsonNode result) {
        return new FakeAnswer(200, result, null, null);
    }

    static FakeAnswer error(int status, String description) {
        return new FakeAnswer(status, null, description, null);
    }
}
