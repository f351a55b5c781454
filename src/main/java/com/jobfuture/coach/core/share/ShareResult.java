package com.jobfuture.coach.core.share;

import java.util.List;

/** What asking for a new share link did. */
public sealed interface ShareResult {
    /** A new link: {@code token} is shown to the user once and never stored. */
    record Created(ShareLink link, String token) implements ShareResult {
    }

    /** The user already has the most active links allowed; these are they. */
    record LimitReached(List<ShareLink> active) implements ShareResult {
    }
}
