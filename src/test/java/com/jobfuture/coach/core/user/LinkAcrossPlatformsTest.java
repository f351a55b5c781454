package com.jobfuture.coach.core.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobfuture.coach.app.CoachApplication;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.CoachBot;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.core.chat.Reply;
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

/** /link through the bot between a console identity and a Telegram identity of the same person. */
class LinkAcrossPlatformsTest {
    private static final Pattern CODE = Pattern.compile("/link ([A-Z2-9]{4}-[A-Z2-9]{4})");
    private static final Pattern LINK = Pattern.compile("/p/([A-Za-z0-9_-]{22})");
    @TempDir
    Path dir;
    CoachApplication app;
    CoachBot bot;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    final ChatUser console = new ChatUser("console", "dana", "dana", true);
    final ChatUser telegram = new ChatUser("telegram", "4242", "Dana", false);

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
    void linkingMergesProgressFromBothPlatformsWithoutLosingOrDoubleCounting() throws Exception {
        answerOrmLoopCount(console);
        clock.advance(Duration.ofMinutes(1));
        say(telegram, "/quiz security");
        press(telegram, "quiz:q:1:0");
        clock.advance(Duration.ofMinutes(1));
        answerOrmLoopCount(telegram);
        String consolePage = token(say(console, "/share"));
        String telegramPage = token(say(telegram, "/share topics"));
        assertThat(say(console, "/progress").text()).contains("1 answered");
        assertThat(say(telegram, "/progress").text()).contains("2 answered");

        Reply codeReply = say(console, "/link");
        assertThat(codeReply.text()).contains("works once, for 10 minutes", "Keep the code to yourself",
                "Linked now: console.");
        Reply linked = say(telegram, "/link " + code(codeReply).toLowerCase());

        assertThat(linked.text()).contains("Linked!", "console, telegram", "each counted once");
        assertThat(say(console, "/progress").text()).contains("3 answered");
        assertThat(say(telegram, "/progress").text()).contains("3 answered");
        assertThat(app.shares().view(consolePage)).isPresent();
        assertThat(app.shares().view(telegramPage)).isPresent();
        JsonNode export = export(telegram);
        assertThat(export.at("/identities")).extracting(node -> node.get("platform").asText())
                .containsExactly("console", "telegram");
        assertThat(export.at("/reviews/answers")).hasSize(3);
        assertThat(export.at("/reviews/cards")).extracting(node -> node.get("question_id").asText())
                .containsExactly("orm-loop-count", "sec-csrf-token");
        assertThat(export.at("/sharing/links")).extracting(node -> node.get("number").asInt())
                .containsExactly(2, 1);
        assertThat(say(telegram, "/share list").text()).contains("#2 · your name, figures per area, figures "
                + "per topic", "#1 · your name, figures per area ·");
    }

    @Test
    void aButtonFromBeforeTheMergeCannotAnswerTheKeptQuestion() {
        say(console, "/quiz security");
        clock.advance(Duration.ofMinutes(1));
        say(telegram, "/quiz orm");
        String code = code(say(telegram, "/link"));
        say(console, "/link " + code);

        List<Reply> stale = bot.handle(Incoming.press(console, "quiz:q:1:0"));

        assertThat(stale.get(0).text()).contains("That button belongs to an earlier question.");
        assertThat(stale).extracting(Reply::text).anyMatch(text -> text.contains("ORM · N+1 queries"));
        assertThat(say(telegram, "/progress").text()).contains("0 answered");
    }

    @Test
    void aCodeWorksOnceForTenMinutesAndNotOnItsOwnAccount() {
        ChatUser discord = new ChatUser("discord", "77", "Dana", false);
        String code = code(say(console, "/link"));

        assertThat(say(console, "/link " + code).text()).contains("That code belongs to this account");
        assertThat(say(telegram, "/link " + code).text()).contains("Linked!");
        assertThat(say(discord, "/link " + code).text()).contains("That code doesn't work", "4 attempts left");

        String late = code(say(console, "/link"));
        clock.advance(Duration.ofMinutes(10));
        assertThat(say(discord, "/link " + late).text()).contains("That code doesn't work", "3 attempts left");
    }

    @Test
    void aNewCodeReplacesTheOldOne() {
        String first = code(say(console, "/link"));
        String second = code(say(console, "/link"));

        assertThat(say(telegram, "/link " + first).text()).contains("That code doesn't work");
        assertThat(say(telegram, "/link " + second).text()).contains("Linked!");
    }

    @Test
    void wrongCodesAreLimited() {
        String real = code(say(console, "/link"));
        for (int i = 0; i < 5; i++) {
            assertThat(say(telegram, "/link AAAA-AAAA").text()).contains("That code doesn't work");
        }

        assertThat(say(telegram, "/link " + real).text()).contains("Too many wrong codes", "in 15 minutes");
        clock.advance(Duration.ofMinutes(15));
        real = code(say(console, "/link"));
        assertThat(say(telegram, "/link " + real).text()).contains("Linked!");
    }

    private void answerOrmLoopCount(ChatUser user) {
        Reply question = say(user, "/quiz orm");
        assertThat(question.text()).contains("50 books");
        press(user, question.buttons().stream().filter(b -> b.label().equals("51")).findFirst().orElseThrow()
                .action()); // the right option, wherever the shuffle put it
        say(user, "/stop");
    }

    private JsonNode export(ChatUser user) throws Exception {
        Reply reply = say(user, "/export");
        return new ObjectMapper().readTree(reply.attachment().orElseThrow().content());
    }

    private static String code(Reply reply) {
        Matcher matcher = CODE.matcher(reply.text());
        assertThat(matcher.find()).as(reply.text()).isTrue();
        return matcher.group(1);
    }

    private static String token(Reply reply) {
        Matcher matcher = LINK.matcher(reply.text());
        assertThat(matcher.find()).as(reply.text()).isTrue();
        return matcher.group(1);
    }

    private Reply say(ChatUser user, String text) {
        List<Reply> replies = bot.handle(Incoming.message(user, text));
        return replies.get(0);
    }

    private void press(ChatUser user, String action) {
        bot.handle(Incoming.press(user, action));
    }
}
