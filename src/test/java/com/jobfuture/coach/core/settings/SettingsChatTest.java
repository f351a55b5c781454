package com.jobfuture.coach.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.app.CoachApplication;
import com.jobfuture.coach.app.ReminderChecks;
import com.jobfuture.coach.platform.common.PlatformTime;
import com.jobfuture.coach.core.chat.Audience;
import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.CoachBot;
import com.jobfuture.coach.core.chat.Conversation;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.testing.MutableClock;
import com.jobfuture.coach.testing.RecordingMessenger;
import com.jobfuture.coach.testing.TestCoach;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /settings through the bot: showing, every change confirmed and kept, buttons, and help for bad input. */
class SettingsChatTest {
    @TempDir
    Path dir;
    CoachApplication app;
    CoachBot bot;
    final ReminderChecks checks = ReminderChecks.byHand();
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    final ChatUser dana = new ChatUser("test", "1", "Dana", false);

    @BeforeEach
    void setUp() {
        app = CoachApplication.start(TestCoach.config(dir), clock, PlatformTime.system(), checks);
        bot = app.bot();
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void theDefaultsWithButtons() {
        Reply reply = say("/settings");

        assertThat(reply.text()).startsWith("Your settings (only you see them)\n"
                + "Time zone: UTC (it's 09:00 there now) — the default; set yours: /settings timezone Area/City\n"
                + "Reminders: off\nJob alerts: off — /jobs alert on\nQuiet hours: none\nDaily goal: none\n"
                + "Target level: any\nInterview: not set\nAreas: all areas\nChange one:\n/settings timezone Europe/Berlin");
        assertThat(reply.buttons()).extracting(Button::action)
                .containsExactly("settings:reminders:on", "settings:tz", "plan");
        assertThat(reply.buttons().get(0).label()).isEqualTo("Reminders at 18:00");
        assertThat(reply.audience()).isEqualTo(Audience.SENDER);
    }

    @Test
    void eachTypedChangeIsConfirmedAndShownAfterwards() {
        assertThat(say("/settings timezone Europe/Berlin").text()).isEqualTo("Time zone set: Europe/Berlin (it's "
                + "10:00 there now). \"Due today\", streaks and reminders follow it.");
        assertThat(say("/settings reminders 18:30").text()).startsWith("Reminders on: every day at 18:30 "
                + "(Europe/Berlin), only when reviews are due or your streak needs a question — at most one a day. "
                + "Next check: today 18:30.").contains("I can't send reminders on test in this version yet");
        assertThat(say("/settings quiet 22:00-07:00").text())
                .isEqualTo("Quiet hours: 22:00–07:00 (Europe/Berlin) — I send no reminder then.");
        assertThat(say("/settings goal 10").text()).startsWith("Daily goal: 10 questions a day.");
        assertThat(say("/settings level middle").text()).startsWith("Target level: middle");
        Reply interview = say("/settings interview 2027-03-01");
        assertThat(interview.text()).startsWith("Interview date: 2027-03-01 (in 364 days).");
        assertThat(interview.buttons()).extracting(Button::action).containsExactly("plan", "settings");
        assertThat(say("/settings areas orm,apis").text()).isEqualTo("Areas for /plan: ORM, APIs (DRF).");

        Reply shown = say("/settings");
        assertThat(shown.text()).contains("Time zone: Europe/Berlin (it's 10:00 there now)\n",
                "Reminders: on at 18:30 · next check today 18:30\n", "Quiet hours: 22:00–07:00\n",
                "Daily goal: 10 questions\n", "Target level: middle\n",
                "Interview: 2027-03-01 (in 364 days) — /plan\n",
                "Areas: ORM, APIs (DRF)\n");
        assertThat(shown.buttons().get(0).action()).isEqualTo("settings:reminders:off");

        assertThat(say("/settings reminders off").text()).startsWith("Reminders off. Turn them on again any time: "
                + "/settings reminders 18:30.");
        assertThat(say("/settings").text()).contains("Reminders: off\n");
        assertThat(say("/settings reminders on").text()).startsWith("Reminders on: every day at 18:30");
    }

    @Test
    void timeZoneButtonsAndSuggestionsForAZoneThatDoesNotExist() {
        Reply picker = press("settings:tz");
        assertThat(picker.buttons()).extracting(Button::action).contains("settings:tz:Europe/Berlin",
                "settings:tz:America/New_York", "settings:tz:UTC");

        Reply typo = say("/settings timezone Asia/Kolkatta");
        assertThat(typo.text()).contains("\"Asia/Kolkatta\" is not a time zone I know. Did you mean Asia/Kolkata");
        assertThat(typo.buttons()).extracting(Button::action).contains("settings:tz:Asia/Kolkata");
        assertThat(press("settings:tz:Asia/Kolkata").text()).startsWith("Time zone set: Asia/Kolkata (it's 14:30");
        assertThat(press("settings:tz:Nowhere/Land").text()).contains("That time zone button has expired");
        assertThat(say("/settings").text()).contains("Time zone: Asia/Kolkata");
    }

    @Test
    void badInputChangesNothingAndSaysHow() {
        say("/settings goal 10");

        assertThat(say("/settings goal 1000").text()).contains("1000 is out of range");
        assertThat(say("/settings interview 2026-03-01").text()).contains("is in the past");
        assertThat(say("/settings reminders soon").text()).contains("isn't a time of day");
        assertThat(say("/settings colour blue").text()).contains("I don't know the setting \"colour\"");
        assertThat(say("/settings").text()).contains("Daily goal: 10 questions", "Interview: not set",
                "Reminders: off");
    }

    @Test
    void aReminderTimeInsideQuietHoursIsPointedOut() {
        say("/settings quiet 21:00-07:00");

        assertThat(say("/settings reminders 22:15").text())
                .contains("Note: 22:15 is inside your quiet hours (21:00–07:00), so no reminder would come.");
    }

    @Test
    void remindersGoToThePrivateChatTheyWereTurnedOnFromAndTheWarningGoesWhenThePlatformCanSend() {
        checks.deliverOn("test", new RecordingMessenger(clock));
        ChatUser inGroup = new ChatUser("test", "1", "Dana", false);

        Reply reply = bot.handle(Incoming.message(inGroup, Conversation.community("group-7", false),
                "/settings reminders 07:45")).get(0);

        assertThat(reply.audience()).isEqualTo(Audience.SENDER);
        assertThat(reply.text()).startsWith("Reminders on: every day at 07:45 (UTC)")
                .contains("Next check: tomorrow 07:45.", "Your time zone is UTC (the default)")
                .doesNotContain("in this version yet");
    }

    private Reply say(String text) {
        return bot.handle(Incoming.message(dana, text)).get(0);
    }

    private Reply press(String action) {
        return bot.handle(Incoming.press(dana, action)).get(0);
    }
}
