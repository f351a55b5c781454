package com.jobfuture.coach.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.storage.JdbcLinkCodeRepository;
import com.jobfuture.coach.storage.JdbcUserRepository;
import com.jobfuture.coach.testing.StorageTest;
import com.jobfuture.coach.testing.TestStorage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** /link codes and wrong-code attempts: a code links once (also across processes) — on SQLite and PostgreSQL. */
class LinkCodeRepositoryContractTest {
    @Nested
    class OnSqlite extends LinkCodeRepositoryContract {
        OnSqlite() {
            super(TestStorage.SQLITE);
        }
    }

    @Nested
    class OnPostgres extends LinkCodeRepositoryContract {
        OnPostgres() {
            super(TestStorage.POSTGRESQL);
        }
    }
}

abstract class LinkCodeRepositoryContract extends StorageTest {
    static final Duration TEN_MINUTES = Duration.ofMinutes(10);
    JdbcUserRepository users;
    JdbcLinkCodeRepository codes;
    long dana;

    LinkCodeRepositoryContract(TestStorage storage) {
        super(storage);
    }

    @BeforeEach
    void setUp() {
        users = new JdbcUserRepository(db);
        codes = new JdbcLinkCodeRepository(db);
        dana = users.resolve("console", "dana", "Dana", T0);
    }

    @Test
    void aNewCodeReplacesTheUsersEarlierOneAndWorksUntilItExpires() {
        codes.replace(dana, "hash-1", T0, T0.plus(TEN_MINUTES));
        codes.replace(dana, "hash-2", T0.plusSeconds(30), T0.plusSeconds(30).plus(TEN_MINUTES));

        assertThat(codes.owner("hash-1", T0.plusSeconds(31))).isEmpty();
        assertThat(codes.owner("hash-2", T0.plusSeconds(31))).contains(dana);
        assertThat(codes.codeExpiry(dana, T0.plusSeconds(31))).contains(T0.plusSeconds(30).plus(TEN_MINUTES));
        Instant expired = T0.plusSeconds(30).plus(TEN_MINUTES);
        assertThat(codes.owner("hash-2", expired)).isEmpty();
        assertThat(codes.codeExpiry(dana, expired)).isEmpty();
    }

    @Test
    void aCodeIsConsumedOnceAndExpiredCodesAreDroppedWhenAnotherIsMade() {
        long lee = users.resolve("telegram", "7", "Lee", T0);
        codes.replace(dana, "hash-dana", T0, T0.plus(TEN_MINUTES));

        assertThat(codes.consume("hash-dana")).isTrue();
        assertThat(codes.consume("hash-dana")).isFalse();
        assertThat(codes.owner("hash-dana", T0)).isEmpty();

        codes.replace(dana, "hash-old", T0, T0.plus(TEN_MINUTES));
        codes.replace(lee, "hash-lee", T0.plus(TEN_MINUTES), T0.plus(TEN_MINUTES.multipliedBy(2)));
        assertThat(codes.consume("hash-old")).as("expired, dropped by the next code made").isFalse();
    }

    @Test
    void wrongCodesAreCountedPerUserAndOldOnesForgotten() {
        long lee = users.resolve("telegram", "7", "Lee", T0);
        codes.recordFailure(dana, T0, T0.minusSeconds(3600));
        codes.recordFailure(dana, T0.plusSeconds(60), T0.minusSeconds(3600));
        codes.recordFailure(lee, T0.plusSeconds(61), T0.minusSeconds(3600));
        codes.recordFailure(dana, T0.plusSeconds(7200), T0.plusSeconds(30));

        assertThat(codes.failuresSince(dana, T0.minusSeconds(1))).containsExactly(T0.plusSeconds(60),
                T0.plusSeconds(7200));
        assertThat(codes.failuresSince(dana, T0.plusSeconds(60))).containsExactly(T0.plusSeconds(7200));
        assertThat(codes.failuresSince(lee, T0)).containsExactly(T0.plusSeconds(61));
    }

    @Test
    void deletingTheUserDeletesTheirCode() {
        codes.replace(dana, "hash-dana", T0, T0.plus(TEN_MINUTES));

        users.delete(dana);

        assertThat(codes.owner("hash-dana", T0)).isEmpty();
    }

    @Test
    void twoProcessesConsumingTheSameCodesAtOnceLinkEachOnce() throws Exception {
        JdbcLinkCodeRepository there = new JdbcLinkCodeRepository(anotherProcess());
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long user = users.resolve("telegram", "u" + i, "U" + i, T0);
            codes.replace(user, "hash-" + i, T0, T0.plus(TEN_MINUTES));
            hashes.add("hash-" + i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> consumed = new ArrayList<>();
            for (String hash : hashes) {
                consumed.add(pool.submit(() -> codes.consume(hash)));
                consumed.add(pool.submit(() -> there.consume(hash)));
            }
            for (int i = 0; i < consumed.size(); i += 2) {
                assertThat(consumed.get(i).get() ^ consumed.get(i + 1).get()).as("code %s used once",
                        hashes.get(i / 2)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
