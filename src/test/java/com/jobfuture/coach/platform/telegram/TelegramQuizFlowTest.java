package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobfuture.coach.platform.telegram.fake.ApiCall;
import com.jobfuture.coach.platform.telegram.fake.BotMessage;
import com.jobfuture.coach.platform.telegram.fake.BotMessage.InlineButton;
import com.jobfuture.coach.platform.telegram.fake.FakeBotApi;
import com.jobfuture.coach.platform.telegram.fake.FakeGroup;
import com.jobfuture.coach.platform.telegram.fake.FakeUser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A candidate's whole quiz in a private chat, through the real library and app wiring, against the fake. */
@Timeout(90)
class TelegramQuizFlowTest extends TelegramAppTest {
    @Test
    void startQuizButtonAnswerOpenQuestionRatingAndProgress() {
        FakeUser dana = rig.fake.user(1001, "Dana");

        dana.send("/start");
        BotMessage welcome = rig.awaitMessages(dana, 1).get(0);
        assertThat(welcome.text()).startsWith("Hi Dana!").contains("/quiz", "/progress", "Your answers stay private");
        assertThat(welcome.parseMode()).isEqualTo("HTML");
        assertThat(labels(welcome)).containsExactly("Start a quiz", "Pick a topic");
        JsonNode menu = rig.fake.commands("all_private_chats");
        assertThat(menu).isNotNull();
        List<String> commands = new ArrayList<>();
        menu.forEach(command -> commands.add(command.path("command").asText()));
        assertThat(commands).contains("start", "help", "quiz", "next", "skip", "stop", "topics", "progress")
                .doesNotContain("reload");

        dana.send("/quiz orm");
        BotMessage question = rig.awaitMessages(dana, 2).get(1);
        assertThat(question.text()).startsWith("ORM · N+1 queries · junior").contains("How many queries");
        // Options are shuffled each time a question is shown; Skip stays last.
        assertThat(labels(question)).containsExactlyInAnyOrder("1", "51", "50", "Skip").last().isEqualTo("Skip");

        dana.press(question, "51");
        BotMessage graded = rig.awaitEdited(dana, 1, 1);
        assertThat(graded.messageId()).isEqualTo(question.messageId());
        assertThat(graded.text()).contains("✓ Right: " + letterOf(question, "51") + ") 51",
                "Docs: https://docs.djangoproject.com/");
        assertThat(labels(graded)).containsExactly("Next", "Stop");

        dana.press(graded, "Next");
        BotMessage open = rig.awaitMessages(dana, 3).get(2);
        assertThat(open.text()).contains("ORM · N+1 queries · middle", "When do you use select_related",
                "Type your answer");
        assertThat(labels(open)).containsExactly("Show answer", "Skip");

        dana.send("select_related is a join, prefetch_related does a separate query");
        BotMessage model = rig.awaitMessages(dana, 4).get(3);
        assertThat(model.text()).contains("Your answer: select_related is a join", "Model answer:",
                "✓ select_related uses a JOIN", "✓ prefetch_related runs a separate query",
                "How well did you know it?");
        assertThat(labels(model)).containsExactly("Again", "Hard", "Good", "Easy");

        dana.press(model, "Good");
        BotMessage rated = rig.awaitEdited(dana, 3, 1);
        assertThat(rated.text()).startsWith("Rated Good. Saved. Next review in");
        assertThat(labels(rated)).containsExactly("Next", "Stop");

        dana.send("/progress");
        BotMessage progress = rig.awaitMessages(dana, 5).get(4);
        assertThat(progress.text()).startsWith("Your progress · 2 answered").contains("Only you can see this");

        dana.send("/topics");
        assertThat(rig.awaitMessages(dana, 6).get(5).text()).contains("Topics · your mastery", "n-plus-one");
        dana.send("/help");
        assertThat(rig.awaitMessages(dana, 7).get(6).text()).contains("Here's what I can do", "/quiz");

        rig.awaitSettled();
        assertThat(rig.fake.messages(dana.id())).hasSize(7);
        assertThat(rig.fake.calls("answerCallbackQuery")).hasSize(3).allMatch(ApiCall::ok);
        assertThat(rig.fake.calls("editMessageText")).hasSize(2).allMatch(ApiCall::ok);
        // /progress is one photo: the card with the report as its caption and buttons.
        assertThat(rig.fake.calls("sendMessage")).hasSize(6).allMatch(ApiCall::ok);
        assertThat(rig.fake.calls("sendPhoto")).hasSize(1).allMatch(ApiCall::ok);
        assertThat(progress.kind()).isEqualTo("photo");
    }

    @Test
    void codeBlocksAndSpecialCharactersRenderAsTelegramHtml() {
        FakeUser sam = rig.fake.user(1002, "Sam <script>");

        sam.send("/quiz python");
        BotMessage question = rig.awaitMessages(sam, 1).get(0);
        assertThat(question.rawText()).contains("<pre><code class=\"language-python\">print([n * 2 for n in range(3)"
                + " if n != 1])</code></pre>");
        assertThat(question.text()).contains("What does this print?\nprint([n * 2 for n in range(3) if n != 1])");

        sam.press(question, "[0, 2, 4]");
        BotMessage graded = rig.awaitEdited(sam, 0, 1);
        assertThat(graded.rawText()).contains("<code>n != 1</code>", "-&gt; <code>[0, 4]</code> (a &lt;list&gt;");
        assertThat(graded.text()).contains("✗ Not quite. You picked " + letterOf(question, "[0, 2, 4]")
                + ") [0, 2, 4]: The filter n != 1 drops 1");

        sam.send("/start");
        assertThat(rig.awaitMessages(sam, 2).get(1).text()).startsWith("Hi Sam <script>!");
        rig.awaitSettled();
        assertThat(rig.fake.calls()).filteredOn(call -> call.chatId() != null).allMatch(ApiCall::ok);
    }

    @Test
    void exportArrivesAsADocumentAfterItsText() {
        FakeUser kai = rig.fake.user(1004, "Kai");
        kai.send("/quiz orm");
        rig.awaitMessages(kai, 1);

        kai.send("/export");

        List<BotMessage> messages = rig.awaitMessages(kai, 3);
        assertThat(messages.get(1).kind()).isEqualTo("text");
        assertThat(messages.get(2).kind()).isEqualTo("document");
        assertThat(rig.fake.uploads()).singleElement().satisfies(upload -> {
            assertThat(upload.fileName()).endsWith(".json");
            assertThat(upload.size()).isPositive();
        });
        rig.awaitSettled();
        assertThat(rig.fake.calls("sendDocument")).singleElement().matches(ApiCall::ok);
    }

    @Test
    void groupChatsGetAPointerToThePrivateChat() {
        FakeUser alex = rig.fake.user(1003, "Alex");
        FakeGroup group = rig.fake.group(-100_555, "Django study group");

        group.post(alex, "anyone up for a quiz?");
        group.post(alex, "/quiz@" + rig.fake.username() + " orm");
        group.post(alex, "/quiz@some_other_bot");

        FakeBotApi.await("a reply in the group", TelegramRig.WAIT, () -> !rig.fake.messages(group.id()).isEmpty());
        rig.awaitSettled();
        List<BotMessage> replies = rig.fake.messages(group.id());
        assertThat(replies).hasSize(1);
        assertThat(replies.get(0).text()).contains("I coach in a private chat",
                "https://t.me/" + rig.fake.username() + "?start=group");
        assertThat(replies.get(0).buttons()).isEmpty();
    }

    private static List<String> labels(BotMessage message) {
        return message.buttons().stream().map(InlineButton::text).toList();
    }

    /** The letter an option is shown under: options are shuffled, so it is the position of its button. */
    private static char letterOf(BotMessage question, String label) {
        int position = question.buttons().indexOf(question.button(label));
        return (char) ('A' + position);
    }
}
