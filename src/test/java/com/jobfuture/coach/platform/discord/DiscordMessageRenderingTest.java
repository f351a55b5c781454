package com.jobfuture.coach.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.platform.common.TextSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Splitting, buttons and component ids, without a network. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class DiscordMessageRenderingTest {
    private final MessageRenderer renderer = new MessageRenderer();

    @Test
    void shortTextIsOneMessage() {
        assertThat(new TextSplitter(2000).split("Hello `code`")).containsExactly("Hello `code`");
        assertThat(new TextSplitter(2000).split("  ")).isEmpty();
    }

    @Test
    void longTextSplitsAtLinesWithinTheLimitAndKeepsCodeBlocksWhole() {
        StringBuilder text = new StringBuilder("Intro line\n```python\n");
        for (int i = 0; i < 150; i++) {
            text.append("for book in Book.objects.all():  # line ").append(i).append('\n');
        }
        text.append("```\nAfter the code.");
        List<String> parts = new TextSplitter(2000).split(text.toString());

        assertThat(parts.size()).isGreaterThan(1);
        for (String part : parts) {
            assertThat(part.length()).isLessThanOrEqualTo(2000);
            assertThat(count(part, "```") % 2).as("fences balanced in:\n" + part).isZero();
        }
        assertThat(parts.get(1)).startsWith("```python\n");
        assertThat(String.join("\n", parts).replace("\n```\n```python", ""))
                .isEqualTo(text.toString());
    }

    @Test
    void aHugeLineIsCutAtSpaces() {
        String words = "word ".repeat(1000).strip();
        List<String> parts = new TextSplitter(2000).split(words);
        assertThat(parts).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(2000));
        assertThat(String.join(" ", parts)).isEqualTo(words);
    }

    @Test
    void buttonsGoOnTheLastPartInRowsOfFive() {
        List<Button> buttons = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            buttons.add(new Button("q:3:" + i, "Option " + i));
        }
        List<DiscordMessage> messages = renderer.messages(Reply.withButtons("x".repeat(2500), buttons));
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).buttons()).isEmpty();
        assertThat(messages.get(1).buttons()).hasSize(7);

        MessageCreateData data = renderer.create(messages.get(1), Optional.of("123456789012345678"));
        assertThat(data.getComponents()).hasSize(2);
        assertThat(data.getComponents()).allSatisfy(row -> assertThat(((ActionRow) row).getComponents().size())
                .isLessThanOrEqualTo(5));
        assertThat(data.getAllowedMentions()).isEmpty();
    }

    @Test
    void labelsAreCutTo80Characters() {
        assertThat(MessageRenderer.label("a".repeat(120))).hasSize(80).endsWith("…");
        assertThat(MessageRenderer.label("  Show\n answer ")).isEqualTo("Show answer");
        assertThat(MessageRenderer.label("")).isEqualTo("·");
    }

    @Test
    void componentIdsCarryTheOwnerWithin100Characters() {
        String action = "quiz:topic:" + "t".repeat(53); // 64 bytes, the core's maximum
        String id = ComponentId.encode(action, "18446744073709551615");
        assertThat(id).hasSizeLessThanOrEqualTo(100);
        ComponentId parsed = ComponentId.parse(id);
        assertThat(parsed.action()).isEqualTo(action);
        assertThat(parsed.ownerId()).contains("18446744073709551615");
        assertThat(parsed.belongsToSomeoneElse("18446744073709551615")).isFalse();
        assertThat(parsed.belongsToSomeoneElse("42")).isTrue();
        assertThat(ComponentId.parse("next")).isEqualTo(new ComponentId("next", Optional.empty()));
        assertThat(ComponentId.parse("a|b")).isEqualTo(new ComponentId("a|b", Optional.empty()));
        assertThatThrownBy(() -> ComponentId.encode("x".repeat(90), "12345678901234567890"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void serverRepliesOfferTheDmHandOffOnlyForOpenQuestions() {
        Reply open = Reply.withButtons("Q", List.of(new Button("show:2", "Show answer"), new Button("skip:2", "Skip")))
                .invitingTypedAnswer();
        Reply choice = Reply.withButtons("Q", List.of(new Button("q:1:0", "A")));
        List<Reply> adapted = ServerReplies.adapt(List.of(open, choice));
        assertThat(adapted.get(0).buttons()).extracting(Button::action).containsExactly("show:2", "skip:2", "dc:dm");
        assertThat(adapted.get(0).text()).contains("Only you can see this");
        assertThat(adapted.get(1)).isEqualTo(choice);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
