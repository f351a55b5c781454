package com.jobfuture.coach.platform.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobfuture.coach.platform.fakes.RecordedCall;
import java.time.Instant;

/**
 * One request the fake received: the method (as the Bot API spells it), its parameters, the chat it was about
 * (if any), when it arrived, and the HTTP status answered (0 when the connection was dropped).
 */
public record ApiCall(String method, JsonNode params, Long chatId, Instant at, int status, String description)
        implements RecordedCall {
    @Override
    public boolean ok() {
        return status == 200;
    }
}
