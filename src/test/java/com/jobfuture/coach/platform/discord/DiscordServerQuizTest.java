package com.jobfuture.coach.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobfuture.coach.platform.discord.fake.BotMessage;
import com.jobfuture.coach.platform.discord.fake.FakeDiscord.Where;
import com.jobfuture.coach.platform.discord.fake.FakeUser;
import com.jobfuture.coach.platform.discord.fake.Interaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The quiz in a server: every personal reply is ephemeral; other members' presses and autocomplete. */
class DiscordServerQuizTest extends RunningDiscordTest {
    FakeUser lena;
    FakeUser moderator;
    FakeUser kim;

    @Override
    void addUsers() {
        lena = fake.addUser("lena");
        kim = fake.addUser("kim");
        moderator = fake.addModerator("mod");
    }

    @Test
    void runsAWholeQuizWithEphemeralReplies() {
        Interaction quiz = fake.slash(lena, Where.SERVER, "quiz", Map.of("topic", DiscordTestDeck.TOPIC));
        BotMessage first = fake.awaitText(lena, DiscordTestDeck.FIRST_PROMPT);
        assertThat(fake.callbackType(quiz)).contains(5);
        assertThat(first.ephemeral()).isTrue();
        assertThat(first.channelId()).isEqualTo(fake.guild().channelId());

        // A wrong option: the ephemeral question becomes the explanation, still ephemeral.
        fake.click(lena, first, "2");
        BotMessage graded = fake.awaitMessage(lena, "the graded question",
                m -> m.id().equals(first.id()) && m.content().contains("✗ Not quite"));
        // Options are shown in a shuffled order: the letter is the button's position.
        char letter = (char) ('A' + first.labels().indexOf("2"));
        assertThat(graded.content()).contains("You picked " + letter + ") 2", "Chaining filters runs no SQL either",
                "I'll ask it again later in this quiz");
        assertThat(graded.ephemeral()).isTrue();

        // Next: an ephemeral follow-up; the open question offers the DM hand-off, since typing here is public.
        fake.click(lena, graded, "Next");
        BotMessage open = fake.awaitText(lena, DiscordTestDeck.OPEN_PROMPT);
        assertThat(open.origin()).isEqualTo("followup");
        assertThat(open.ephemeral()).isTrue();
        assertThat(open.labels()).containsExactly("Show answer", "Skip", "Continue in DMs");
        assertThat(open.content()).contains("Only you can see this");

        // Show answer, then a rating: both edit the ephemeral message in place.
        fake.click(lena, open, "Show answer");
        BotMessage revealed = fake.awaitMessage(lena, "the model answer",
                m -> m.id().equals(open.id()) && m.content().contains("Model answer:"));
        assertThat(revealed.labels()).containsExactly("Again", "Hard", "Good", "Easy");
        assertThat(revealed.content()).contains("• lazy until evaluated");
        fake.click(lena, revealed, "Easy");
        fake.awaitMessage(lena, "the rating", m -> m.id().equals(open.id()) && m.content().startsWith("Rated Easy"));

        // /progress in the server: ephemeral.
        Interaction progress = fake.slash(lena, Where.SERVER, "progress");
        BotMessage report = fake.awaitText(lena, "Your progress · 2 answered");
        assertThat(fake.responseTo(progress).orElseThrow().id()).isEqualTo(report.id());
        assertThat(report.ephemeral()).isTrue();

        // /topics with a family choice: ephemeral too.
        fake.slash(lena, Where.SERVER, "topics", Map.of("family", "orm"));
        BotMessage topics = fake.awaitText(lena, "ORM topics");
        assertThat(topics.ephemeral()).isTrue();
        assertThat(topics.content()).contains("querysets · ", " · seen 2/3 · right 1/2");

        // Privacy: nothing the bot showed in the server is visible to others, and it never posted in the channel.
        assertThat(fake.messages()).filteredOn(m -> m.channelId().equals(fake.guild().channelId()))
                .isNotEmpty().allMatch(BotMessage::ephemeral);
        assertThat(fake.calls("POST", "channels/" + fake.guild().channelId() + "/messages")).isEmpty();
    }

    @Test
    void refusesPressesOnSomeoneElsesButtonsEvenFromAModerator() {
        fake.slash(kim, Where.SERVER, "quiz", Map.of("topic", DiscordTestDeck.TOPIC));
        BotMessage kims = fake.awaitText(kim, DiscordTestDeck.FIRST_PROMPT);

        Interaction press = fake.click(moderator, kims, "0");
        BotMessage refusal = fake.awaitText(moderator, "belongs to someone else's quiz");
        assertThat(fake.callbackType(press)).contains(4);
        assertThat(refusal.ephemeral()).isTrue();
        // Kim's question is untouched and still answerable by Kim.
        fake.click(kim, kims, "0");
        fake.awaitMessage(kim, "Kim's own answer", m -> m.id().equals(kims.id()) && m.content().contains("✓ Right"));
    }

    @Test
    void offersTopicsAndFamiliesWhileTyping() {
        assertThat(values(fake.autocomplete(lena, Where.SERVER, "quiz", "topic", "query")))
                .containsExactly(DiscordTestDeck.TOPIC);
        assertThat(values(fake.autocomplete(lena, Where.DM, "quiz", "topic", "perm"))).containsExactly("drf-permissions");
        List<String> all = values(fake.autocomplete(lena, Where.SERVER, "quiz", "topic", ""));
        assertThat(all).startsWith("orm", "apis").contains(DiscordTestDeck.TOPIC, "drf-permissions").hasSizeLessThanOrEqualTo(25);
        JsonNode choices = fake.autocomplete(lena, Where.SERVER, "quiz", "topic", "laziness");
        assertThat(choices.get(0).path("name").asText()).isEqualTo("ORM · QuerySets: laziness and evaluation");
    }

    private static List<String> values(JsonNode choices) {
        List<String> values = new ArrayList<>();
        choices.forEach(choice -> values.add(choice.path("value").asText()));
        return values;
    }
}
