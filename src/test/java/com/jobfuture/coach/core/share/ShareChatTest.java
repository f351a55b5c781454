package com.jobfuture.coach.core.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.app.CoachApplication;
import com.jobfuture.coach.core.chat.Audience;
import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.CoachBot;
import com.jobfuture.coach.core.chat.Conversation;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.testing.MutableClock;
import com.jobfuture.coach.testing.TestCoach;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /share through the bot: the typed forms, the toggle buttons, the list and revocation. */
class ShareChatTest {
    private static final Pattern LINK = Pattern.compile("http://127\\.0\\.0\\.1:8080/p/([A-Za-z0-9_-]{22})");
    @TempDir
    Path dir;
    CoachApplication app;
    CoachBot bot;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    final ChatUser dana = new ChatUser("test", "1", "Dana", false);
    final List<Reply> everyReply = new ArrayList<>();

    @BeforeEach
    void setUp() {
        app = CoachApplication.start(TestCoach.config(dir), clock);
        bot = app.bot();
    }

    @AfterEach
    void tearDown() {
        app.close();
        assertThat(everyReply).extracting(Reply::audience).containsOnly(Audience.SENDER);
    }

    @Test
    void shareGivesALinkWithTheDefaultsAndButtonsToChangeThem() {
        Reply reply = say("/share");

        assertThat(reply.text()).contains("valid 30 days (until 1 Apr 2026)", "Link #1 shows your name (none chosen "
                + "yet), figures per area.", "never shown", "/share revoke 1", "/share preview 1",
                "The page says \"A candidate\" until you choose a name: /share name").doesNotContain("\"Dana\"");
        String token = token(reply);
        SharePage page = app.shares().view(token).orElseThrow();
        assertThat(page.sections()).containsExactlyInAnyOrder(ShareSection.NAME, ShareSection.FAMILIES);
        assertThat(reply.buttons()).extracting(Button::action).containsExactly("share:edit:1", "share:list");
    }

    @Test
    void argumentFormChoosesDaysAndSections() {
        Reply reply = say("/share 14 topics activity");

        assertThat(reply.text()).contains("valid 14 days (until 16 Mar 2026)",
                "your name (none chosen yet), figures per area, figures per topic, activity");
        assertThat(app.shares().view(token(reply)).orElseThrow().sections()).containsExactlyInAnyOrder(
                ShareSection.NAME, ShareSection.FAMILIES, ShareSection.TOPICS, ShareSection.ACTIVITY);

        Reply anonymous = say("/share no-name topic");
        assertThat(app.shares().view(token(anonymous)).orElseThrow().sections())
                .containsExactlyInAnyOrder(ShareSection.FAMILIES, ShareSection.TOPICS);
        assertThat(app.shares().view(token(say("/share all 1"))).orElseThrow().sections())
                .containsExactlyInAnyOrder(ShareSection.values());
        Reply levels = say("/share orm levels no-families");
        assertThat(levels.text()).contains("skill-check levels (every area, latest only)");
        Reply orm = say("/share orm");
        assertThat(orm.text()).contains("figures per area, skill-check levels (ORM, latest only)");
    }

    @Test
    void badArgumentsGetUsage() {
        assertThat(say("/share 0").text()).contains("A link lasts 1 to 365 days");
        assertThat(say("/share 366").text()).contains("A link lasts 1 to 365 days");
        assertThat(say("/share answers").text()).contains("I don't know \"answers\"", "Usage:", "/share list");
        assertThat(say("/share no-name no-families").text()).contains("A page needs something to show");
        assertThat(say("/share revoke").text()).contains("Usage:");
        assertThat(app.shares().all(1)).isEmpty();
    }

    @Test
    void togglesChangeTheLiveLinkAndAreRememberedForNewLinks() {
        String token = token(say("/share"));

        Reply edit = press("share:edit:1");
        assertThat(edit.text()).contains("Link #1 shows:", "✓ your name: none chosen", "✓ figures per area",
                "✗ figures per topic", "✗ activity", "✗ skill-check levels");
        assertThat(edit.buttons()).extracting(Button::label)
                .containsExactly("Hide name", "Hide families", "Show topics", "Show activity", "Show levels", "Done");

        Reply toggled = press("share:t:1:topics");
        assertThat(toggled.replacesOrigin()).isTrue();
        assertThat(toggled.text()).contains("✓ figures per topic");
        press("share:t:1:name");
        assertThat(app.shares().view(token).orElseThrow().sections())
                .containsExactlyInAnyOrder(ShareSection.FAMILIES, ShareSection.TOPICS);
        assertThat(app.shares().view(token).orElseThrow().name()).isEmpty();

        assertThat(say("/share").text()).contains("Link #2 shows figures per area, figures per topic.");
    }

    @Test
    void nameIsChosenByTheUser() {
        assertThat(say("/share name").text()).contains("You have not chosen a name", "\"A candidate\"",
                "chat name is never used");
        assertThat(app.shares().view(token(say("/share"))).orElseThrow().name()).isEmpty();
        assertThat(say("/share name Dana K.").text()).contains("now show the name \"Dana K.\"");
        assertThat(say("/share name").text()).contains("show the name \"Dana K.\"");
        assertThat(app.shares().view(token(say("/share"))).orElseThrow().name()).contains("Dana K.");
    }

    @Test
    void listShowsScopeExpiryAndViewsAndRevokeTakesEffectAtOnce() {
        String first = token(say("/share 7"));
        String second = token(say("/share 30 topics"));
        app.shares().view(first);
        app.shares().view(first);

        Reply list = say("/share list");
        assertThat(list.text()).contains("Your share links (2 active, at most 10):",
                "#2 · your name, figures per area, figures per topic · until 1 Apr 2026 (in 30 days) · "
                        + "not viewed yet",
                "#1 · your name, figures per area · until 9 Mar 2026 (in 7 days) · viewed 2 times");
        assertThat(list.buttons()).extracting(Button::action)
                .containsExactly("share:revoke:2", "share:revoke:1", "share:revoke:all", "share:new");

        assertThat(say("/share revoke 1").text()).contains("Link #1 is off");
        assertThat(app.shares().view(first)).isEmpty();
        assertThat(say("/share revoke #1").text()).contains("You have no active link #1");
        assertThat(press("share:revoke:all").text()).contains("Turned off 1 link.");
        assertThat(app.shares().view(second)).isEmpty();
        assertThat(say("/share list").text()).contains("You have no active share links");
    }

    @Test
    void expiredLinksLeaveTheList() {
        say("/share 1");
        clock.advance(Duration.ofDays(1));
        assertThat(say("/share list").text()).contains("You have no active share links");
    }

    @Test
    void theEleventhActiveLinkIsRefused() {
        for (int i = 0; i < 10; i++) {
            token(say("/share"));
        }
        Reply refused = say("/share");
        assertThat(refused.text()).contains("You already have 10 active links", "/share revoke");
        assertThat(LINK.matcher(refused.text()).find()).isFalse();
    }

    @Test
    void inACommunityTheLinkIsStillSentToTheSenderOnly() {
        Conversation group = Conversation.community("group-1", false);
        List<Reply> replies = bot.handle(Incoming.message(dana, group, "/share"));
        everyReply.addAll(replies);

        assertThat(replies).hasSize(1);
        assertThat(replies.get(0).audience()).isEqualTo(Audience.SENDER);
        assertThat(token(replies.get(0))).isNotBlank();
    }

    private String token(Reply reply) {
        Matcher matcher = LINK.matcher(reply.text());
        assertThat(matcher.find()).as("a share link in: %s", reply.text()).isTrue();
        return matcher.group(1);
    }

    private Reply say(String text) {
        List<Reply> replies = bot.handle(Incoming.message(dana, text));
        everyReply.addAll(replies);
        assertThat(replies).hasSize(1);
        return replies.get(0);
    }

    private Reply press(String action) {
        List<Reply> replies = bot.handle(Incoming.press(dana, action));
        everyReply.addAll(replies);
        assertThat(replies).hasSize(1);
        return replies.get(0);
    }
}
