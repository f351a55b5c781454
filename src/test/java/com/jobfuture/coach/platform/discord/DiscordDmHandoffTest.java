package com.jobfuture.coach.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.platform.discord.fake.BotMessage;
import com.jobfuture.coach.platform.discord.fake.FakeDiscord.Where;
import com.jobfuture.coach.platform.discord.fake.FakeUser;
import com.jobfuture.coach.platform.discord.fake.Interaction;
import com.jobfuture.coach.platform.discord.fake.RestCall;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Moving a server quiz to DMs: closed DMs (error 50007) are explained privately, with ephemeral as the fallback. */
class DiscordDmHandoffTest extends RunningDiscordTest {
    FakeUser sam;
    FakeUser ana;

    @Override
    void addUsers() {
        sam = fake.addUser("sam");
        ana = fake.addUser("ana");
    }

    @Test
    void closedDmsAreExplainedPrivatelyAndTheQuizGoesOnEphemerally() {
        fake.setDmsClosed(sam, true);
        BotMessage open = reachOpenQuestionInServer(sam);

        Interaction toDms = fake.click(sam, open, "Continue in DMs");
        BotMessage notice = fake.awaitText(sam, "your DMs are closed");
        assertThat(fake.callbackType(toDms)).contains(5);
        assertThat(notice.ephemeral()).isTrue();
        assertThat(notice.labels()).containsExactly("Keep going here", "Try DMs again");
        List<RestCall> dmSends = fake.calls("POST", "channels/" + sam.dmChannelId() + "/messages");
        assertThat(dmSends).hasSize(1).allMatch(call -> call.status() == 403);

        // Keep going here: the same question again, ephemeral, and it can still be answered.
        fake.click(sam, notice, "Keep going here");
        BotMessage again = fake.awaitMessage(sam, "the open question again, ephemeral",
                m -> m.content().contains(DiscordTestDeck.OPEN_PROMPT) && !m.id().equals(open.id()) && !m.loading());
        assertThat(again.ephemeral()).isTrue();
        fake.click(sam, again, "Show answer");
        fake.awaitMessage(sam, "the model answer", m -> m.id().equals(again.id()) && m.content().contains("Model answer"));
        assertThat(fake.messagesFor(sam)).filteredOn(m -> m.channelId().equals(sam.dmChannelId())).isEmpty();
    }

    @Test
    void openDmsTakeTheQuizWhereTypedAnswersWork() {
        BotMessage open = reachOpenQuestionInServer(ana);

        Interaction toDms = fake.click(ana, open, "Continue in DMs");
        BotMessage inDm = fake.awaitMessage(ana, "the open question in the DM",
                m -> m.channelId().equals(ana.dmChannelId()) && m.content().contains(DiscordTestDeck.OPEN_PROMPT));
        assertThat(inDm.labels()).containsExactly("Show answer", "Skip");
        BotMessage pointer = fake.awaitText(ana, "continues in our DMs");
        assertThat(fake.responseTo(toDms).orElseThrow().id()).isEqualTo(pointer.id());
        assertThat(pointer.ephemeral()).isTrue();
        assertThat(pointer.content()).contains("https://discord.com/channels/@me/" + ana.dmChannelId() + "/");
        assertThat(fake.calls("POST", "users/@me/channels")).isNotEmpty();

        fake.sendDm(ana, "it is lazy and runs when you iterate over it");
        BotMessage revealed = fake.awaitText(ana, "Model answer:");
        assertThat(revealed.channelId()).isEqualTo(ana.dmChannelId());
        assertThat(revealed.content()).contains("✓ lazy until evaluated", "✓ iteration");
    }

    private BotMessage reachOpenQuestionInServer(FakeUser user) {
        fake.slash(user, Where.SERVER, "quiz", Map.of("topic", DiscordTestDeck.TOPIC));
        BotMessage first = fake.awaitText(user, DiscordTestDeck.FIRST_PROMPT);
        fake.click(user, first, "0");
        BotMessage graded = fake.awaitMessage(user, "graded", m -> m.id().equals(first.id()) && m.content().contains("✓"));
        fake.click(user, graded, "Next");
        return fake.awaitText(user, DiscordTestDeck.OPEN_PROMPT);
    }
}
