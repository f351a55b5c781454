package com.jobfuture.coach.core.jobs.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.chat.Audience;
import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.ChatRequest;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.Conversation;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.jobs.CandidateProfile;
import com.jobfuture.coach.core.jobs.JobAlertCommands;
import com.jobfuture.coach.core.jobs.JobBoard;
import com.jobfuture.coach.core.jobs.JobPosting;
import com.jobfuture.coach.core.jobs.JobSource;
import com.jobfuture.coach.core.jobs.JobsChat;
import com.jobfuture.coach.core.jobs.VerifiedCompanies;
import com.jobfuture.coach.core.jobs.Workplace;
import com.jobfuture.coach.storage.Database;
import com.jobfuture.coach.storage.JdbcJobAlertRepository;
import com.jobfuture.coach.storage.JdbcJobsCommunityRepository;
import com.jobfuture.coach.storage.JdbcUserRepository;
import com.jobfuture.coach.core.user.UserDirectory;
import com.jobfuture.coach.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /jobs alert on|off and the off button, through /jobs: private only, roles matching now marked as seen. */
class JobAlertCommandsTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T09:00:00Z"));
    final List<JobPosting> jobs = new ArrayList<>();
    @TempDir
    Path dir;
    Database database;
    JdbcJobAlertRepository repository;
    JobsChat chat;
    ChatUser dana = new ChatUser("telegram", "501", "Dana", false);
    long danaId;

    @BeforeEach
    void setUp() {
        database = Database.open(dir.resolve("coach.db"));
        danaId = new UserDirectory(new JdbcUserRepository(database), clock).userId("telegram", "501", "Dana");
        repository = new JdbcJobAlertRepository(database);
        jobs.add(job("Django Developer", "Acme", Workplace.REMOTE, "https://acme.example/1"));
        jobs.add(job("Django Engineer", "Beta", Workplace.ON_SITE, "https://beta.example/2"));
        JobSource source = () -> jobs;
        JobBoard board = new JobBoard(List.of(source), VerifiedCompanies.none(), Duration.ofDays(60),
                "https://www.djangoproject.com/community/jobs/", clock);
        JobAlerts alerts = new JobAlerts(repository, board, CandidateProfile.unknown(),
                userId -> new AlertTimes.AlertTime(LocalTime.of(18, 30), ZoneId.of("Europe/Berlin")), clock);
        chat = new JobsChat(board, CandidateProfile.unknown(), new JdbcJobsCommunityRepository(database), alerts,
                clock);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void turningAlertsOnStoresTheFiltersAndTheChatAndMarksTodaysMatchesSeen() {
        Reply on = say(direct(), "alert on remote");

        assertThat(on.text()).isEqualTo("Job alerts are on for remote. Once a day at 18:30 (Europe/Berlin) I'll send "
                + "you new matching roles — only when there are some (1 match now: /jobs remote). Only you see "
                + "them.");
        assertThat(on.buttons()).containsExactly(new Button(JobAlertCommands.OFF_ACTION, "Turn off job alerts"));
        JobAlert stored = repository.find(danaId).orElseThrow();
        assertThat(stored).isEqualTo(new JobAlert(danaId, "remote", "telegram", "501", true, clock.instant(),
                clock.instant()));
        assertThat(repository.seen(danaId)).containsExactlyInAnyOrder("url acme.example/1",
                "role acme | django developer");
        assertThat(say(direct(), "alert").text()).isEqualTo("Job alerts are on for remote: new matching roles once a "
                + "day at 18:30 (Europe/Berlin). /jobs alert off turns them off.");
    }

    @Test
    void theButtonTurnsThemOffInPlaceAndOffSaysSoWhenTheyWereNotOn() {
        say(direct(), "alert on");
        clock.advance(Duration.ofHours(1));

        Reply off = chat.onAction(direct(), JobAlertCommands.OFF_ACTION).orElseThrow().get(0);

        assertThat(off.text()).isEqualTo("Job alerts are off. /jobs alert on turns them on again.");
        assertThat(off.replacesOrigin()).isTrue();
        assertThat(repository.find(danaId).orElseThrow().active()).isFalse();
        assertThat(say(direct(), "alert off").text()).startsWith("Job alerts were not on.");
        assertThat(say(direct(), "alert").text()).startsWith("Job alerts are off. /jobs alert on [filters] sends you");
    }

    @Test
    void neverInAGroupNothingChangesThereAndTheAnswerIsPrivate() {
        Reply inGroup = say(new ChatRequest(danaId, dana, Conversation.community("-100", true), false), "alert on");

        assertThat(inGroup.text()).isEqualTo("Job alerts come to your private chat, never to a group. Send me /jobs "
                + "alert on there.");
        assertThat(inGroup.audience()).isEqualTo(Audience.SENDER);
        assertThat(repository.find(danaId)).isEmpty();
    }

    private Reply say(ChatRequest request, String args) {
        return chat.onCommand(request, "jobs", args).get(0);
    }

    private ChatRequest direct() {
        return new ChatRequest(danaId, dana, false);
    }

    static JobPosting job(String title, String company, Workplace workplace, String url) {
        return new JobPosting(title, company, false, "Berlin", workplace, Optional.of(Level.MIDDLE), url, List.of(),
                Optional.of(LocalDate.of(2026, 12, 1)), "", "test", "");
    }
}
