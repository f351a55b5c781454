package com.jobfuture.coach.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.progress.ReviewLogEntry;
import com.jobfuture.coach.core.review.Rating;
import com.jobfuture.coach.core.review.ReviewCard;
import com.jobfuture.coach.core.user.Identity;
import com.jobfuture.coach.core.user.UserAccount;
import com.jobfuture.coach.storage.Database;
import com.jobfuture.coach.storage.JdbcReviewRepository;
import com.jobfuture.coach.storage.JdbcUserRepository;
import com.jobfuture.coach.testing.StorageTest;
import com.jobfuture.coach.testing.TestStorage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Users, identities and the review log: the same behaviour on SQLite and PostgreSQL. */
class UserRepositoryContractTest {
    @Nested
    class OnSqlite extends UserRepositoryContract {
        OnSqlite() {
            super(TestStorage.SQLITE);
        }
    }

    @Nested
    class OnPostgres extends UserRepositoryContract {
        OnPostgres() {
            super(TestStorage.POSTGRESQL);
        }
    }
}

abstract class UserRepositoryContract extends StorageTest {
    UserRepositoryContract(TestStorage storage) {
        super(storage);
    }

    @Test
    void anIdentityResolvesToOneUserCreatedOnFirstContact() {
        JdbcUserRepository users = new JdbcUserRepository(db);

        long dana = users.resolve("telegram", "42", "Dana", T0);
        long again = users.resolve("telegram", "42", "Dana K", T0.plusSeconds(60));
        long other = users.resolve("discord", "42", "Dana", T0);

        assertThat(again).isEqualTo(dana);
        assertThat(other).isNotEqualTo(dana);
        assertThat(users.find(dana)).contains(new UserAccount(dana, "Dana", T0));
        assertThat(users.displayName(dana)).contains("Dana");
        assertThat(users.identities(dana)).containsExactly(new Identity("telegram", "42", T0));
        assertThat(users.find(dana + other + 1)).isEmpty();
    }

    @Test
    void mergingMovesIdentitiesAndTheLogWithoutDuplicatesThenDeletesTheOtherUser() {
        JdbcUserRepository users = new JdbcUserRepository(db);
        JdbcReviewRepository reviews = new JdbcReviewRepository(db);
        long kept = users.resolve("telegram", "1", "Dana", T0);
        long gone = users.resolve("discord", "9", "Dana", T0.plusSeconds(1));
        ReviewLogEntry shared = new ReviewLogEntry(kept, "q1", Rating.GOOD, true, T0.plusSeconds(5));
        reviews.log(shared);
        reviews.log(new ReviewLogEntry(gone, "q1", Rating.GOOD, true, T0.plusSeconds(5)));
        reviews.log(new ReviewLogEntry(gone, "q2", Rating.AGAIN, false, T0.plusSeconds(9)));

        db.inTransaction(() -> {
            reviews.moveLog(gone, kept);
            users.mergeInto(gone, kept);
            return null;
        });

        assertThat(users.identities(kept)).extracting(Identity::platform).containsExactly("telegram", "discord");
        assertThat(users.find(gone)).isEmpty();
        assertThat(reviews.history(kept)).containsExactly(shared,
                new ReviewLogEntry(kept, "q2", Rating.AGAIN, false, T0.plusSeconds(9)));
        assertThat(reviews.answerCount(kept)).isEqualTo(2);
    }

    @Test
    void deletingAUserDeletesWhatReferencesIt() {
        JdbcUserRepository users = new JdbcUserRepository(db);
        JdbcReviewRepository reviews = new JdbcReviewRepository(db);
        long user = users.resolve("console", "dana", "Dana", T0);
        reviews.saveCard(user, "q1", ReviewCard.newCard(T0));
        reviews.log(new ReviewLogEntry(user, "q1", Rating.HARD, null, T0));

        users.delete(user);

        assertThat(users.find(user)).isEmpty();
        assertThat(users.identities(user)).isEmpty();
        assertThat(reviews.cards(user)).isEmpty();
        assertThat(reviews.history(user)).isEmpty();
    }

    @Test
    void twoProcessesResolvingTheSameIdentitiesAgreeOnOneUserEach() throws Exception {
        Database second = anotherProcess();
        JdbcUserRepository here = new JdbcUserRepository(db);
        JdbcUserRepository there = new JdbcUserRepository(second);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String id = String.valueOf(i);
                results.add(pool.submit(() -> here.resolve("telegram", id, "U" + id, T0)));
                results.add(pool.submit(() -> there.resolve("telegram", id, "U" + id, T0)));
            }
            Set<Long> distinct = new HashSet<>();
            for (int i = 0; i < results.size(); i += 2) {
                long a = results.get(i).get();
                long b = results.get(i + 1).get();
                assertThat(a).isEqualTo(b);
                distinct.add(a);
            }
            assertThat(distinct).hasSize(50);
            for (long user : distinct) {
                assertThat(here.identities(user)).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
