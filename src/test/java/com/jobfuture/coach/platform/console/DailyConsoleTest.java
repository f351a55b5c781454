package com.jobfuture.coach.platform.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.app.CoachApplication;
import com.jobfuture.coach.app.Terminal;
import java.util.concurrent.TimeUnit;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.daily.CommunityMessage;
import com.jobfuture.coach.core.daily.CommunityRef;
import com.jobfuture.coach.core.daily.PublishResult;
import com.jobfuture.coach.testing.MutableClock;
import com.jobfuture.coach.testing.TestCoach;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily feature and /jobs tried in the console's simulated community, through CoachBot. */
class DailyConsoleTest {
    @TempDir
    Path dir;
    CoachApplication app;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T07:00:00Z"));
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() {
        app = CoachApplication.start(TestCoach.config(dir), clock);
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void anOperatorTriesTheQuestionOfTheDayAndJobsInASimulatedCommunity() throws Exception {
        String out = run("""
                /daily set 09:00
                /community
                /daily set 09:00 Europe/Berlin mon-fri
                /daily now
                1
                /community member
                /daily pause
                2
                2
                /community admin
                /daily reveal
                /jobs remote
                /jobs here on
                /jobs remote
                /community leave
                /progress
                """);

        assertThat(out).contains("The question of the day works in groups and servers",
                "try it in a simulated community: /community");
        assertThat(out).contains("You're in the simulated community \"lounge\" as its admin");
        assertThat(out).contains("(only you see this)\nQuestion of the day is set: 09:00 Europe/Berlin · Mon–Fri");
        assertThat(out).contains("── posted in community \"lounge\" (everyone there sees it) ──\n"
                + "Question of the day · ");
        assertThat(out).contains("(only you see this)\nGot it — you picked A.");
        assertThat(out).contains("In community \"lounge\" as a member (not an admin).");
        assertThat(out).contains("(only you see this)\nSorry — only this community's admins can change");
        assertThat(out).contains("(only you see this)\nGot it — you picked B.",
                "(only you see this)\nYou already answered this one (B)");
        assertThat(out).contains("── posted in community \"lounge\" (everyone there sees it) ──\nAnswer of the day: ")
                .contains("2 answers (shares are shown from 3 answers on, to keep answers private)");
        assertThat(out).contains("(only you see this)\nJob links are off in this community. Turn them on with "
                + "/jobs here on", "(only you see this)\n/jobs is on here.");
        assertThat(out).contains("(everyone in \"lounge\" sees this)\nDjango roles · remote");
        assertThat(out).contains("Back in your direct chat", "Your progress · 1 answered");
        String[] posts = out.split("── posted in community");
        assertThat(posts).hasSize(3);
        for (String post : java.util.Arrays.copyOfRange(posts, 1, posts.length)) {
            String publicPart = post.split("\n\n")[0];
            assertThat(publicPart).doesNotContain("Member", "tester");
        }
    }

    @Test
    void theConsolePublisherPrintsPostsAndTheirButtonsCanBePressed() throws Exception {
        ConsoleChat chat = chat("");
        ConsoleCommunityPublisher publisher = new ConsoleCommunityPublisher(chat);

        PublishResult first = publisher.publish(new CommunityMessage(new CommunityRef("console", "lounge"),
                CommunityMessage.Kind.QUESTION, Reply.withButtons("Q?", java.util.List.of(
                        new com.jobfuture.coach.core.chat.Button("daily:1:0", "A) yes"))).toConversation(),
                "daily-1-question", Optional.empty()));
        PublishResult second = publisher.publish(new CommunityMessage(new CommunityRef("console", "other"),
                CommunityMessage.Kind.REVEAL, Reply.text("Answer").toConversation(), "daily-1-reveal",
                Optional.of("console-1")));

        assertThat(first).isEqualTo(new PublishResult.Posted("console-1"));
        assertThat(second).isEqualTo(new PublishResult.Posted("console-2"));
        assertThat(output()).contains("── posted in community \"lounge\" (everyone there sees it) ──\nQ?\n[1] A) yes\n"
                + "(to answer it: /community lounge)", "── posted in community \"other\"");
    }

    private String run(String script) throws Exception {
        app.startConsole(new Terminal(new BufferedReader(new StringReader(script)),
                new PrintStream(bytes, true, StandardCharsets.UTF_8), false, "tester")).get(30, TimeUnit.SECONDS);
        return output();
    }

    private ConsoleChat chat(String script) {
        return new ConsoleChat(app.bot(), new ChatUser("console", "tester", "tester", true),
                new BufferedReader(new StringReader(script)), new PrintStream(bytes, true, StandardCharsets.UTF_8),
                false, dir.resolve("files"));
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
