package com.jobfuture.coach.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.chat.Attachment;
import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.platform.discord.InteractionPlan.Kind;
import com.jobfuture.coach.platform.discord.InteractionPlan.Plan;
import com.jobfuture.coach.platform.discord.InteractionPlan.Step;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Where replies go for an interaction: the original message or follow-ups, private or for the whole channel. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class DiscordInteractionPlanTest {
    private final MessageRenderer renderer = new MessageRenderer();
    private final Reply personal = Reply.withButtons("Your answer…", List.of(new Button("next", "Next")));
    private final Reply forAll = Reply.withButtons("Question of the day", List.of(new Button("qotd:1:0", "A")))
            .toConversation();

    @Test
    void aSlashCommandInAServerFillsItsEphemeralPlaceholderThenFollowsUpEphemerally() {
        Plan plan = InteractionPlan.plan(List.of(personal, Reply.text("More")), true, true, true, renderer);
        assertThat(plan.steps()).extracting(Step::kind).containsExactly(Kind.ORIGINAL, Kind.FOLLOW_UP);
        assertThat(plan.steps()).allMatch(Step::ephemeral).noneMatch(Step::forEveryone);
        assertThat(plan.placeholderUnused()).isFalse();
    }

    @Test
    void aReplyForTheWholeChannelIsAPublicFollowUpAndThePlaceholderGoes() {
        Plan plan = InteractionPlan.plan(List.of(forAll), true, true, true, renderer);
        assertThat(plan.steps()).singleElement().satisfies(step -> {
            assertThat(step.kind()).isEqualTo(Kind.FOLLOW_UP);
            assertThat(step.ephemeral()).isFalse();
            assertThat(step.forEveryone()).isTrue();
        });
        assertThat(plan.placeholderUnused()).isTrue();
    }

    @Test
    void aPersonalReplyNeverReplacesAMessageEveryoneSees() {
        Plan plan = InteractionPlan.plan(List.of(personal.replacingOrigin()), true, false, false, renderer);
        assertThat(plan.steps()).singleElement().satisfies(step -> {
            assertThat(step.kind()).isEqualTo(Kind.FOLLOW_UP);
            assertThat(step.ephemeral()).isTrue();
        });
        Plan update = InteractionPlan.plan(List.of(forAll.replacingOrigin()), true, false, false, renderer);
        assertThat(update.steps()).extracting(Step::kind).containsExactly(Kind.ORIGINAL);
    }

    @Test
    void inADmEveryReplyIsPrivateAndOnlyReplacingRepliesEditThePressedMessage() {
        Plan press = InteractionPlan.plan(List.of(Reply.text("Stale"), personal.replacingOrigin()), false, false, true,
                renderer);
        assertThat(press.steps()).extracting(Step::kind).containsExactly(Kind.FOLLOW_UP, Kind.FOLLOW_UP);
        assertThat(press.steps()).noneMatch(Step::ephemeral);
        Plan replace = InteractionPlan.plan(List.of(forAll.replacingOrigin()), false, false, true, renderer);
        assertThat(replace.steps()).extracting(Step::kind).containsExactly(Kind.ORIGINAL);
    }

    @Test
    void filesGoInNewMessages() {
        Attachment file = new Attachment("progress.csv", "text/csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        Plan plan = InteractionPlan.plan(List.of(Reply.text("Your export").withAttachment(file)), false, true, true,
                renderer);
        // The text answers in place; the file follows in a message of its own.
        assertThat(plan.steps()).extracting(Step::kind).containsExactly(Kind.ORIGINAL, Kind.FOLLOW_UP);
        assertThat(plan.placeholderUnused()).isFalse();
        assertThat(plan.steps().get(0).message().attachment()).isEmpty();
        assertThat(plan.steps().get(0).message().content()).isEqualTo("Your export");
        MessageCreateData data = renderer.create(plan.steps().get(1).message(), Optional.of("1"));
        assertThat(data.getFiles()).singleElement().satisfies(f -> assertThat(f.getName()).isEqualTo("progress.csv"));
        Plan pressed = InteractionPlan.plan(List.of(Reply.text("Your export").withAttachment(file)), false, false,
                true, renderer);
        assertThat(pressed.steps()).extracting(Step::kind).containsExactly(Kind.FOLLOW_UP);
    }

    @Test
    void buttonsOfAMessageForEveryoneNameNoOwner() {
        MessageCreateData data = renderer.create(new DiscordMessage("Q", List.of(new Button("qotd:1:0", "A"))),
                Optional.empty());
        assertThat(data.getComponents().get(0).toString()).contains("qotd:1:0").doesNotContain("|");
    }
}
