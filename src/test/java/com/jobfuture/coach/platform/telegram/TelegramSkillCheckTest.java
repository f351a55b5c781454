package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.share.SharePage;
import com.jobfuture.coach.platform.telegram.fake.BotMessage;
import com.jobfuture.coach.platform.telegram.fake.FakeBotApi;
import com.jobfuture.coach.platform.telegram.fake.FakeGroup;
import com.jobfuture.coach.platform.telegram.fake.FakeUser;
import com.jobfuture.coach.platform.telegram.fake.Upload;
import com.jobfuture.coach.testing.CheckDecks;
import com.jobfuture.coach.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * /check orm end to end on the fake Bot API: one question at a time in the private chat, a restart in the middle,
 * the result and the review privately, /share with the ORM level, a retake refused politely, the /progress card as
 * a photo; in a group /check only points to the private chat.
 */
@Timeout(120)
class TelegramSkillCheckTest {
    @TempDir
    Path dir;
    TelegramRig rig;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

    @BeforeEach
    void create() throws Exception {
        rig = new TelegramRig(dir);
        CheckDecks.write(dir.resolve("questions"), "orm");
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void aFullCheckAcrossARestartThenSharedLevelsARefusedRetakeAndTheProgressCard() throws Exception {
        rig.startApp(clock, "");
        FakeUser dana = rig.fake.user(4101, "Dana");
        dana.send("/check orm");
        int answered = 0;
        BotMessage question = awaitNewest(dana, "Skill check · ORM · question 1\n");
        while (answered < 3) {
            answer(dana, question);
            answered++;
            question = awaitNewest(dana, "Skill check · ORM · question " + (answered + 1) + "\n");
        }
        String beforeRestart = question.text();
        rig.stopApp();
        rig.startApp(clock, "");

        int shown = rig.fake.messages(dana.id()).size();
        dana.send("/check");
        List<BotMessage> again = rig.awaitMessages(dana, shown + 2);
        assertThat(again.get(shown).text()).isEqualTo("Your ORM check is still open.");
        question = again.get(shown + 1);
        assertThat(question.text()).isEqualTo(beforeRestart);
        while (true) {
            answer(dana, question);
            answered++;
            String next = "Skill check · ORM · question " + (answered + 1) + "\n";
            FakeBotApi.await("question " + (answered + 1) + " or the result", TelegramRig.WAIT,
                    () -> resultShown(dana) || last(dana).text().startsWith(next));
            if (resultShown(dana)) {
                break;
            }
            question = last(dana);
        }
        rig.awaitSettled();
        int asked = answered;
        assertThat(asked).isBetween(8, 20);
        BotMessage result = rig.fake.messages(dana.id()).stream()
                .filter(m -> m.text().startsWith("Skill check result · ORM")).findFirst().orElseThrow();
        assertThat(result.text()).contains("Level: ", "% sure it is not", asked + " questions", "2 Mar 2026",
                "item bank orm-", "Only you see this result");
        BotMessage lastReview = last(dana);
        assertThat(lastReview.text()).startsWith("Review · questions").contains("Docs: ");
        assertThat(lastReview.buttons()).extracting(BotMessage.InlineButton::callbackData)
                .contains("check:history", "share:new");
        // The answered questions were edited into one line each: the answer, never a grade.
        assertThat(rig.fake.messages(dana.id())).filteredOn(m -> m.text().contains("· your answer: "))
                .hasSize(asked).allSatisfy(m -> assertThat(m.text()).doesNotContain("✓", "✗", "Right"));

        int before = rig.fake.messages(dana.id()).size();
        dana.send("/share orm");
        BotMessage shared = rig.awaitMessages(dana, before + 1).get(before);
        assertThat(shared.text()).contains("skill-check levels (ORM, latest only)");
        Matcher token = Pattern.compile("/p/([A-Za-z0-9_-]{22})").matcher(shared.text());
        assertThat(token.find()).isTrue();
        SharePage page = rig.app().shares().view(token.group(1)).orElseThrow();
        assertThat(page.levels()).singleElement().satisfies(level -> {
            assertThat(level.area()).isEqualTo("ORM");
            assertThat(level.questions()).isEqualTo(asked);
            assertThat(result.text()).contains("Level: " + level.level() + " — " + level.sureness());
        });

        clock.advance(Duration.ofDays(2));
        dana.send("/check orm");
        BotMessage refused = rig.awaitMessages(dana, before + 2).get(before + 1);
        assertThat(refused.text()).contains("You took the ORM check on 2 Mar 2026", "next ORM check opens on "
                + "9 Mar 2026");

        dana.send("/progress");
        FakeBotApi.await("the progress card as a photo", TelegramRig.WAIT,
                () -> rig.fake.calls("sendPhoto").stream().anyMatch(call -> call.ok()));
        Upload card = rig.fake.uploads().stream().filter(u -> u.fileName().endsWith(".png")).findFirst()
                .orElseThrow();
        assertThat(rig.fake.calls("sendPhoto")).singleElement().satisfies(call -> assertThat(call.ok()).isTrue());
        assertThat(card.fileName()).isEqualTo("progress-2026-03-04.png");
        assertThat(card.width()).isEqualTo(960);
        assertThat(rig.fake.messages(dana.id())).anySatisfy(m -> assertThat(m.kind()).isEqualTo("photo"));
        rig.awaitSettled();
    }

    @Test
    void inAGroupCheckPointsToThePrivateChat() throws Exception {
        rig.startApp(clock, "");
        FakeUser alex = rig.fake.user(4102, "Alex");
        FakeGroup group = rig.fake.group(-100_777, "Django study group");

        group.post(alex, "/check@" + rig.fake.username() + " orm");

        FakeBotApi.await("a reply in the group", TelegramRig.WAIT, () -> !rig.fake.messages(group.id()).isEmpty());
        rig.awaitSettled();
        assertThat(rig.fake.messages(group.id())).singleElement()
                .satisfies(note -> assertThat(note.text()).contains("I coach in a private chat")
                        .doesNotContain("Skill check"));
        assertThat(rig.fake.messages(alex.id())).isEmpty();
    }

    private void answer(FakeUser user, BotMessage question) {
        String text = CheckDecks.choice(question.text(), "middle");
        user.press(question, CheckDecks.letterOf(question.text(), text));
    }

    private BotMessage awaitNewest(FakeUser user, String prefix) {
        FakeBotApi.await("a message starting " + prefix, TelegramRig.WAIT,
                () -> !rig.fake.messages(user.id()).isEmpty() && last(user).text().startsWith(prefix));
        return last(user);
    }

    private boolean resultShown(FakeUser user) {
        return rig.fake.messages(user.id()).stream().anyMatch(m -> m.text().startsWith("Review · questions")
                && !m.buttons().isEmpty());
    }

    private BotMessage last(FakeUser user) {
        List<BotMessage> messages = rig.fake.messages(user.id());
        return messages.get(messages.size() - 1);
    }
}
