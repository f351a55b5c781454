package com.jobfuture.coach.platform.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;

/** The fake's answer to one request: a result (status 200) or an error with its description and retry_after. */
record FakeAnswer(int status, JsonNode result, String description, Integer retryAfter) {
    static FakeAnswer ok(JsonNode result) {
        return new FakeAnswer(200, result, null, null);
    }

    static FakeAnswer error(int status, String description) {
        return new FakeAnswer(status, null, description, null);
    }
}
