package com.jobfuture.coach.web;

import java.time.Clock;
import java.util.List;

/**
 * The web server's rate limits: per visitor (their address, read through trusted proxies by {@code addresses}) on
 * every page, and per share link on its page, so neither one visitor nor many visitors of one link can flood it.
 */
record WebLimits(RateLimiter perVisitor, RateLimiter perLink, ClientAddresses addresses) {
    /** Requests a visitor may make at once, and per minute after that. */
    static final int VISITOR_BURST = 30;
    static final int VISITOR_PER_MINUTE = 30;
    /** Views one link may get at once from all visitors together, and per minute after that. */
    static final int LINK_BURST = 60;
    static final int LINK_PER_MINUTE = 60;

    /** The production limits, believing {@code X-Forwarded-For} from {@code trustedProxies} only. */
    static WebLimits standard(Clock clock, List<String> trustedProxies) {
        return new WebLimits(new RateLimiter(VISITOR_BURST, VISITOR_PER_MINUTE, clock),
                new RateLimiter(LINK_BURST, LINK_PER_MINUTE, clock), new ClientAddresses(trustedProxies));
    }
}
