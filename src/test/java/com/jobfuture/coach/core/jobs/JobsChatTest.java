package com.jobfuture.coach.core.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.chat.Audience;
import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.ChatRequest;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.Conversation;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.storage.Database;
import com.jobfuture.coach.storage.JdbcJobsCommunityRepository;
import com.jobfuture.coach.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /jobs: filters, five roles a page with a Next button, the verified mark, the candidate's level by default in the
 * private chat, and communities where admins must allow it (stored in SQLite) and choose its filters.
 */
class JobsChatTest {
    static final String ALL = "https://www.djangoproject.com/community/jobs/";
    final ChatUser dana = new ChatUser("test", "1", "Dana", false);
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    final Map<Long, CandidateProfile.Candidate> candidates = new HashMap<>();
    final List<JobPosting> jobs = new ArrayList<>(List.of(
            job("Backend Engineer (Django, DRF)", "Fjordbyte", true, "Europe", true, Level.MIDDLE, "2026-02-24",
                    "drf", "postgres"),
            job("Junior Django Developer", "Lindenhof", false, "Berlin, Germany", false, Level.JUNIOR, "2026-02-20"),
            job("Senior Django Engineer, Payments", "Quaystone", false, "Amsterdam", false, Level.SENIOR,
                    "2026-02-18", "drf"),
            job("Django Developer (API)", "Orchard", true, "", true, Level.SENIOR, "2026-02-15", "drf")));
    @TempDir
    Path dir;
    Database database;
    JobsChat chat;

    @BeforeEach
    void setUp() {
        database = Database.open(dir.resolve("coach.db"));
        JobBoard board = new JobBoard(List.of(new JobSource() {
            @Override
            public List<JobPosting> jobs() {
                return jobs;
            }

            @Override
            public boolean curated() {
                return true;
            }
        }), VerifiedCompanies.none(), Duration.ofDays(60), ALL, clock);
        chat = new JobsChat(board, userId -> candidates.getOrDefault(userId, CandidateProfile.Candidate.unknown()),
                new JdbcJobsCommunityRepository(database), clock);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void listsMatchingRolesWithCompanyVerifiedMarkWhereLevelAndLink() {
        Reply reply = jobs("drf remote");

        assertThat(reply.text()).isEqualTo("""
                Django roles · "drf" · remote — 2 matches:
                1. Backend Engineer (Django, DRF) — Fjordbyte ✓ verified
                   Remote (Europe) · middle
                   https://jobs.example.com/backend-engineer-django-drf
                2. Django Developer (API) — Orchard ✓ verified
                   Remote · senior
                   https://jobs.example.com/django-developer-api
                All Django jobs: https://www.djangoproject.com/community/jobs/""");
        assertThat(reply.audience()).isEqualTo(Audience.SENDER);
        assertThat(reply.buttons()).isEmpty();
        assertThat(jobs("onsite senior").text()).contains("1 match:", "Quaystone", "Amsterdam (on-site)")
                .doesNotContain("Orchard");
        assertThat(jobs("Django junior BERLIN").text()).contains("Lindenhof").doesNotContain("Fjordbyte");
    }

    @Test
    void fiveAPageNewestFirstWithANextButtonThatPagesThroughTheRest() {
        for (int i = 0; i < 4; i++) {
            jobs.add(job("Old Django role " + i, "Acme " + i, false, "Lisbon", false, Level.MIDDLE,
                    "2025-12-0" + (i + 1)));
        }

        Reply first = jobs("");

        assertThat(first.text()).startsWith("Django roles — 5 of 8 matches:\n1. Backend Engineer")
                .contains("5. Old Django role 3").doesNotContain("Old Django role 2")
                .endsWith("All Django jobs: " + ALL + "\nNarrow it down with keywords or filters, e.g. /jobs drf "
                        + "remote senior");
        assertThat(first.buttons()).containsExactly(new Button("jobs:n:5:", "Next 5"));

        Reply second = press(first.buttons().get(0), direct());

        assertThat(second.text()).startsWith("Django roles — 6–8 of 8 matches:\n6. Old Django role 2")
                .contains("8. Old Django role 0").endsWith("All Django jobs: " + ALL);
        assertThat(second.replacesOrigin()).isTrue();
        assertThat(second.buttons()).isEmpty();
        assertThat(press(new Button("jobs:n:2:middle", "Next 5"), direct()).text())
                .as("the filters travel in the button")
                .startsWith("Django roles · middle — 3–5 of 5 matches:\n3. ");
        assertThat(press(new Button("jobs:n:5:middle", "Next 5"), direct()).text())
                .startsWith("That was the last of the 5 matches.");
    }

    @Test
    void noMatchSaysWhichFiltersWereUsed() {
        assertThat(jobs("graphql remote senior").text()).isEqualTo("No Django roles match \"graphql\" · remote · "
                + "senior right now. Try fewer filters (for example /jobs remote), or browse all Django jobs: " + ALL);
        jobs.clear();
        assertThat(jobs("").text()).isEqualTo("I have no Django roles listed right now. Browse all Django jobs: "
                + ALL);
    }

    @Test
    void theCandidatesLevelIsTheDefaultInTheirPrivateChatAndAnyLiftsIt() {
        candidates.put(7L, new CandidateProfile.Candidate(Optional.of(Level.SENIOR), "your skill check",
                Optional.empty(), Optional.empty()));

        String mine = jobs("").text();
        assertThat(mine).startsWith("Django roles · senior — 2 matches:").contains("Quaystone", "Orchard")
                .doesNotContain("Fjordbyte", "Lindenhof")
                .contains("At your level (senior, from your skill check); /jobs any shows every level.");
        assertThat(jobs("junior").text()).contains("Lindenhof").doesNotContain("At your level");
        assertThat(jobs("any").text()).startsWith("Django roles — 4 matches:");
    }

    @Test
    void theCandidatesZoneKeepsOutRemoteRolesForOtherHours() {
        jobs.add(job("Django Developer, US hours", "Prairie", false, "USA only, EST ± 3h", true, Level.SENIOR,
                "2026-02-26"));
        candidates.put(7L, new CandidateProfile.Candidate(Optional.empty(), "", Optional.empty(),
                Optional.of(ZoneId.of("Europe/Berlin"))));

        assertThat(jobs("remote").text()).contains("Fjordbyte", "Orchard").doesNotContain("Prairie");
        assertThat(jobs("remote America/Chicago").text()).contains("Prairie", "Orchard").doesNotContain("Fjordbyte");
    }

    @Test
    void inACommunityJobsIsOffUntilAnAdminAllowsItWithTheFiltersTheyChoose() {
        Conversation asMember = Conversation.community("group-1", false);
        Conversation asAdmin = Conversation.community("group-1", true);

        Reply off = chat.onCommand(request(asMember), "jobs", "remote").get(0);
        assertThat(off.text()).startsWith("Job links are off in this community");
        assertThat(off.audience()).isEqualTo(Audience.SENDER);
        assertThat(chat.onCommand(request(asMember), "jobs", "here on").get(0).text())
                .startsWith("Sorry — only this community's admins");

        assertThat(chat.onCommand(request(asAdmin), "jobs", "here on remote").get(0).text())
                .startsWith("/jobs is on here, showing only remote.");
        Reply list = chat.onCommand(request(asMember), "jobs", "onsite senior").get(0);
        assertThat(list.audience()).isEqualTo(Audience.CONVERSATION);
        assertThat(list.text()).as("the admins' filter wins, the member's words narrow it")
                .startsWith("Django roles · remote · senior — 1 match:").contains("Orchard");
        assertThat(chat.onCommand(request(asMember), "jobs", "here").get(0).text())
                .isEqualTo("/jobs is on here, with the filters remote. Admins: /jobs here off turns it off.");

        candidates.put(7L, new CandidateProfile.Candidate(Optional.of(Level.JUNIOR), "your settings",
                Optional.empty(), Optional.empty()));
        assertThat(chat.onCommand(request(asMember), "jobs", "").get(0).text())
                .as("nothing personal in a community").doesNotContain("your level").contains("Fjordbyte");

        chat.onCommand(request(asAdmin), "jobs", "here off");
        assertThat(chat.onCommand(request(asMember), "jobs", "").get(0).text())
                .startsWith("Job links are off in this community");
        assertThat(chat.onCommand(request(Conversation.community("group-2", true)), "jobs", "").get(0).text())
                .startsWith("Job links are off in this community. Turn them on with /jobs here on");
    }

    @Test
    void duplicatesAcrossSourcesAreShownOnce() {
        JobBoard board = new JobBoard(List.of(() -> jobs, () -> List.of(jobs.get(0))), VerifiedCompanies.none(),
                Duration.ofDays(3650), ALL, clock);

        assertThat(board.search(JobQuery.parse(""), 0, 10).matched()).isEqualTo(4);
    }

    private Reply jobs(String args) {
        return chat.onCommand(direct(), "jobs", args).get(0);
    }

    private ChatRequest direct() {
        return new ChatRequest(7, dana, false);
    }

    private ChatRequest request(Conversation conversation) {
        return new ChatRequest(7, dana, conversation, false);
    }

    private Reply press(Button button, ChatRequest request) {
        return chat.onAction(request, button.action()).orElseThrow().get(0);
    }

    static JobPosting job(String title, String company, boolean verified, String location, boolean remote,
                          Level level, String posted, String... tags) {
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
        return new JobPosting(title, company, verified, location, remote ? Workplace.REMOTE : Workplace.ON_SITE,
                Optional.of(level), "https://jobs.example.com/" + slug, List.of(tags),
                Optional.of(LocalDate.parse(posted)), "", "test", "");
    }
}
