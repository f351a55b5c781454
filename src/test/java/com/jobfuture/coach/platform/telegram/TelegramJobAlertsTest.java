package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.jobs.alerts.JobAlertScheduler.TickReport;
import com.jobfuture.coach.platform.telegram.fake.BotMessage;
import com.jobfuture.coach.platform.telegram.fake.FakeGroup;
import com.jobfuture.coach.platform.telegram.fake.FakeUser;
import com.jobfuture.coach.testing.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Job alerts end to end on Telegram: turned on privately (never in a group) and shown in /settings, sent by the alert
 * scheduler (ticked by the test on the coach's clock) at the user's reminder time through the real adapter to the
 * fake, with only roles the user has not seen, at most once a day across restarts, and turned off with one tap.
 */
@Timeout(120)
class TelegramJobAlertsTest {
    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    final List<String> roles = new ArrayList<>();
    Path jobsFile;
    TelegramRig rig;

    @BeforeEach
    void start() throws Exception {
        jobsFile = dir.resolve("jobs.yaml");
        addRole("Django Developer (API)", "Orchard Lane Health", "orchard");
        rig = new TelegramRig(dir).startApp(clock, "jobs:\n  file: " + jobsFile + "\n");
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void newRemoteRolesOnceADayAtTheReminderTimeOnlyPrivatelyAndOneTapOff() throws IOException {
        FakeUser dana = rig.fake.user(3101, "Dana");
        FakeUser olga = rig.fake.user(3102, "Olga");
        FakeGroup group = rig.fake.group(-100_4100, "Django meetup").owner(olga).member(dana);
        dana.send("/settings timezone Europe/Berlin");
        dana.send("/jobs alert on remote");
        List<BotMessage> chat = rig.awaitMessages(dana, 2);
        assertThat(chat.get(1).text()).isEqualTo("Job alerts are on for remote · Europe/Berlin. Once a day at 18:00 "
                + "(Europe/Berlin) "
                + "I'll send you new matching roles — only when there are some (1 match now: /jobs remote). Only "
                + "you see them.");
        group.post(dana, "/jobs alert on");
        assertThat(rig.awaitMessages(dana, 3).get(2).text())
                .startsWith("Job alerts come to your private chat, never to a group.");
        dana.send("/settings");
        assertThat(rig.awaitMessages(dana, 4).get(3).text()).contains("\nJob alerts: on (remote) — "
                + "new roles at 18:00 when there are some · /jobs alert off\n");
        rig.awaitSettled();
        rig.stopApp();
        rig.startApp(clock, "jobs:\n  file: " + jobsFile + "\n");

        addRole("Senior Django Engineer", "Fjordbyte Analytics", "fjordbyte");
        clock.set(Instant.parse("2026-03-02T16:59:00Z"));
        assertThat(rig.app().jobAlerts().tick()).as("17:59 in Berlin").isEqualTo(new TickReport(0, 0, 0));
        clock.set(Instant.parse("2026-03-02T17:00:00Z"));
        assertThat(rig.app().jobAlerts().tick()).isEqualTo(new TickReport(1, 0, 0));
        BotMessage alert = rig.awaitMessages(dana, 5).get(4);
        assertThat(alert.text()).startsWith("New Django roles for you · remote · Europe/Berlin — 1 role:\n"
                + "1. Senior Django Engineer — Fjordbyte Analytics")
                .contains("You get this once a day because you turned on job alerts.")
                .doesNotContain("Orchard");
        assertThat(alert.buttons()).extracting(BotMessage.InlineButton::text)
                .containsExactly("All matches", "Turn off job alerts");
        addRole("Django Developer, Payments", "Quaystone Pay", "quaystone");
        rig.stopApp();
        rig.startApp(clock, "jobs:\n  file: " + jobsFile + "\n");
        clock.set(Instant.parse("2026-03-02T18:30:00Z"));
        assertThat(rig.app().jobAlerts().tick()).as("one a day, across a restart").isEqualTo(new TickReport(0, 0, 0));

        clock.set(Instant.parse("2026-03-03T17:00:00Z"));
        assertThat(rig.app().jobAlerts().tick()).isEqualTo(new TickReport(1, 0, 0));
        BotMessage second = rig.awaitMessages(dana, 6).get(5);
        assertThat(second.text()).contains("Quaystone Pay").doesNotContain("Fjordbyte", "Orchard");

        dana.press(second, "Turn off job alerts");
        assertThat(rig.awaitEdited(dana, 5, 1).text()).isEqualTo("Job alerts are off. /jobs alert on turns them on "
                + "again.");
        rig.awaitSettled();
        addRole("Django Developer, Search", "Bramble Books", "bramble");
        clock.set(Instant.parse("2026-03-04T17:00:00Z"));
        assertThat(rig.app().jobAlerts().tick()).isEqualTo(new TickReport(0, 0, 0));
        assertThat(rig.fake.messages(dana.id())).hasSize(6);
        dana.send("/settings");
        assertThat(rig.awaitMessages(dana, 7).get(6).text()).contains("\nJob alerts: off — /jobs alert on\n");
        assertThat(rig.fake.messages(group.id())).as("nothing of it in the group").isEmpty();
    }

    private void addRole(String title, String company, String slug) throws IOException {
        roles.add("  - {title: \"" + title + "\", company: \"" + company + "\", remote: true, location: Europe, "
                + "level: senior, url: \"https://jobs.example.com/" + slug + "\"}\n");
        Files.writeString(jobsFile, "jobs:\n" + String.join("", roles));
        Files.setLastModifiedTime(jobsFile, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")
                .plusSeconds(roles.size())));
    }
}
