package com.jobfuture.coach.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShareLinkCheckTest {
    @Test
    void loopbackLinksFromAServerListeningEverywhereAreAMistake() {
        assertThat(ShareLinkCheck.warning("0.0.0.0", "http://127.0.0.1:8080", false))
                .hasValueSatisfying(w -> assertThat(w).contains("COACH_PUBLIC_URL", "0.0.0.0"));
    }

    @Test
    void loopbackLinksSentOnChatPlatformsAreAMistake() {
        assertThat(ShareLinkCheck.warning("127.0.0.1", "http://127.0.0.1:8080", true))
                .hasValueSatisfying(w -> assertThat(w).contains("chat platforms", "COACH_PUBLIC_URL"));
    }

    @Test
    void localTryingAndPublicUrlsAreFine() {
        assertThat(ShareLinkCheck.warning("127.0.0.1", "http://127.0.0.1:8080", false)).isEmpty();
        assertThat(ShareLinkCheck.warning("0.0.0.0", "https://coach.example.com", true)).isEmpty();
    }
}
