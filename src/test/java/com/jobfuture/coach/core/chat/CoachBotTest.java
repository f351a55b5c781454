package com.jobfuture.coach.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.app.CoachApplication;
import com.jobfuture.coach.testing.MutableClock;
import com.jobfuture.coach.testing.TestCoach;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoachBotTest {
    @TempDir
    Path dir;
    CoachApplication app;
    CoachBot bot;
    final ChatUser dana = new ChatUser("test", "1", "Dana", false);
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

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
    void startGreetsByNameWithPrivacyNoteAndButtons() {
        Reply reply = single(say(dana, "/start"));

        assertThat(reply.text()).startsWith("Hi Dana!").contains("/quiz", "/progress", "stay private");
        assertThat(reply.text()).doesNotContain("/reload");
        assertThat(reply.buttons()).extracting(Button::action).containsExactly("quiz:all", "topics");
    }

    @Test
    void answersShowingWhereThingsStandAreSnapshots() {
        assertThat(single(say(dana, "/progress")).snapshotOf()).contains("progress");
        assertThat(single(say(dana, "/topics ORM")).snapshotOf()).contains("topics orm");
        assertThat(say(dana, "/quiz orm")).allSatisfy(reply -> assertThat(reply.snapshotOf()).isEmpty());
        assertThat(single(say(dana, "/help")).snapshotOf()).isEmpty();
    }

    @Test
    void unknownAndMalformedCommandsGetUsageHelp() {
        assertThat(single(say(dana, "/frobnicate")).text()).contains("I don't know /frobnicate", "/help");
        assertThat(single(say(dana, "/quiz no-such-topic")).text())
                .contains("I don't know the topic \"no-such-topic\"", "Usage: /quiz [topic|family]");
        assertThat(single(say(dana, "/quiz plus")).text()).contains("Did you mean: n-plus-one?");
        assertThat(single(say(dana, "/progress now")).text()).contains("Usage: /progress");
        assertThat(single(say(dana, "/ quiz")).text()).contains("/help");
        assertThat(single(say(dana, "/next")).text()).contains("No quiz is running");
        assertThat(single(say(dana, "/reload")).text()).contains("I don't know /reload");
    }

    @Test
    void wholeQuizThroughMessagesAndButtons() {
        Reply question = single(say(dana, "/quiz orm"));
        assertThat(question.text()).startsWith("ORM · N+1 queries · junior · Q1").contains("50 books");
        // Options are shuffled: the buttons name each option's index in the deck file, whatever its position.
        assertThat(question.buttons()).extracting(Button::label).containsExactlyInAnyOrder("1", "51", "50", "Skip")
                .last().isEqualTo("Skip");
        assertThat(question.buttons()).extracting(Button::action).containsExactlyInAnyOrder("quiz:q:1:0", "quiz:q:1:1",
                "quiz:q:1:2", "skip:1");
        int right = labels(question).indexOf("51");

        Reply graded = single(press(dana, question.buttons().get(right).action()));
        assertThat(graded.replacesOrigin()).isTrue();
        assertThat(graded.text()).contains("✓ Right: " + (char) ('A' + right) + ") 51",
                "Docs: https://docs.djangoproject.com/");
        assertThat(graded.buttons()).extracting(Button::action).containsExactly("next", "stop");

        Reply open = single(press(dana, "next"));
        assertThat(open.text()).contains("select_related", "Type your answer");
        Reply revealed = single(say(dana, "It does a JOIN"));
        assertThat(revealed.text()).contains("Your answer: It does a JOIN", "✓ select_related uses a JOIN",
                "✗ prefetch_related runs a separate query");
        assertThat(revealed.buttons()).extracting(Button::label).containsExactly("Again", "Hard", "Good", "Easy");

        List<Reply> typedAgain = say(dana, "more text");
        assertThat(typedAgain.get(0).text()).contains("Rate how well you knew this one first");

        Reply rated = single(press(dana, revealed.buttons().get(2).action()));
        assertThat(rated.text()).contains("Rated Good. Saved. Next review in");

        Reply progress = single(say(dana, "/progress"));
        assertThat(progress.text()).contains("Your progress · 2 answered", "1 day streak", "ORM");

        List<Reply> stale = press(dana, question.buttons().get((right + 1) % 3).action());
        assertThat(stale.get(0).text()).contains("earlier question");
        assertThat(single(say(dana, "/progress")).text()).contains("2 answered");
    }

    @Test
    void adminsMayReloadDecks() {
        ChatUser operator = new ChatUser("console", "op", "Op", true);

        assertThat(single(say(operator, "/help")).text()).contains("/reload");
        assertThat(single(say(operator, "/reload")).text()).isEqualTo("Decks reloaded: 4 questions in 2 topics.");
    }

    @Test
    void differentUsersRunConcurrentlyWithoutMixingSessions() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> firstQuestions = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                ChatUser user = new ChatUser("test", "u" + i, "User " + i, false);
                firstQuestions.add(pool.submit(() -> {
                    Reply question = single(bot.handle(Incoming.message(user, "/quiz")));
                    Reply graded = single(bot.handle(Incoming.press(user,
                            question.buttons().get(labels(question).indexOf("51")).action())));
                    return graded.text();
                }));
            }
            for (Future<String> result : firstQuestions) {
                assertThat(result.get()).contains("✓ Right");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void afterShutdownMessagesArePolitelyRefused() throws Exception {
        app.close();

        assertThat(single(say(dana, "/help")).text()).contains("restarting");
    }

    private List<Reply> say(ChatUser user, String text) {
        return bot.handle(Incoming.message(user, text));
    }

    private List<Reply> press(ChatUser user, String action) {
        return bot.handle(Incoming.press(user, action));
    }

    private static List<String> labels(Reply reply) {
        return reply.buttons().stream().map(Button::label).toList();
    }

    private static Reply single(List<Reply> replies) {
        assertThat(replies).hasSize(1);
        return replies.get(0);
    }
}
