package com.jobfuture.coach.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.progress.ReviewLogEntry;
import com.jobfuture.coach.core.review.Rating;
import com.jobfuture.coach.core.skillcheck.ItemResponse;
import com.jobfuture.coach.storage.JdbcItemResponses;
import com.jobfuture.coach.storage.JdbcReviewRepository;
import com.jobfuture.coach.storage.JdbcUserRepository;
import com.jobfuture.coach.testing.StorageTest;
import com.jobfuture.coach.testing.TestStorage;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Nested;

/** The first graded answers the item calibration reads: the same on SQLite and PostgreSQL. */
class ItemResponsesContractTest {
    @Nested
    class OnSqlite extends ItemResponsesContract {
        OnSqlite() {
            super(TestStorage.SQLITE);
        }
    }

    @Nested
    class OnPostgres extends ItemResponsesContract {
        OnPostgres() {
            super(TestStorage.POSTGRESQL);
        }
    }
}

abstract class ItemResponsesContract extends StorageTest {
    private static final Instant DAY1 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant DAY2 = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant DAY3 = Instant.parse("2026-03-03T10:00:00Z");

    ItemResponsesContract(TestStorage storage) {
        super(storage);
    }

    @Test
    void readsTheFirstGradedAnswerOfEachUserToEachQuestion() {
        JdbcUserRepository users = new JdbcUserRepository(db);
        JdbcReviewRepository reviews = new JdbcReviewRepository(db);
        long dana = users.resolve("test", "1", "Dana", DAY1);
        long lee = users.resolve("test", "2", "Lee", DAY1);
        reviews.log(new ReviewLogEntry(dana, "orm-open", Rating.GOOD, null, DAY1)); // self-rated: not graded
        reviews.log(new ReviewLogEntry(dana, "orm-a", Rating.AGAIN, false, DAY1));
        reviews.log(new ReviewLogEntry(dana, "orm-a", Rating.GOOD, true, DAY2)); // a repeat: left out
        reviews.log(new ReviewLogEntry(lee, "orm-a", Rating.GOOD, true, DAY2));
        reviews.log(new ReviewLogEntry(lee, "orm-b", Rating.AGAIN, false, DAY3));

        JdbcItemResponses responses = new JdbcItemResponses(db);

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
