package com.jobfuture.coach.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.app.CoachApplication;
import com.jobfuture.coach.testing.MutableClock;
import com.jobfuture.coach.testing.TestCoach;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coach renders a confidential reply again from the reference it carries ({@link CoachBot#reissue}), without any
 * platform: a new share link or link code replacing the lost one, the export and progress card as they are now, and
 * nothing once the thing is gone (revoked, used, expired, forgotten).
 */
class SecretReissueTest {
    private static final Pattern CODE = Pattern.compile("/link ([A-Z2-9]{4}-[A-Z2-9]{4})");
    private static final Pattern LINK = Pattern.compile("/p/([A-Za-z0-9_-]{22})");
    @TempDir
    Path dir;
    CoachApplication app;
    CoachBot bot;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    final ChatUser dana = new ChatUser("telegram", "4242", "Dana", false);
    final ChatUser phone = new ChatUser("console", "dana", "dana", true);

    @BeforeEach
    void setUp() {
        app = CoachApplication.start(TestCoach.config(dir), clock);
        bot = app.bot();
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void aShareLinkComesBackWithANewTokenUntilItIsRevoked() {
        Reply sent = say(dana, "/share");
        SecretRef secret = sent.secret().orElseThrow();
        assertThat(sent.confidential()).isTrue();
        assertThat(secret.kind()).isEqualTo(SecretRef.SHARE_LINK);
        assertThat(secret.number()).isEqualTo(1);
        assertThat(secret.id()).as("names the link, not its token").doesNotContain(match(LINK, sent.text()));

        Reply again = bot.reissue(secret).orElseThrow();
        assertThat(again.secret()).contains(secret);
        assertThat(app.shares().view(match(LINK, sent.text()))).as("the lost token").isEmpty();
        assertThat(app.shares().view(match(LINK, again.text()))).as("the fresh token").isPresent();

        say(dana, "/share revoke 1");
        assertThat(bot.reissue(secret)).as("revoked").isEmpty();
    }

    @Test
    void aLinkCodeComesBackAsANewCodeUntilItIsUsedOrExpired() {
        Reply sent = say(dana, "/link");
        SecretRef secret = sent.secret().orElseThrow();
        Reply again = bot.reissue(secret).orElseThrow();
        String lost = match(CODE, sent.text());
        String fresh = match(CODE, again.text());
        assertThat(fresh).isNotEqualTo(lost);
        assertThat(say(phone, "/link " + lost).text()).doesNotContain("Linked!");
        assertThat(say(phone, "/link " + fresh).text()).contains("Linked!");
        assertThat(bot.reissue(secret)).as("used").isEmpty();

        SecretRef later = say(dana, "/link").secret().orElseThrow();
        clock.advance(Duration.ofMinutes(11));
        assertThat(bot.reissue(later)).as("expired").isEmpty();
    }

    @Test
    void theExportAndTheProgressCardAreMadeAgainUntilTheUserIsForgotten() {
        SecretRef export = say(dana, "/export").secret().orElseThrow();
        SecretRef progress = say(dana, "/progress").secret().orElseThrow();
        assertThat(bot.reissue(export).orElseThrow().attachment()).isPresent();
        Reply card = bot.reissue(progress).orElseThrow();
        assertThat(card.text()).startsWith("Your progress");
        assertThat(card.attachment().orElseThrow().mediaType()).isEqualTo("image/png");

        say(dana, "/forget");
        bot.handle(Incoming.press(dana, "forget:confirm"));
        assertThat(bot.reissue(export)).as("forgotten").isEmpty();
        assertThat(bot.reissue(progress)).as("forgotten").isEmpty();
    }

    private Reply say(ChatUser user, String text) {
        List<Reply> replies = bot.handle(Incoming.message(user, text));
        return replies.get(0);
    }

    private static String match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }
}
