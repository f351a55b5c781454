package com.jobfuture.coach.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.reminders.ReminderScheduler.TickReport;
import com.jobfuture.coach.platform.discord.fake.BotMessage;
import com.jobfuture.coach.platform.discord.fake.FakeDiscord.Where;
import com.jobfuture.coach.platform.discord.fake.FakeUser;
import com.jobfuture.coach.platform.discord.fake.RestCall;
import com.jobfuture.coach.platform.fakes.Eventually;
import com.jobfuture.coach.platform.fakes.Fault;
import com.jobfuture.coach.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review reminders end to end on Discord: turned on with /settings' slash subcommands (which write the typed
 * forms), sent by the reminder scheduler (ticked by the test on the coach's clock) through the real JDA to the
 * fake's DMs, pressed there.
 */
@Timeout(120)
class DiscordRemindersTest {
    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    DiscordHarness harness;

    @AfterEach
    void stop() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void exactlyOneReminderWhoseStartAsksTheReviewAndWhoseTurnOffStopsThem() throws Exception {
        harness = DiscordHarness.create(dir);
        FakeUser dana = harness.fake.addUser("dana");
        harness.startApp(clock);

        JsonNode zones = harness.fake.autocomplete(dana, Where.DM, "settings", "timezone", "zone", "berl");
        assertThat(zones.get(0).path("value").asText()).isEqualTo("Europe/Berlin");
        harness.fake.slash(dana, Where.DM, "settings", "timezone", Map.of("zone", "Europe/Berlin"));
        harness.fake.awaitText(dana, "Time zone set: Europe/Berlin");
        harness.fake.slash(dana, Where.DM, "settings", "reminders", Map.of("time", "18:30"));
        BotMessage on = harness.fake.awaitText(dana, "Reminders on: every day at 18:30 (Europe/Berlin)");
        assertThat(on.content()).doesNotContain("in this version yet");
        answerRightInDm(dana);

        clock.set(Instant.parse("2026-03-02T17:29:00Z"));
        assertThat(harness.reminders().tick().handled()).as("18:29 in Berlin").isZero();
        clock.set(Instant.parse("2026-03-02T17:30:00Z"));
        assertThat(harness.reminders().tick()).isEqualTo(new TickReport(1, 0, 0, 0));
        clock.set(Instant.parse("2026-03-02T21:00:00Z"));
        assertThat(harness.reminders().tick().handled()).as("one a day").isZero();

        BotMessage reminder = harness.fake.awaitText(dana, "1 review due, about 1 minute.");
        assertThat(reminder.channelId()).isEqualTo(dana.dmChannelId());
        assertThat(reminder.origin()).isEqualTo("channel");
        assertThat(reminder.labels()).containsExactly("Start", "Turn off reminders");
        assertThat(reminder.buttons()).allSatisfy(b -> assertThat(b.customId()).endsWith("|" + dana.id()));

        int before = messagesTo(dana).size();
        harness.fake.click(dana, reminder, "Start");
        BotMessage review = harness.fake.awaitMessage(dana, "the review question",
                m -> messagesTo(dana).indexOf(m) >= before && m.content().contains(DiscordTestDeck.FIRST_PROMPT));
        assertThat(review.labels()).contains("Skip");

        harness.fake.click(dana, harness.fake.messages().stream().filter(m -> m.id().equals(reminder.id()))
                .findFirst().orElseThrow(), "Turn off reminders");
        harness.fake.awaitText(dana, "Reminders off. Turn them on again any time: /settings reminders 18:30.");

        clock.set(Instant.parse("2026-03-03T17:30:00Z"));
        assertThat(harness.reminders().tick().handled()).isZero();
        clock.set(Instant.parse("2026-03-03T23:00:00Z"));
        assertThat(harness.reminders().tick().handled()).isZero();
        assertThat(messagesTo(dana)).filteredOn(m -> m.content().contains("due, about")).hasSize(1);
    }

    @Test
    void aUserWhoClosedTheirDmsIsSwitchedOffWithOneMessageAttemptAndNoRetries() throws Exception {
        harness = DiscordHarness.create(dir);
        FakeUser lee = harness.fake.addUser("lee");
        harness.startApp(clock);
        harness.fake.slash(lee, Where.DM, "settings", "reminders", Map.of("time", "10:00"));
        harness.fake.awaitText(lee, "Reminders on: every day at 10:00 (UTC)");
        answerRightInDm(lee);
        harness.fake.setDmsClosed(lee, true);

        clock.set(Instant.parse("2026-03-02T10:00:00Z"));
        assertThat(harness.reminders().tick()).isEqualTo(new TickReport(0, 0, 0, 1));
        for (String at : List.of("2026-03-02T10:05:00Z", "2026-03-02T11:00:00Z", "2026-03-03T10:00:00Z")) {
            clock.set(Instant.parse(at));
            assertThat(harness.reminders().tick().handled()).as("nothing at " + at).isZero();
        }

        List<RestCall> attempts = harness.fake.calls("POST", "channels/" + lee.dmChannelId() + "/messages").stream()
                .filter(call -> call.body().path("content").asText().contains("due, about")).toList();
        assertThat(attempts).as("one message attempt, refused with 50007").singleElement()
                .extracting(RestCall::status).isEqualTo(403);
        assertThat(harness.fake.calls("POST", "users/@me/channels"))
                .filteredOn(call -> call.body().path("recipient_id").asText().equals(lee.id()))
                .as("the DM opened at most once").hasSizeLessThanOrEqualTo(1);
        assertThat(settingsOf(lee)).contains("Reminders: off — my last reminder could not reach you");
    }

    @Test
    void anUnknownUserIsUnreachable() throws Exception {
        harness = DiscordHarness.create(dir);
        FakeUser kim = harness.fake.addUser("kim");
        harness.startApp(clock);
        harness.fake.slash(kim, Where.DM, "settings", "reminders", Map.of("time", "10:00"));
        harness.fake.awaitText(kim, "Reminders on");
        answerRightInDm(kim);
        harness.fake.inject("POST", "users/@me/channels", new Fault.Refused(404, 10013, "Unknown User"), 1);

        clock.set(Instant.parse("2026-03-02T10:00:00Z"));
        assertThat(harness.reminders().tick()).isEqualTo(new TickReport(0, 0, 0, 1));
        assertThat(harness.fake.calls("POST", "channels/" + kim.dmChannelId() + "/messages"))
                .noneMatch(call -> call.body().path("content").asText().contains("due, about"));
    }

    @Test
    void aBurstOfRemindersDoesNotHoldUpAnotherUsersReply() throws Exception {
        harness = DiscordHarness.create(dir);
        List<FakeUser> reminded = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            reminded.add(harness.fake.addUser("user" + i));
        }
        FakeUser quinn = harness.fake.addUser("quinn");
        harness.startApp(clock);
        for (FakeUser user : reminded) {                                // straight to the coach, as 60 DMs would
            ChatUser coachUser = new ChatUser("discord", user.id(), user.name(), false);
            say(coachUser, "/settings reminders 09:30");
            Reply question = say(coachUser, "/quiz " + DiscordTestDeck.TOPIC);
            harness.app().bot().handle(Incoming.press(coachUser, question.buttons().stream()
                    .filter(b -> b.label().equals("0")).findFirst().orElseThrow().action()));  // right
        }

        clock.set(Instant.parse("2026-03-02T09:30:00Z"));
        CompletableFuture<TickReport> burst = CompletableFuture.supplyAsync(() -> harness.reminders().tick());
        Eventually.until("the burst under way", Duration.ofSeconds(30), () -> reminders().size() >= 5);
        long asked = System.nanoTime();
        harness.fake.sendDm(quinn, "/help");
        harness.fake.awaitText(quinn, "Here's what I can do");
        long answered = harness.fake.calls("POST", "channels/" + quinn.dmChannelId() + "/messages").get(0)
                .receivedNanos();

        assertThat(burst.get(60, TimeUnit.SECONDS).sent()).isEqualTo(60);
        List<Long> sent = reminders().stream().map(RestCall::receivedNanos).toList();
        long meanwhile = sent.stream().filter(at -> at >= asked && at < answered).count();
        long after = sent.stream().filter(at -> at >= answered).count();
        assertThat(after).as("reminders still to go when Quinn was answered").isGreaterThanOrEqualTo(20);
        assertThat(meanwhile).as("reminders sent while Quinn's message was read and answered").isLessThan(5);
        for (FakeUser user : reminded) {
            assertThat(messagesTo(user)).filteredOn(m -> m.content().contains("due, about")).hasSize(1);
        }
    }

    /** /quiz in the DM and the right answer: a review is due 10 minutes later. */
    private void answerRightInDm(FakeUser user) {
        harness.fake.slash(user, Where.DM, "quiz", Map.of("topic", DiscordTestDeck.TOPIC));
        BotMessage question = harness.fake.awaitText(user, DiscordTestDeck.FIRST_PROMPT);
        harness.fake.click(user, question, "0");
        harness.fake.awaitMessage(user, "the graded question",
                m -> m.id().equals(question.id()) && m.content().contains("✓ Right"));
    }

    private Reply say(ChatUser user, String text) {
        return harness.app().bot().handle(Incoming.message(user, text)).get(0);
    }

    private String settingsOf(FakeUser user) {
        return say(new ChatUser("discord", user.id(), user.name(), false), "/settings").text();
    }

    private List<BotMessage> messagesTo(FakeUser user) {
        return harness.fake.messagesFor(user);
    }

    private List<RestCall> reminders() {
        return harness.fake.calls("POST", "channels/\\d+/messages").stream()
                .filter(call -> call.body().path("content").asText().contains("due, about")).toList();
    }
}
