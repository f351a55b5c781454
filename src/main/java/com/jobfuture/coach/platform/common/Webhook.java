package com.jobfuture.coach.platform.common;

import java.util.function.Function;

/** An endpoint a platform receives pushed events on (HTTP POST), served by the application's web server. */
@FunctionalInterface
public interface Webhook {
    /**
     * Handles one POST: {@code header} looks a request header up by name (null when absent), {@code body} is the
     * whole request body. Returns the HTTP status to answer with (the response has no body).
     */
    int receive(Function<String, String> header, byte[] body);
}
