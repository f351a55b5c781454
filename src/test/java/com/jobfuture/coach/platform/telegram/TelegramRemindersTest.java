package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.reminders.ReminderScheduler.TickReport;
import com.jobfuture.coach.platform.telegram.fake.ApiCall;
import com.jobfuture.coach.platform.telegram.fake.BotMessage;
import com.jobfuture.coach.platform.telegram.fake.FakeUser;
import com.jobfuture.coach.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review reminders end to end on Telegram: turned on with the typed form in the private chat, sent by the
 * reminder scheduler (ticked by the test on the coach's clock) through the real adapter and library to the fake,
 * with Telegram's limits in virtual time.
 */
@Timeout(120)
class TelegramRemindersTest {
    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    TelegramRig rig;

    @BeforeEach
    void start() throws Exception {
        rig = new TelegramRig(dir).startApp(clock, "");
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void exactlyOneReminderWhoseStartAsksTheReviewAndWhoseTurnOffStopsThem() {
        FakeUser dana = rig.fake.user(3001, "Dana");
        dana.send("/settings timezone Europe/Berlin");
        dana.send("/settings reminders 18:30");
        dana.send("/quiz security");
        List<BotMessage> chat = rig.awaitMessages(dana, 3);
        assertThat(chat.get(0).text()).startsWith("Time zone set: Europe/Berlin");
        assertThat(chat.get(1).text()).startsWith("Reminders on: every day at 18:30 (Europe/Berlin)")
                .doesNotContain("in this version yet");
        dana.press(chat.get(2), "Cross-site request forgery");      // right: the question comes back later
        assertThat(rig.awaitEdited(dana, 2, 1).text()).contains("✓ Right");
        rig.awaitSettled();

        clock.set(Instant.parse("2026-03-02T17:29:00Z"));
        assertThat(rig.reminders().tick().handled()).as("18:29 in Berlin").isZero();
        clock.set(Instant.parse("2026-03-02T17:30:00Z"));
        assertThat(rig.reminders().tick()).isEqualTo(new TickReport(1, 0, 0, 0));
        BotMessage reminder = rig.awaitMessages(dana, 4).get(3);
        clock.set(Instant.parse("2026-03-02T21:00:00Z"));
        assertThat(rig.reminders().tick().handled()).as("one a day").isZero();

        assertThat(reminder.text()).startsWith("1 review due, about 1 minute.")
                .contains("(Your daily reminder at 18:30 · /settings to change it)");
        assertThat(reminder.buttons()).extracting(BotMessage.InlineButton::text)
                .containsExactly("Start", "Turn off reminders");
        int before = rig.fake.messages(dana.id()).size();
        dana.press(reminder, "Start");
        BotMessage review = rig.awaitMessages(dana, before + 1).get(before);
        assertThat(review.text()).startsWith("Security · Web security · junior");

        dana.press(reminder, "Turn off reminders");
        BotMessage off = rig.awaitMessages(dana, before + 2).get(before + 1);
        assertThat(off.text()).startsWith("Reminders off. Turn them on again any time: /settings reminders 18:30.");
        rig.awaitSettled();

        clock.set(Instant.parse("2026-03-03T17:30:00Z"));
        assertThat(rig.reminders().tick().handled()).isZero();
        clock.set(Instant.parse("2026-03-03T23:00:00Z"));
        assertThat(rig.reminders().tick().handled()).isZero();
        assertThat(rig.fake.messages(dana.id())).hasSize(before + 2);
        assertThat(rig.fake.messages(dana.id())).filteredOn(m -> m.text().contains("due, about")).hasSize(1);
    }

    @Test
    void aUserWhoBlockedTheBotIsSwitchedOffWithOneRequestAndNoRetries() {
        FakeUser lee = rig.fake.user(3002, "Lee");
        remindAt10(lee);
        lee.blockSilently();                                          // Telegram does not tell the bot
        int before = rig.fake.arrivals("sendMessage", lee.id());

        clock.set(Instant.parse("2026-03-02T10:00:00Z"));
        assertThat(rig.reminders().tick()).isEqualTo(new TickReport(0, 0, 0, 1));
        for (String at : List.of("2026-03-02T10:05:00Z", "2026-03-02T11:00:00Z", "2026-03-03T10:00:00Z",
                "2026-03-04T10:00:00Z")) {
            clock.set(Instant.parse(at));
            assertThat(rig.reminders().tick().handled()).as("nothing at " + at).isZero();
        }

        assertThat(rig.fake.arrivals("sendMessage", lee.id())).isEqualTo(before + 1);
        assertThat(rig.fake.calls("sendMessage")).filteredOn(call -> lee.id() == call.chatId()).last()
                .extracting(ApiCall::status).isEqualTo(403);
        assertThat(settings(lee)).contains("Reminders: off — my last reminder could not reach you");
    }

    @Test
    void aChatKnownToHaveBlockedTheBotIsSwitchedOffWithoutAnyRequest() {
        FakeUser kim = rig.fake.user(3003, "Kim");
        remindAt10(kim);
        kim.block();                                                  // Telegram tells the bot (my_chat_member)
        rig.awaitSettled();
        int before = rig.fake.arrivals("sendMessage", kim.id());

        clock.set(Instant.parse("2026-03-02T10:00:00Z"));
        assertThat(rig.reminders().tick()).isEqualTo(new TickReport(0, 0, 0, 1));

        assertThat(rig.fake.arrivals("sendMessage", kim.id())).isEqualTo(before);
        assertThat(settings(kim)).contains("Reminders: off — my last reminder could not reach you");
    }

    @Test
    void aBurstOfRemindersDoesNotHoldUpAnotherUsersReply() throws Exception {
        int users = 90;
        List<FakeUser> reminded = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            FakeUser user = rig.fake.user(5000 + i, "User" + i);
            user.send("/settings reminders 09:30");
            reminded.add(user);
        }
        FakeUser quinn = rig.fake.user(6000, "Quinn");
        quinn.send("/start");
        reminded.forEach(user -> rig.awaitMessages(user, 1));
        rig.awaitMessages(quinn, 1);
        for (FakeUser user : reminded) {                              // a review due for each, straight to the coach
            answerRight(new ChatUser("telegram", String.valueOf(user.id()), user.firstName(), false));
        }
        rig.awaitSettled();

        clock.set(Instant.parse("2026-03-02T09:30:00Z"));
        rig.time.hold();                                              // pacing in real time: Quinn acts mid-burst
        try {
            CompletableFuture<TickReport> burst = CompletableFuture.supplyAsync(() -> rig.reminders().tick());
            FakeBotApiWait.until("the burst under way", () -> reminders().size() >= 5);
            Instant asked = rig.time.clock().instant();
            quinn.send("/help");
            BotMessage help = rig.awaitMessages(quinn, 2).get(1);
            Instant answered = rig.fake.calls("sendMessage").stream().filter(c -> c.chatId() == quinn.id())
                    .map(ApiCall::at).reduce((a, b) -> b).orElseThrow();
            rig.time.release();

            assertThat(burst.get(60, TimeUnit.SECONDS).sent()).isEqualTo(users);
            assertThat(help.text()).startsWith("Here's what I can do");
            List<Instant> sent = reminders().stream().map(ApiCall::at).toList();
            long meanwhile = sent.stream().filter(at -> !at.isBefore(asked) && at.isBefore(answered)).count();
            long after = sent.stream().filter(at -> !at.isBefore(answered)).count();
            assertThat(after).as("reminders still waiting when Quinn was answered").isGreaterThanOrEqualTo(30);
            assertThat(meanwhile).as("reminders sent while Quinn's message was read and answered, out of the "
                    + "32 waiting at the adapter").isLessThan(10);
            for (FakeUser user : reminded) {
                assertThat(rig.fake.messages(user.id())).filteredOn(m -> m.text().contains("due, about")).hasSize(1);
            }
        } finally {
            rig.time.release();
        }
    }

    /** Reminders at 10:00 UTC (the default zone) with a review due then. */
    private void remindAt10(FakeUser user) {
        user.send("/settings reminders 10:00");
        user.send("/quiz security");
        List<BotMessage> chat = rig.awaitMessages(user, 2);
        user.press(chat.get(1), "Cross-site request forgery");
        rig.awaitEdited(user, 1, 1);
        rig.awaitSettled();
    }

    private void answerRight(ChatUser user) {
        Reply question = rig.app().bot().handle(Incoming.message(user, "/quiz security")).get(0);
        rig.app().bot().handle(Incoming.press(user, question.buttons().stream()
                .filter(b -> b.label().contains("Cross-site request forgery")).findFirst().orElseThrow().action()));
    }

    private String settings(FakeUser user) {
        return rig.app().bot().handle(Incoming.message(new ChatUser("telegram", String.valueOf(user.id()),
                user.firstName(), false), "/settings")).get(0).text();
    }

    private List<ApiCall> reminders() {
        return rig.fake.calls("sendMessage").stream()
                .filter(c -> c.params().path("text").asText().contains("due, about")).toList();
    }
}
