package com.jobfuture.coach.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Chat apps' link-preview robots are recognised by their User-Agent, browsers are not. */
class PreviewRobotsTest {
    @Test
    void previewRobotsAreRecognisedAndBrowsersAreNot() {
        assertThat(PreviewRobots.isOne("TelegramBot (like TwitterBot)")).isTrue();
        assertThat(PreviewRobots.isOne("Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)")).isTrue();
        assertThat(PreviewRobots.isOne("Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)")).isTrue();
        assertThat(PreviewRobots.isOne("WhatsApp/2.23.20.0")).isTrue();
        assertThat(PreviewRobots.isOne("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/120.0 Safari/537.36")).isFalse();
        assertThat(PreviewRobots.isOne(null)).isFalse();
        assertThat(PreviewRobots.isOne("")).isFalse();
    }
}
