package com.jobfuture.coach.core.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.app.CoachApplication;
import com.jobfuture.coach.app.ReminderChecks;
import com.jobfuture.coach.platform.common.PlatformTime;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.CoachBot;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.testing.MutableClock;
import com.jobfuture.coach.testing.RecordingMessenger;
import com.jobfuture.coach.testing.TestCoach;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /link joins two users' settings and reminders: the older user's choices win, gaps are filled from the other. */
class SettingsMergeTest {
    @TempDir
    Path dir;
    CoachApplication app;
    CoachBot bot;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    final ChatUser console = new ChatUser("test", "dana", "Dana", false);
    final ChatUser telegram = new ChatUser("telegram", "42", "Dana", false);
    final RecordingMessenger testMessages = new RecordingMessenger(clock);
    final RecordingMessenger telegramMessages = new RecordingMessenger(clock);
    final ReminderChecks checks = ReminderChecks.byHand().deliverOn("test", testMessages)
            .deliverOn("telegram", telegramMessages);

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
    void theOlderUsersSettingsWinGapsAreFilledAndTheReminderHistoryMoves() {
        say(console, "/settings timezone Europe/Berlin");     // the older user: zone and goal, no reminders
        say(console, "/settings goal 10");
        say(telegram, "/settings timezone Asia/Tokyo");       // the newer user: zone, reminders, interview
        say(telegram, "/settings reminders 18:45");           // 09:45Z in Tokyo
        say(telegram, "/settings interview 2027-03-01");
        Reply question = say(telegram, "/quiz orm");
        bot.handle(Incoming.press(telegram, question.buttons().get(1).action())); // right: back in 10 minutes
        clock.set(Instant.parse("2026-03-02T09:45:00Z"));
        checks.tick();
        assertThat(telegramMessages.sent()).hasSize(1);       // Tokyo's 2 March reminder

        String code = code(say(console, "/link"));
        assertThat(say(telegram, "/link " + code).text()).startsWith("Linked!");

        assertThat(say(console, "/settings").text()).contains("Time zone: Europe/Berlin", "Daily goal: 10 questions",
                "Interview: 2027-03-01", "Reminders: on at 18:45 · next check today 18:45");
        // 18:45 in Berlin is still 2 March, the day already reminded (the history moved with the merge): nothing.
        clock.set(Instant.parse("2026-03-02T17:45:00Z"));
        checks.tick();
        assertThat(telegramMessages.sent()).hasSize(1);
        // The next day it goes to the Telegram chat it was turned on from.
        clock.set(Instant.parse("2026-03-03T17:45:00Z"));
        checks.tick();
        assertThat(telegramMessages.sent()).hasSize(2);
        assertThat(testMessages.sent()).isEmpty();
    }

    private Reply say(ChatUser user, String text) {
        return bot.handle(Incoming.message(user, text)).get(0);
    }

    private static String code(Reply reply) {
        Matcher matcher = Pattern.compile("/link ([A-Z2-9]{4}-[A-Z2-9]{4})").matcher(reply.text());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
