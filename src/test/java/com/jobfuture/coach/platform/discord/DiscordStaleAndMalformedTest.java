package com.jobfuture.coach.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.platform.discord.fake.BotMessage;
import com.jobfuture.coach.platform.discord.fake.FakeDiscord.Where;
import com.jobfuture.coach.platform.discord.fake.FakeUser;
import com.jobfuture.coach.platform.discord.fake.Interaction;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stale buttons, unknown commands and malformed options get clear, polite answers; nothing breaks. */
class DiscordStaleAndMalformedTest extends RunningDiscordTest {
    FakeUser eva;
    FakeUser max;
    FakeUser ivy;

    @Override
    void addUsers() {
        eva = fake.addUser("eva");
        max = fake.addUser("max");
        ivy = fake.addUser("ivy");
    }

    @Test
    void aStaleButtonSaysWhereTheQuizStands() {
        fake.slash(eva, Where.DM, "quiz", Map.of("topic", DiscordTestDeck.TOPIC));
        BotMessage first = fake.awaitText(eva, DiscordTestDeck.FIRST_PROMPT);
        String oldOption = first.button("1").orElseThrow().customId();
        fake.click(eva, first, "0");
        BotMessage graded = fake.awaitMessage(eva, "graded", m -> m.id().equals(first.id()) && m.content().contains("✓"));
        fake.click(eva, graded, "Next");
        fake.awaitText(eva, DiscordTestDeck.OPEN_PROMPT);

        // An old option of question 1 (e.g. from a second client that had not refreshed).
        Interaction stale = fake.clickId(eva, graded, oldOption);
        BotMessage notice = fake.awaitText(eva, "That button belongs to an earlier question.");
        assertThat(fake.callbackType(stale)).contains(6);
        BotMessage current = fake.awaitMessage(eva, "the current question again",
                m -> m.content().contains(DiscordTestDeck.OPEN_PROMPT) && Long.parseLong(m.id()) > Long.parseLong(notice.id()));
        assertThat(current.labels()).contains("Show answer");
        // The pressed message was not overwritten by the notice.
        assertThat(fake.messages()).filteredOn(m -> m.id().equals(first.id()))
                .singleElement().satisfies(m -> assertThat(m.content()).contains("✓ Right"));

        // After /stop, a button of the ended quiz answers politely.
        fake.slash(eva, Where.DM, "stop");
        fake.awaitText(eva, "Quiz stopped.");
        fake.click(eva, current, "Show answer");
        fake.awaitText(eva, "No quiz is running.");
    }

    @Test
    void aForgedOrUnknownButtonSaysItExpired() {
        fake.slash(ivy, Where.DM, "help");
        BotMessage help = fake.awaitText(ivy, "Here's what I can do");
        Interaction forged = fake.clickId(ivy, help, "launch-the-rockets");
        fake.awaitText(ivy, "That button has expired.");
        assertThat(fake.callbackType(forged)).contains(6);
    }

    @Test
    void unknownCommandsAndMalformedOptionsGetAPrivateExplanation() {
        Interaction unknown = fake.slash(max, Where.DM, "salary");
        BotMessage notKnown = fake.awaitText(max, "I don't know /salary");
        assertThat(fake.callbackType(unknown)).contains(4);
        assertThat(notKnown.ephemeral()).isTrue();

        fake.slash(max, Where.DM, "quiz", Map.of("topic", "x".repeat(150)));
        assertThat(fake.awaitText(max, "doesn't look right").ephemeral()).isTrue();

        fake.slash(max, Where.DM, "next", Map.of("mode", "fast"));
        assertThat(fake.awaitText(max, "/next has no option \"mode\"").ephemeral()).isTrue();

        fake.slash(max, Where.SERVER, "topics", Map.of("family", "cooking"));
        assertThat(fake.awaitText(max, "There is no family \"cooking\"").ephemeral()).isTrue();

        // An unknown topic is answered by the coach (with suggestions), privately even in a DM.
        Interaction typo = fake.slash(max, Where.DM, "quiz", Map.of("topic", "queryset"));
        BotMessage suggestion = fake.awaitText(max, "I don't know the topic \"queryset\"");
        assertThat(fake.callbackType(typo)).contains(5);
        assertThat(suggestion.ephemeral()).isTrue();
        assertThat(suggestion.content()).contains("Did you mean: querysets?");
    }
}
