package com.jobfuture.coach.core.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.jobs.source.FeedEntries;
import com.jobfuture.coach.core.jobs.source.FeedOptions;
import com.jobfuture.coach.core.jobs.source.JsonMapping;
import com.jobfuture.coach.core.jobs.source.MappedJsonEntries;
import com.jobfuture.coach.core.jobs.source.ParsedJobs;
import com.jobfuture.coach.testing.MutableClock;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The board over real-world-shaped sources: duplicates across two sources merged, Django relevance, the verified
 * list, freshness, time zones and the order of a search.
 */
class JobBoardTest {
    static final String ALL = "https://www.djangoproject.com/community/jobs/";
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T12:00:00Z"));

    @Test
    void aRoleInTwoSourcesIsListedOnceWithTheGapsOfTheFirstFilledFromTheSecond() throws Exception {
        List<JobPosting> pythonOrg = pythonOrg().jobs();
        List<JobPosting> remotive = remotive().jobs();
        JobBoard board = board(VerifiedCompanies.none(), () -> pythonOrg, () -> remotive);

        List<JobPosting> kestrel = board.roles().stream().map(JobBoard.Listed::job)
                .filter(job -> job.company().equals("Kestrel Health")).toList();

        assertThat(kestrel).as("one company, two different titles: two roles").hasSize(2);
        JobPosting sameUrl = new JobPosting("Senior Backend Engineer", "", false, "", Workplace.NOT_STATED,
                Optional.empty(), "http://python.org/jobs/7901?utm_source=feed#apply", List.of("drf"),
                Optional.empty(), "Django", "other", "Other");
        JobPosting sameRole = new JobPosting("Full-stack developer (Django + Vue) [Remote]", "Harbour & Sons Ltd.",
                false, "Dublin or remote", Workplace.REMOTE, Optional.of(Level.MIDDLE), "https://other.example/harbour",
                List.of(), Optional.of(LocalDate.of(2026, 11, 20)), "Django", "other", "Other");
        JobBoard merged = board(VerifiedCompanies.none(), () -> pythonOrg, () -> List.of(sameUrl, sameRole));

        List<JobPosting> roles = merged.roles().stream().map(JobBoard.Listed::job).toList();
        assertThat(roles).hasSize(pythonOrgListed());
        JobPosting harbour = roles.stream().filter(job -> job.company().equals("Harbour & Sons")).findFirst()
                .orElseThrow();
        assertThat(harbour.url()).as("the first source's link stays").isEqualTo("https://www.python.org/jobs/7885/");
        assertThat(harbour.level()).as("a gap filled from the duplicate").contains(Level.MIDDLE);
        assertThat(harbour.workplace()).isEqualTo(Workplace.REMOTE);
        assertThat(harbour.postedOn()).as("its own date stays").contains(LocalDate.of(2026, 11, 23));
    }

    @Test
    void feedRolesWithoutDjangoOldRolesAreLeftOutAndVerifiedCompaniesMarkedFromAnySource() throws Exception {
        List<JobPosting> pythonOrg = pythonOrg().jobs();
        JobBoard board = board(new VerifiedCompanies(List.of("KESTREL HEALTH GmbH")), () -> pythonOrg);

        List<JobBoard.Listed> roles = board.roles();

        assertThat(roles).extracting(listed -> listed.job().company(), JobBoard.Listed::relevance,
                listed -> listed.job().companyVerified()).containsExactlyInAnyOrder(
                tuple("Kestrel Health", 90, true),
                tuple("Northwind Logistics", 30, false),
                tuple("Harbour & Sons", 80, false),
                tuple("Quaystone Pay", 60, false));
        assertThat(roles).extracting(listed -> listed.job().company()).as("PyTorch only: relevance 0")
                .doesNotContain("Corvid Labs");

        clock.advance(Duration.ofDays(54));
        assertThat(board.roles()).extracting(listed -> listed.job().company()).as("older than 60 days")
                .containsExactlyInAnyOrder("Kestrel Health", "Northwind Logistics");
    }

    @Test
    void aSearchPutsDjangoInTheTitleFirstThenTheNewestAndRemoteRolesMustSuitTheZone() throws Exception {
        List<JobPosting> pythonOrg = pythonOrg().jobs();
        List<JobPosting> remotive = remotive().jobs();
        JobBoard board = board(VerifiedCompanies.none(), () -> pythonOrg, () -> remotive);

        JobBoard.Result all = board.search(JobQuery.none(), 0, 10);
        assertThat(all.shown()).extracting(listed -> listed.job().title()).containsExactly(
                "Senior Backend Engineer (Django)", "Senior Django Engineer", "Full-stack Developer (Django + Vue)",
                all.shown().get(3).job().title(), "Backend Developer (Python)", "Python Developer, Data Platform");
        assertThat(all.shown().get(3).job().company()).isEqualTo("Quaystone Pay");

        JobQuery berlin = JobQuery.parse("remote").withZoneUnlessSet(ZoneId.of("Europe/Berlin"));
        assertThat(board.search(berlin, 0, 10).shown()).extracting(listed -> listed.job().company())
                .containsExactly("Kestrel Health", "Kestrel Health");
        JobQuery chicago = JobQuery.parse("remote America/Chicago");
        assertThat(board.search(chicago, 0, 10).shown()).extracting(listed -> listed.job().company())
                .containsExactly("Prairie Freight");

        JobBoard.Result senior = board.search(JobQuery.parse("senior"), 0, 10);
        assertThat(senior.shown()).extracting(listed -> listed.job().level().map(Level::id).orElse("?"))
                .as("stated levels first, then roles whose level nobody states").containsExactly(
                        "senior", "senior", "senior", "?", "?", "?");
    }

    private int pythonOrgListed() throws Exception {
        List<JobPosting> jobs = pythonOrg().jobs();
        return board(VerifiedCompanies.none(), () -> jobs).roles().size();
    }

    private JobBoard board(VerifiedCompanies verified, JobSource... sources) {
        return new JobBoard(List.of(sources), verified, Duration.ofDays(60), ALL, clock);
    }

    private ParsedJobs pythonOrg() throws Exception {
        return new FeedEntries("python-org", "python.org job board", new FeedOptions(
                FeedOptions.TitleFormat.TITLE_COMMA_COMPANY, Optional.empty(), true, Optional.empty()))
                .parse(fixture("python-org.rss"), clock.instant());
    }

    private ParsedJobs remotive() throws Exception {
        return new MappedJsonEntries("remotive", "Remotive", new JsonMapping("jobs", "title", "company_name",
                "candidate_required_location", "", "", "url", "publication_date", "description", "tags"),
                Optional.of(true)).parse(fixture("remotive.json"), clock.instant());
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = JobBoardTest.class.getResourceAsStream("/jobs/" + name)) {
            return in.readAllBytes();
        }
    }
}
