package com.jobfuture.coach.platform.fakes;

import java.time.Instant;

/** One request a fake platform received, in the same words for both fakes: what, when (on the fake's clock), answer. */
public interface RecordedCall {
    /** The method as the platform spells it ({@code sendMessage}; Discord: {@code POST}). */
    String method();

    /** When the request arrived, on the fake's clock. */
    Instant at();

    /** The HTTP status answered (0 when the connection was dropped). */
    int status();

    /** True for a successful answer. */
    default boolean ok() {
        return status() >= 200 && status() < 300;
    }
}
