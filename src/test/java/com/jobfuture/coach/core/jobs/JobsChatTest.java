package com.jobfuture.coach.core.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.chat.Audience;
import com.jobfuture.coach.core.chat.ChatRequest;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.Conversation;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.deck.Level;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** /jobs: filters, at most five roles, the verified mark, the all-jobs link and clear no-match messages. */
class JobsChatTest {
    static final String ALL = "https://www.djangoproject.com/community/jobs/";
    final ChatUser dana = new ChatUser("test", "1", "Dana", false);
    final List<JobPosting> jobs = new ArrayList<>(List.of(
            job("Backend Engineer (Django, DRF)", "Fjordbyte", true, "Europe", true, Level.MIDDLE, "2026-02-24",
                    "drf", "postgres"),
            job("Junior Django Developer", "Lindenhof", false, "Berlin, Germany", false, Level.JUNIOR, "2026-02-20"),
            job("Senior Django Engineer, Payments", "Quaystone", false, "Amsterdam", false, Level.SENIOR,
                    "2026-02-18", "drf"),
            job("Django Developer (API)", "Orchard", true, "", true, Level.SENIOR, "2026-02-15", "drf")));
    final JobsChat chat = new JobsChat(new JobBoard(List.of(() -> jobs), ALL));

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
        assertThat(jobs("onsite senior").text()).contains("1 match:", "Quaystone", "Amsterdam (on-site)")
                .doesNotContain("Orchard");
        assertThat(jobs("Django junior BERLIN").text()).contains("Lindenhof").doesNotContain("Fjordbyte");
    }

    @Test
    void showsAtMostFiveNewestFirstAndSaysHowManyMatched() {
        for (int i = 0; i < 4; i++) {
            jobs.add(job("Old role " + i, "Acme " + i, false, "Lisbon", false, Level.MIDDLE, "2025-12-0" + (i + 1)));
        }

        String text = jobs("").text();

        assertThat(text).startsWith("Django roles — 5 of 8 matches:\n1. Backend Engineer")
                .contains("5. Old role 3").doesNotContain("Old role 2")
                .endsWith("All Django jobs: " + ALL + "\nNarrow it down with keywords or filters, e.g. /jobs drf "
                        + "remote senior");
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
    void inACommunityTheAnswerGoesToTheConversation() {
        ChatRequest inGroup = new ChatRequest(7, dana, Conversation.community("group-1", false), false);

        assertThat(chat.onCommand(inGroup, "jobs", "remote").get(0).audience()).isEqualTo(Audience.CONVERSATION);
    }

    @Test
    void duplicatesAcrossSourcesAreShownOnce() {
        JobBoard board = new JobBoard(List.of(() -> jobs, () -> List.of(jobs.get(0))), ALL);

        assertThat(board.search(JobQuery.parse(""), 10).matched()).isEqualTo(4);
    }

    private Reply jobs(String args) {
        return chat.onCommand(new ChatRequest(7, dana, false), "jobs", args).get(0);
    }

    static JobPosting job(String title, String company, boolean verified, String location, boolean remote,
                          Level level, String posted, String... tags) {
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
        return new JobPosting(title, company, verified, location, remote, level, "https://jobs.example.com/" + slug,
                List.of(tags), Optional.of(LocalDate.parse(posted)));
    }
}
