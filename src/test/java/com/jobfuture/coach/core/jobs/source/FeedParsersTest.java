package com.jobfuture.coach.core.jobs.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.jobs.JobPosting;
import com.jobfuture.coach.core.jobs.Workplace;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The parsers on real-world-shaped fixtures (src/test/resources/jobs): python.org's RSS 2.0 (no content:encoded,
 * "Title, Company", location on the first line), a WP Job Manager RSS 2.0 (content:encoded, dc:creator, a location
 * element), an Atom board, Remotive's JSON API; hostile entries are skipped with a reason.
 */
class FeedParsersTest {
    static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    @Test
    void pythonOrgRssWithoutContentEncoded() throws Exception {
        ParsedJobs parsed = new FeedEntries("python-org", "python.org job board", new FeedOptions(
                FeedOptions.TitleFormat.TITLE_COMMA_COMPANY, Optional.empty(), true, Optional.empty()))
                .parse(fixture("python-org.rss"), NOW);

        assertThat(parsed.jobs()).extracting(JobPosting::title, JobPosting::company, JobPosting::location,
                JobPosting::workplace, JobPosting::level, JobPosting::postedOn).containsExactly(
                tuple("Senior Backend Engineer (Django)", "Kestrel Health", "Remote, Europe, CET ± 2h",
                        Workplace.REMOTE, Optional.of(Level.SENIOR), Optional.of(LocalDate.of(2026, 11, 30))),
                tuple("Python Developer, Data Platform", "Northwind Logistics", "Hamburg, Germany",
                        Workplace.NOT_STATED, Optional.empty(), Optional.of(LocalDate.of(2026, 11, 27))),
                tuple("Machine Learning Engineer", "Corvid Labs", "Toronto, Ontario, Canada", Workplace.NOT_STATED,
                        Optional.empty(), Optional.of(LocalDate.of(2026, 11, 26))),
                tuple("Full-stack Developer (Django + Vue)", "Harbour & Sons", "Dublin, Ireland",
                        Workplace.NOT_STATED, Optional.empty(), Optional.of(LocalDate.of(2026, 11, 23))),
                tuple(parsed.jobs().get(4).title(), "Quaystone Pay", "Amsterdam, Netherlands", Workplace.NOT_STATED,
                        Optional.of(Level.SENIOR), Optional.of(LocalDate.of(2026, 11, 22))));
        JobPosting first = parsed.jobs().get(0);
        assertThat(first.url()).isEqualTo("https://www.python.org/jobs/7901/");
        assertThat(first.description()).contains("Django REST framework on PostgreSQL", "Own our public API")
                .doesNotContain("<p>", "&lt;");
        assertThat(first.source()).isEqualTo("python-org");
        assertThat(first.sourceLabel()).isEqualTo("python.org job board");
        assertThat(parsed.jobs().get(4).title()).hasSizeLessThanOrEqualTo(EntryRules.MAX_TITLE).endsWith("…")
                .startsWith("Lead Django Engineer (Payments platform");
        assertThat(parsed.problems()).containsExactly(
                "python-org: entry 4 (\"Junior Django Developer, Click Here Ltd\"): url "
                        + "'javascript:alert(document.cookie)' is not an http(s) link — skipped",
                "python-org: entry 5 (\"Django Developer, Timeless Inc\"): date 'sometime next week' is not a date"
                        + " — skipped",
                "python-org: entry 6 (\"Django Developer, Time Travel GmbH\"): date 2028-01-01 is in the future "
                        + "— skipped",
                "python-org: entry 8 (\"Django Django Django Django Django Djang…\"): title is 4199 characters "
                        + "long — skipped",
                "python-org: entry 9 (\"Lead Django Engineer (Payments platform,…\"): title shortened from 200 to "
                        + "160 characters");
    }

    @Test
    void jobManagerRssWithContentEncodedCreatorAndALocationElement() throws Exception {
        ParsedJobs parsed = new FeedEntries("remote-python", "Remote Python Jobs", new FeedOptions(
                FeedOptions.TitleFormat.TITLE, Optional.of("location"), false, Optional.empty()))
                .parse(fixture("job-manager.rss"), NOW);

        assertThat(parsed.jobs()).extracting(JobPosting::title, JobPosting::company, JobPosting::location,
                JobPosting::workplace, JobPosting::level).containsExactly(
                tuple("Backend Engineer – DRF & Celery", "Fjordbyte Analytics AS", "Europe (remote)",
                        Workplace.REMOTE, Optional.empty()),
                tuple("Junior Python Developer (Wagtail)", "Lindenhof Learning", "Germany", Workplace.NOT_STATED,
                        Optional.of(Level.JUNIOR)));
        JobPosting first = parsed.jobs().get(0);
        assertThat(first.description()).as("content:encoded wins over the short description")
                .contains("Django REST framework", "run Celery workers at scale", "UTC-1 to UTC+3");
        assertThat(first.tags()).containsExactly("Django", "REST APIs");
        assertThat(first.url()).isEqualTo("https://jobs.example.net/job/backend-engineer-drf-celery/"
                + "?utm_source=rss&utm_medium=rss");
        assertThat(parsed.problems()).containsExactly(
                "remote-python: entry 3 (\"Senior Platform Engineer\"): url "
                        + "'data:text/html;base64,PHNjcmlwdD5hbGVydC…' is not an http(s) link — skipped",
                "remote-python: entry 4 (\"Django Developer\"): url 'https://jobs.example.net@evil.example.co…' "
                        + "carries a user name — skipped");
    }

    @Test
    void atomWithAuthorsTitlesInHtmlAndEntriesWithoutALink() throws Exception {
        ParsedJobs parsed = new FeedEntries("django-board", "Django Jobs", FeedOptions.detect())
                .parse(fixture("django-board.atom"), NOW);

        assertThat(parsed.jobs()).extracting(JobPosting::title, JobPosting::company, JobPosting::url,
                JobPosting::level, JobPosting::postedOn).containsExactly(
                tuple("Mid-level Django Developer", "Orchard Lane Health",
                        "https://djangojobs.example.org/jobs/412-mid-level-django-developer/",
                        Optional.of(Level.MIDDLE), Optional.of(LocalDate.of(2026, 11, 29))),
                tuple("Senior Software Engineer (Django)", "Tidewater Studio",
                        "https://djangojobs.example.org/jobs/409-senior-software-engineer/",
                        Optional.of(Level.SENIOR), Optional.of(LocalDate.of(2026, 11, 25))));
        assertThat(parsed.jobs().get(0).description()).isEqualTo("Remote (UK time zones). Django 5.2, DRF, Celery.");
        assertThat(parsed.jobs().get(0).tags()).containsExactly("drf", "celery");
        assertThat(parsed.jobs().get(1).description()).startsWith("On-site in Lisbon.");
        assertThat(parsed.problems()).containsExactly("django-board: entry 3 (\"Django Developer, Remote\"): url "
                + "'tag:djangojobs.example.org,2026:jobs/400' is not an http(s) link — skipped");
    }

    @Test
    void aJsonApiThroughAMapping() throws Exception {
        JsonMapping remotive = new JsonMapping("jobs", "title", "company_name", "candidate_required_location", "",
                "", "url", "publication_date", "description", "tags");

        ParsedJobs parsed = new MappedJsonEntries("remotive", "Remotive", remotive, Optional.of(true))
                .parse(fixture("remotive.json"), NOW);

        assertThat(parsed.jobs()).extracting(JobPosting::title, JobPosting::company, JobPosting::location,
                JobPosting::workplace, JobPosting::level, JobPosting::postedOn).containsExactly(
                tuple("Senior Django Engineer", "Kestrel Health", "Europe", Workplace.REMOTE,
                        Optional.of(Level.SENIOR), Optional.of(LocalDate.of(2026, 11, 30))),
                tuple("Backend Developer (Python)", "Prairie Freight", "USA Only", Workplace.REMOTE,
                        Optional.empty(), Optional.of(LocalDate.of(2026, 11, 28))));
        assertThat(parsed.jobs().get(0).tags()).containsExactly("django", "python", "postgresql", "aws");
        assertThat(parsed.jobs().get(0).description()).isEqualTo(
                "Kestrel Health builds clinical scheduling software with Django and Django REST framework.");
        assertThat(parsed.problems()).containsExactly(
                "remotive: job 3 (\"Django Developer\"): company must be text — skipped",
                "remotive: job 4 (\"Django Developer\"): date '30/11/2026' is not a date — skipped");
    }

    @Test
    void aJsonMappingReadsLevelsRemoteWordsNestedPathsAndEpochDates() throws Exception {
        byte[] body = """
                {"data": {"results": [
                  {"role": {"name": "Backend Developer"}, "org": "Acme", "where": ["Berlin", "Hamburg"],
                   "seniority": "Entry-level", "setup": "On-site", "links": {"apply": "https://acme.example/1"},
                   "created": 1764547200},
                  {"role": {"name": "Django Engineer"}, "org": "Beta", "where": [], "seniority": "Mid-Level",
                   "setup": "remote", "links": {"apply": "https://beta.example/2"}, "created": "2026-11-30"}
                ]}}""".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        JsonMapping mapping = new JsonMapping("data.results", "role.name", "org", "where", "setup", "seniority",
                "links.apply", "created", "", "");

        ParsedJobs parsed = new MappedJsonEntries("api", "API", mapping, Optional.empty()).parse(body, NOW);

        assertThat(parsed.jobs()).extracting(JobPosting::title, JobPosting::location, JobPosting::workplace,
                JobPosting::level, JobPosting::postedOn).containsExactly(
                tuple("Backend Developer", "Berlin, Hamburg", Workplace.ON_SITE, Optional.of(Level.JUNIOR),
                        Optional.of(LocalDate.of(2025, 12, 1))),
                tuple("Django Engineer", "", Workplace.REMOTE, Optional.of(Level.MIDDLE),
                        Optional.of(LocalDate.of(2026, 11, 30))));
        assertThatThrownBy(() -> new MappedJsonEntries("api", "API", mapping, Optional.empty())
                .parse("{\"data\": {}}".getBytes(java.nio.charset.StandardCharsets.UTF_8), NOW))
                .isInstanceOf(UnreadableBodyException.class).hasMessage("no list of jobs at 'data.results'");
    }

    @Test
    void aFeedWithADoctypeIsRefusedWholeAndNothingOfItIsRead() throws Exception {
        byte[] xxe = fixture("xxe.rss");

        assertThatThrownBy(() -> new FeedEntries("evil", "", FeedOptions.detect()).parse(xxe, NOW))
                .isInstanceOf(UnreadableBodyException.class).hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> new FeedEntries("evil", "", FeedOptions.detect())
                .parse("<html><body>Not a feed</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8), NOW))
                .isInstanceOf(UnreadableBodyException.class).hasMessageStartingWith("not an RSS or Atom feed");
    }

    @Test
    void theDetectedFormatReadsFeedsAndTheBotsOwnJson() throws Exception {
        DetectedFormat detected = new DetectedFormat("jobs-feeds-1", "example.org");

        assertThat(detected.parse(fixture("django-board.atom"), NOW).jobs()).hasSize(2);
        assertThat(detected.parse(("\uFEFF  {\"jobs\": [{\"title\": \"Django Dev\", \"company\": \"A\", \"remote\": "
                + "true, \"level\": \"junior\", \"url\": \"https://a.example/1\"}]}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), NOW).jobs())
                .extracting(JobPosting::title).containsExactly("Django Dev");
        assertThatThrownBy(() -> detected.parse("Service Unavailable".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                NOW)).isInstanceOf(UnreadableBodyException.class).hasMessage("neither an RSS/Atom feed nor JSON");
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = FeedParsersTest.class.getResourceAsStream("/jobs/" + name)) {
            return in.readAllBytes();
        }
    }
}
