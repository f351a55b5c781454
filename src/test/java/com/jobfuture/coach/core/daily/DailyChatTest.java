package com.jobfuture.coach.core.daily;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.chat.Audience;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.testing.DailyFixture;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /daily commands: who may change what, what each command answers, and /daily now and reveal. */
class DailyChatTest {
    @TempDir
    Path dir;
    DailyFixture daily;

    @BeforeEach
    void setUp() {
        daily = new DailyFixture(dir);
        daily.core.clock.set(Instant.parse("2026-03-02T07:00:00Z")); // a Monday, 08:00 in Berlin
    }

    @AfterEach
    void tearDown() {
        daily.close();
    }

    @Test
    void onlyCommunityAdminsChangeItAndOthersArePolitelyRefused() {
        for (String args : List.of("set 09:00 UTC", "pause", "resume", "off", "now", "reveal")) {
            Reply refusal = daily.member("c", "Dana", args);
            assertThat(refusal.text()).startsWith("Sorry — only this community's admins can change");
            assertThat(refusal.audience()).isEqualTo(Audience.SENDER);
        }
        assertThat(daily.repository.community(DailyFixture.community("c"))).isEmpty();
        assertThat(daily.member("c", "Dana", "show").text()).contains("no question of the day here yet");

        daily.admin("c", "set 09:00 Europe/Berlin mon-fri orm middle");
        assertThat(daily.member("c", "Dana", "set 10:00").text()).startsWith("Sorry");
        assertThat(daily.member("c", "Dana", "").text()).contains("09:00 Europe/Berlin");
    }

    @Test
    void inADirectChatItExplainsThatItWorksInGroups() {
        ChatUser dana = new ChatUser("console", "dana", "Dana", true);
        List<Reply> replies = daily.chat.onCommand(new com.jobfuture.coach.core.chat.ChatRequest(1, dana, true),
                "daily", "set 09:00");

        assertThat(replies.get(0).text()).startsWith("The question of the day works in groups and servers")
                .contains("/daily set 09:00 Europe/Berlin mon-fri", "try it in a simulated community: /community");
    }

    @Test
    void setConfirmsTheSettingsAndShowDescribesThem() {
        Reply set = daily.admin("c", "set 09:00 Europe/Berlin mon-fri orm,security reveal 8h");

        assertThat(set.text()).isEqualTo("""
                Question of the day is set: 09:00 Europe/Berlin · Mon–Fri · ORM, Security · all levels · answer \
                revealed 8h later (3 questions, none repeated until all were asked).
                Next post: Mon 2 Mar 09:00 (Europe/Berlin)
                /daily now posts one right away; /daily show shows these settings.""");
        assertThat(daily.admin("c", "show").text()).isEqualTo("""
                Question of the day · active
                09:00 Europe/Berlin · Mon–Fri · ORM, Security · all levels · answer revealed 8h later
                Next post: Mon 2 Mar 09:00 (Europe/Berlin)
                Pool: 3 questions · 0 asked this round""");
        assertThat(daily.admin("c", "set senior").text()).contains("· ORM, Security · senior ·", "(1 questions");
        assertThat(daily.admin("c", "set security senior").text()).startsWith("No choice questions match");
        assertThat(daily.admin("c", "set 9:00 bogus").text()).contains("I don't understand \"bogus\"", "Usage:");
        assertThat(daily.admin("c", "frobnicate").text()).contains("I don't know /daily frobnicate");
        assertThat(daily.admin("c", "pause").text()).isEqualTo("Paused. Nothing is posted until /daily resume.");
        assertThat(daily.admin("c", "pause").text()).isEqualTo("It is already paused.");
        assertThat(daily.admin("c", "show").text()).startsWith("Question of the day · paused");
        assertThat(daily.admin("c", "off").text()).contains("Turned off");
        assertThat(daily.admin("x", "pause").text()).contains("no question of the day here yet");
    }

    @Test
    void nowPostsAtOnceAndRevealShowsTheAnswerEarly() {
        assertThat(daily.admin("c", "now").text()).contains("Not posted", "/daily set");
        daily.admin("c", "set 09:00 UTC daily reveal 2h");

        Reply now = daily.admin("c", "now");

        assertThat(now.text()).startsWith("Posted.");
        assertThat(daily.publisher.messages(CommunityMessage.Kind.QUESTION)).hasSize(1);
        String button = daily.publisher.messages(CommunityMessage.Kind.QUESTION).get(0).reply().buttons().get(0)
                .action();
        assertThat(daily.press("c", "Dana", button).text()).contains("at 09:00 (UTC)");
        assertThat(daily.admin("c", "reveal").text()).isEqualTo("Revealed.");
        assertThat(daily.publisher.messages(CommunityMessage.Kind.REVEAL)).hasSize(1);
        assertThat(daily.admin("c", "reveal").text()).contains("Not revealed: no question is open");

        daily.core.clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        daily.scheduler.tick();
        assertThat(daily.publisher.messages(CommunityMessage.Kind.QUESTION)).hasSize(2); // /daily now is extra
    }

    @Test
    void buttonsOfAnotherCommunityOrUnknownPostsHaveExpired() {
        daily.admin("c", "set 09:00 UTC daily");
        daily.admin("c", "now");
        String button = daily.publisher.messages(CommunityMessage.Kind.QUESTION).get(0).reply().buttons().get(0)
                .action();

        assertThat(daily.press("other", "Dana", button).text()).contains("has ended");
        assertThat(daily.press("c", "Dana", "daily:999:0").text()).contains("has ended");
        assertThat(daily.press("c", "Dana", button.replaceAll(":\\d$", ":7")).text()).contains("expired");
        assertThat(daily.chat.onAction(daily.request("c", "Dana", false), "quiz:all")).isEmpty();
    }
}
