package com.jobfuture.coach.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.share.SharePage;
import com.jobfuture.coach.platform.discord.fake.BotMessage;
import com.jobfuture.coach.platform.discord.fake.FakeDiscord.Where;
import com.jobfuture.coach.platform.discord.fake.FakeUser;
import com.jobfuture.coach.platform.discord.fake.Interaction;
import com.jobfuture.coach.platform.discord.fake.SentFile;
import com.jobfuture.coach.testing.CheckDecks;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * /check orm end to end through the real JDA against the fake Discord: the whole check in DMs, the private result,
 * /share with the ORM level, a refused retake and the /progress card as an attachment; in a server the check is
 * ephemeral and offers to continue in DMs, and nothing is posted in the channel.
 */
class DiscordSkillCheckTest extends RunningDiscordTest {
    private static final String QUESTION = "Skill check · ORM · question ";
    FakeUser dana;
    FakeUser kim;

    @Override
    void addUsers() {
        CheckDecks.write(harness.config.decks(), "orm");
        dana = fake.addUser("dana");
        kim = fake.addUser("kim");
    }

    @Test
    void aFullCheckInDmsThenSharedLevelsARefusedRetakeAndTheCard() throws Exception {
        fake.slash(dana, Where.DM, "check", Map.of("area", "orm"));
        BotMessage question = fake.awaitText(dana, QUESTION + "1\n");
        int asked = 0;
        while (true) {
            asked++;
            String shown = question.content();
            String letter = CheckDecks.choiceIfKnown(shown, "middle").map(text -> CheckDecks.letterOf(shown, text))
                    .orElse("A");
            fake.click(dana, question, letter);
            String next = QUESTION + (asked + 1) + "\n";
            BotMessage reply = fake.awaitMessage(dana, "question " + (asked + 1) + " or the result",
                    m -> m.content().startsWith(next) || m.content().startsWith("Skill check result · ORM"));
            if (reply.content().startsWith("Skill check result")) {
                break;
            }
            question = reply;
        }
        int answered = asked;
        assertThat(answered).isBetween(8, 20);
        BotMessage result = fake.awaitText(dana, "Skill check result · ORM");
        assertThat(result.content()).contains("Level: ", "% sure it is not", answered + " questions",
                "Only you see this result");
        assertThat(result.audienceUserId()).isEqualTo(dana.id());
        BotMessage review = fake.awaitMessage(dana, "the last review message with its buttons",
                m -> m.content().startsWith("Review · questions") && m.labels().contains("My checks"));
        assertThat(review.content()).contains("Docs: ");
        assertThat(fake.messagesFor(dana)).filteredOn(m -> m.content().contains("· your answer: "))
                .hasSize(answered).allSatisfy(m -> assertThat(m.content()).doesNotContain("✓", "✗"));

        fake.slash(dana, Where.DM, "share", Map.of("arguments", "orm"));
        BotMessage shared = fake.awaitText(dana, "skill-check levels (ORM, latest only)");
        Matcher token = Pattern.compile("/p/([A-Za-z0-9_-]{22})").matcher(shared.content());
        assertThat(token.find()).isTrue();
        SharePage page = harness.app().shares().view(token.group(1)).orElseThrow();
        assertThat(page.levels()).singleElement().satisfies(level -> {
            assertThat(level.area()).isEqualTo("ORM");
            assertThat(level.questions()).isEqualTo(answered);
        });

        fake.slash(dana, Where.DM, "check", Map.of("area", "orm"));
        assertThat(fake.awaitText(dana, "You took the ORM check on").content())
                .contains("each area can be checked once every 7 days", "next ORM check opens on");

        fake.slash(dana, Where.DM, "progress");
        BotMessage card = fake.awaitMessage(dana, "the progress card attached",
                m -> m.files().stream().anyMatch(f -> f.fileName().endsWith(".png")));
        SentFile png = card.files().get(0);
        assertThat(png.fileName()).startsWith("progress-");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.content()));
        assertThat(image.getWidth()).isEqualTo(960);
        assertThat(fake.calls("POST", "channels/" + fake.guild().channelId() + "/messages")).isEmpty();
    }

    @Test
    void inAServerTheCheckIsEphemeralAndOffersDms() {
        Interaction check = fake.slash(kim, Where.SERVER, "check", Map.of("area", "orm"));
        BotMessage first = fake.awaitText(kim, QUESTION + "1\n");
        assertThat(fake.callbackType(check)).contains(5);
        assertThat(first.ephemeral()).isTrue();
        assertThat(first.labels()).contains("A", "B", "Continue in DMs");

        fake.click(kim, first, "A");
        BotMessage echo = fake.awaitMessage(kim, "the answered question", m -> m.id().equals(first.id())
                && m.content().contains("· your answer: A)"));
        assertThat(echo.ephemeral()).isTrue();
        BotMessage second = fake.awaitText(kim, QUESTION + "2\n");
        assertThat(second.ephemeral()).isTrue();

        assertThat(fake.messages()).filteredOn(m -> m.channelId().equals(fake.guild().channelId()))
                .isNotEmpty().allMatch(BotMessage::ephemeral);
        assertThat(fake.calls("POST", "channels/" + fake.guild().channelId() + "/messages")).isEmpty();
    }
}
