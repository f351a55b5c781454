package com.jobfuture.coach.core.common;

/** The bot's own counters, exported on /metrics as {@code <name>_total}. */
public enum CoachCounter {
    MESSAGES_HANDLED("coach_messages_handled", "Messages and button presses handled"),
    ANSWERS_RECORDED("coach_answers_recorded", "Answers saved to the review log"),
    SHARE_LINKS_CREATED("coach_share_link_creations", "Share links created"),
    SHARE_LINKS_REVOKED("coach_share_links_revoked", "Share links revoked by their owner"),
    SHARE_VIEWS("coach_share_views", "Share pages shown"),
    SHARE_NOT_FOUND("coach_share_not_found", "Share page requests for unknown, expired or revoked links"),
    RATE_LIMITED("coach_http_rate_limited", "Web requests refused by the per-address rate limit"),
    IDENTITIES_LINKED("coach_identities_linked", "Identities merged with a /link code"),
    LINK_CODES_REJECTED("coach_link_codes_rejected", "Wrong or expired /link codes entered"),
    DATA_EXPORTS("coach_data_exports", "Data exports sent (/export)"),
    USERS_FORGOTTEN("coach_users_forgotten", "Users whose data was deleted (/forget)");

    private final String metricName;
    private final String description;

    CoachCounter(String metricName, String description) {
        this.metricName = metricName;
        this.description = description;
    }

    /** The metric name without the {@code _total} suffix. */
    public String metricName() {
        return metricName;
    }

    public String description() {
        return description;
    }
}
