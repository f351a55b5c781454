package com.jobfuture.coach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.progress.ReviewLogEntry;
import com.jobfuture.coach.core.review.Rating;
import com.jobfuture.coach.core.skillcheck.ItemResponse;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteItemResponsesTest {
    @TempDir
    Path dir;

    private static final Instant DAY1 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant DAY2 = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant DAY3 = Instant.parse("2026-03-03T10:00:00Z");

    @Test
    void readsTheFirstGradedAnswerOfEachUserToEachQuestion() {
        try (Database db = Database.open(dir.resolve("coach.db"))) {
            SqliteUserRepository users = new SqliteUserRepository(db);
            SqliteReviewRepository reviews = new SqliteReviewRepository(db);
            long dana = users.resolve("test", "1", "Dana", DAY1);
            long lee = users.resolve("test", "2", "Lee", DAY1);
            reviews.log(new ReviewLogEntry(dana, "orm-open", Rating.GOOD, null, DAY1)); // self-rated: not graded
            reviews.log(new ReviewLogEntry(dana, "orm-a", Rating.AGAIN, false, DAY1));
            reviews.log(new ReviewLogEntry(dana, "orm-a", Rating.GOOD, true, DAY2)); // a repeat: left out
            reviews.log(new ReviewLogEntry(lee, "orm-a", Rating.GOOD, true, DAY2));
            reviews.log(new ReviewLogEntry(lee, "orm-b", Rating.AGAIN, false, DAY3));

            SqliteItemResponses responses = new SqliteItemResponses(db);

            assertThat(responses.firstGradedAnswers(Instant.EPOCH)).containsExactly(
                    new ItemResponse(dana, "orm-a", false),
                    new ItemResponse(lee, "orm-a", true),
                    new ItemResponse(lee, "orm-b", false));
            // From day 2: Dana's first answer to orm-a was earlier, so her repeat on day 2 does not count either.
            assertThat(responses.firstGradedAnswers(DAY2)).containsExactly(
                    new ItemResponse(lee, "orm-a", true),
                    new ItemResponse(lee, "orm-b", false));
        }
    }
}
