package com.jobfuture.coach.web;

import java.util.List;
import java.util.Locale;

/**
 * Link-preview robots of chat apps and social sites: they fetch a page when a link is pasted, so their visits are
 * not counted as views (the owner pasting their own link would otherwise count one).
 */
final class PreviewRobots {
    private static final List<String> AGENTS = List.of("telegrambot", "discordbot", "slackbot", "slack-imgproxy",
            "whatsapp", "facebookexternalhit", "twitterbot", "linkedinbot", "skypeuripreview", "mattermost",
            "embedly", "iframely");

    private PreviewRobots() {
    }

    /** Whether the User-Agent is one of the known preview robots (null or empty: no). */
    static boolean isOne(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return false;
        }
        String lower = userAgent.toLowerCase(Locale.ROOT);
        return AGENTS.stream().anyMatch(lower::contains);
    }
}
