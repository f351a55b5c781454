package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.Conversation;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.platform.telegram.fake.ApiCall;
import com.jobfuture.coach.platform.telegram.fake.BotMessage;
import com.jobfuture.coach.platform.telegram.fake.CallbackAnswer;
import com.jobfuture.coach.platform.telegram.fake.FakeGroup;
import com.jobfuture.coach.platform.telegram.fake.FakeUser;
import com.jobfuture.coach.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The question of the day in Telegram groups, through the real library and app wiring against the fake Bot API:
 * an admin sets it up in the group, members answer with buttons and get private toasts that count in their
 * private progress, the reveal replies to the question with aggregates only, a non-admin is refused privately,
 * a member who never started the bot gets a non-personal note in the group, and groups the bot was removed from
 * are disabled instead of retried. The coach runs on a clock the test moves; the scheduler is ticked directly.
 */
@Timeout(90)
class TelegramDailyQuestionTest {
    /** Monday 2 March 2026, 08:00 in Berlin (CET, UTC+1). */
    static final Instant START = Instant.parse("2026-03-02T07:00:00Z");
    static final String JOBS = """
            jobs:
              - title: Backend Engineer (Django, DRF)
                company: Fjordbyte Analytics
                company_verified: true
                location: Europe
                remote: true
                level: middle
                url: https://jobs.example.com/fjordbyte/backend
                tags: [drf]
            """;
    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(START);
    TelegramRig rig;
    FakeUser olga;
    FakeUser dana;
    FakeUser lee;
    FakeUser max;

    @BeforeEach
    void start() throws Exception {
        rig = new TelegramRig(dir);
        Files.writeString(dir.resolve("jobs.yaml"), JOBS);
        // the runner's own checks every 5 minutes never come during a test: the test ticks the scheduler
        rig.startApp(clock, "daily:\n  check_every: 5m\njobs:\n  file: " + dir.resolve("jobs.yaml") + "\n");
        olga = started(3001, "Olga");
        dana = started(3002, "Dana");
        lee = started(3003, "Lee");
        max = started(3004, "Max");
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void anAdminSetsItUpMembersAnswerPrivatelyAndRevealsShowOnlyAggregates() {
        FakeGroup group = rig.fake.group(-100_3000, "Django study group").owner(olga).member(dana).member(lee)
                .member(max);

        group.post(olga, "/daily@" + rig.fake.username() + " set 09:00 Europe/Berlin daily orm reveal 8h");
        assertThat(rig.awaitMessages(olga, 2).get(1).text()).startsWith("Question of the day is set: 09:00 "
                + "Europe/Berlin · every day · ORM").contains("Next post: Mon 2 Mar 09:00 (Europe/Berlin)");
        group.post(olga, "/daily now");
        assertThat(rig.awaitMessages(olga, 3).get(2).text()).startsWith("Posted.");
        assertThat(rig.fake.calls("getChatMember")).as("asked once, then cached").hasSize(1);

        BotMessage question = awaitGroupMessages(group, 1).get(0);
        assertThat(question.text()).startsWith("Question of the day · ORM · N+1 queries")
                .contains("Answer privately with the buttons — the answer is revealed at 16:00 (Europe/Berlin)");
        List<String> options = question.buttons().stream().map(BotMessage.InlineButton::text).toList();
        assertThat(question.buttons()).allMatch(b -> b.callbackData().matches("daily:\\d+:\\d"));

        String danas = group.press(dana, question, options.get(1));
        String lees = group.press(lee, question, options.get(0));
        String maxs = group.press(max, question, options.get(1));
        String danasSecond = group.press(dana, question, options.get(0));
        assertThat(toast(danas).text()).startsWith("Got it — you picked B. You'll see the answer at 16:00 "
                + "(Europe/Berlin).").contains("private progress");
        assertThat(toast(danas).showAlert()).isFalse();
        assertThat(toast(lees).text()).startsWith("Got it — you picked A.");
        assertThat(toast(maxs).text()).startsWith("Got it — you picked B.");
        assertThat(toast(danasSecond).text()).startsWith("You already answered this one (B)");

        group.post(olga, "/daily reveal");
        assertThat(rig.awaitMessages(olga, 4).get(3).text()).isEqualTo("Revealed.");
        BotMessage reveal = awaitGroupMessages(group, 2).get(1);
        assertThat(reveal.text()).startsWith("Answer of the day: ").contains("3 answers · A 33% · B 67%",
                "Docs: https://docs.djangoproject.com/");
        assertThat(reveal.replyToMessageId()).isEqualTo(question.messageId());

        dana.send("/progress");
        assertThat(rig.awaitMessages(dana, 2).get(1).text()).startsWith("Your progress · 1 answered");

        // the scheduled post at 09:00 Berlin and its reveal 8 hours later, made by the scheduler
        clock.set(Instant.parse("2026-03-02T08:00:00Z"));
        assertThat(rig.app().dailyScheduler().tick().posted()).isEqualTo(1);
        BotMessage scheduled = awaitGroupMessages(group, 3).get(2);
        assertThat(scheduled.text()).startsWith("Question of the day · ORM");
        assertThat(scheduled.text().lines().skip(1).findFirst()).as("no repeat while the pool lasts")
                .isNotEqualTo(question.text().lines().skip(1).findFirst());
        assertThat(toast(group.press(lee, scheduled, scheduled.buttons().get(0).text())).text())
                .startsWith("Got it — you picked A. You'll see the answer at 17:00 (Europe/Berlin).");
        clock.set(Instant.parse("2026-03-02T16:00:00Z"));
        assertThat(rig.app().dailyScheduler().tick().revealed()).isEqualTo(1);
        BotMessage scheduledReveal = awaitGroupMessages(group, 4).get(3);
        assertThat(scheduledReveal.text()).contains("1 answer (shares are shown from 3 answers on");
        assertThat(scheduledReveal.replyToMessageId()).isEqualTo(scheduled.messageId());

        rig.awaitSettled();
        assertThat(rig.fake.messages(group.id())).as("only the posts and reveals reach the group").hasSize(4);
        assertThat(rig.fake.calls("sendMessage")).filteredOn(c -> c.chatId() == group.id())
                .as("within the group's limit: none refused").allMatch(ApiCall::ok);
        assertNothingPersonalIn(group, olga, dana, lee, max);
        assertThat(rig.fake.messages(dana.id())).as("answers are acknowledged by toasts, not messages").hasSize(2);
        assertThat(rig.fake.calls("answerCallbackQuery")).hasSize(5).allMatch(ApiCall::ok);
    }

    @Test
    void aNonAdminIsRefusedPrivatelyAndNothingPersonalReachesTheGroup() {
        FakeUser kim = rig.fake.user(3005, "Kim"); // never started the bot: it cannot write to her privately
        FakeGroup group = rig.fake.group(-100_3100, "Python meetup").owner(olga).member(lee).member(kim);

        group.post(lee, "/daily pause");
        group.post(lee, "/daily@" + rig.fake.username() + " set 09:00 UTC daily");
        List<BotMessage> lees = rig.awaitMessages(lee, 3);
        assertThat(lees.subList(1, 3)).allSatisfy(m -> assertThat(m.text())
                .startsWith("Sorry — only this community's admins can change the question of the day."));

        int kimsCommand = group.post(kim, "/daily set 09:00 UTC daily");
        BotMessage note = awaitGroupMessages(group, 1).get(0);
        assertThat(note.text()).contains("I can't write to you yet",
                "https://t.me/" + rig.fake.username() + "?start=group").doesNotContain("Sorry", "admins");
        assertThat(note.replyToMessageId()).as("addressed by replying, not by name").isEqualTo(kimsCommand);
        assertThat(rig.fake.calls("sendMessage")).filteredOn(c -> c.chatId() == kim.id())
                .extracting(ApiCall::status).containsExactly(403);

        group.post(lee, "/progress");
        assertThat(awaitGroupMessages(group, 2).get(1).text()).startsWith("I coach in a private chat");
        group.post(lee, "/help@" + rig.fake.username());
        assertThat(awaitGroupMessages(group, 3).get(2).text()).startsWith("In this group:")
                .contains("/daily", "/jobs");
        group.post(lee, "/jobs remote");
        assertThat(rig.awaitMessages(lee, 4).get(3).text()).as("/jobs is off in groups until an admin allows it")
                .startsWith("Job links are off in this community");
        assertThat(adminSays(group, "/jobs here on").text()).startsWith("/jobs is on here.");
        group.post(lee, "/jobs remote");
        assertThat(awaitGroupMessages(group, 4).get(3).text()).startsWith("Django roles · remote")
                .contains("Backend Engineer (Django, DRF) — Fjordbyte Analytics ✓ verified");
        group.post(lee, "/daily@some_other_bot set 09:00 UTC");

        assertThat(adminSays(group, "/daily show").text()).as("the refused commands changed nothing")
                .startsWith("There's no question of the day here yet");
        rig.awaitSettled();
        assertThat(rig.fake.messages(group.id())).hasSize(4);
        assertThat(rig.fake.messages(lee.id())).hasSize(4);
        assertNothingPersonalIn(group, olga, lee, kim);

        List<String> groupMenu = commands("all_group_chats");
        assertThat(groupMenu).containsExactly("daily", "jobs", "help");
        assertThat(commands("all_private_chats")).contains("quiz", "progress", "jobs", "help")
                .doesNotContain("daily");
    }

    @Test
    void groupsTheBotWasRemovedFromAreDisabledNotRetried() {
        FakeGroup kicked = rig.fake.group(-100_3200, "Kicked quietly").owner(olga);
        FakeGroup told = rig.fake.group(-100_3201, "Kicked and told").owner(olga);
        FakeGroup basic = rig.fake.basicGroup(-3202, "Upgraded").owner(olga);
        kicked.post(olga, "/daily set 09:00 UTC daily");
        told.post(olga, "/daily set 09:00 UTC daily");
        basic.post(olga, "/daily set 09:00 UTC daily");
        assertThat(rig.awaitMessages(olga, 4).subList(1, 4))
                .allSatisfy(m -> assertThat(m.text()).startsWith("Question of the day is set"));

        kicked.removeBot(olga, true, false); // the bot learns it from the 403
        told.removeBot(olga, true, true); // Telegram tells the bot (my_chat_member)
        basic.upgradeToSupergroup(olga, -100_3203); // the old id answers 400 with migrate_to_chat_id
        rig.awaitSettled();

        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(rig.app().dailyScheduler().tick().posted()).isZero();
        clock.set(Instant.parse("2026-03-03T09:00:00Z"));
        assertThat(rig.app().dailyScheduler().tick().posted()).isZero();

        assertThat(rig.fake.calls("sendMessage")).filteredOn(c -> c.chatId() == kicked.id())
                .extracting(ApiCall::status).containsExactly(403);
        assertThat(rig.fake.calls("sendMessage")).filteredOn(c -> c.chatId() == basic.id())
                .extracting(ApiCall::status).containsExactly(400);
        assertThat(rig.fake.arrivals("sendMessage", told.id())).as("known to be gone: not even tried").isZero();
        for (FakeGroup group : List.of(kicked, told, basic)) {
            assertThat(adminSays(group, "/daily show").text()).startsWith("Question of the day · removed")
                    .contains("/daily resume restarts it");
        }
    }

    private FakeUser started(long id, String name) {
        FakeUser user = rig.fake.user(id, name);
        user.send("/start");
        rig.awaitMessages(user, 1);
        return user;
    }

    private List<BotMessage> awaitGroupMessages(FakeGroup group, int count) {
        FakeBotApiWait.until(count + " message(s) in group " + group.id(),
                () -> rig.fake.messages(group.id()).size() >= count);
        return rig.fake.messages(group.id());
    }

    private CallbackAnswer toast(String callbackId) {
        FakeBotApiWait.until("the answer to callback " + callbackId,
                () -> rig.fake.callbackAnswer(callbackId).isPresent());
        return rig.fake.callbackAnswer(callbackId).orElseThrow();
    }

    /** No member's name or id appears in any message the bot sent to the group. */
    private void assertNothingPersonalIn(FakeGroup group, FakeUser... members) {
        for (BotMessage message : rig.fake.messages(group.id())) {
            for (FakeUser member : members) {
                assertThat(message.text()).doesNotContain(member.firstName(), String.valueOf(member.id()));
            }
        }
    }

    /** An admin's command straight to the coach (to read a community's state where Telegram can't reach). */
    private Reply adminSays(FakeGroup group, String text) {
        ChatUser admin = new ChatUser("telegram", String.valueOf(olga.id()), "Olga", false);
        return rig.app().bot().handle(Incoming.message(admin, Conversation.community(String.valueOf(group.id()),
                true), text)).get(0);
    }

    private List<String> commands(String scope) {
        List<String> names = new ArrayList<>();
        JsonNode menu = rig.fake.commands(scope);
        assertThat(menu).as("menu for " + scope).isNotNull();
        menu.forEach(command -> names.add(command.path("command").asText()));
        return names;
    }
}
