package com.jobfuture.coach.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.jobfuture.coach.core.daily.CommunityRef;
import com.jobfuture.coach.core.daily.CommunityStatus;
import com.jobfuture.coach.core.daily.DailyAnswerData;
import com.jobfuture.coach.core.daily.DailyCommunity;
import com.jobfuture.coach.core.daily.DailyPost;
import com.jobfuture.coach.core.daily.DailyRepository.MemberAnswer;
import com.jobfuture.coach.core.daily.DailySettings;
import com.jobfuture.coach.core.daily.PostState;
import com.jobfuture.coach.core.deck.OptionOrder;
import com.jobfuture.coach.storage.JdbcDailyRepository;
import com.jobfuture.coach.storage.JdbcUserRepository;
import com.jobfuture.coach.testing.StorageTest;
import com.jobfuture.coach.testing.TestStorage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Question-of-the-day communities, posts, claims and answers: the same behaviour on SQLite and PostgreSQL. */
class DailyRepositoryContractTest {
    @Nested
    class OnSqlite extends DailyRepositoryContract {
        OnSqlite() {
            super(TestStorage.SQLITE);
        }
    }

    @Nested
    class OnPostgres extends DailyRepositoryContract {
        OnPostgres() {
            super(TestStorage.POSTGRESQL);
        }
    }
}

abstract class DailyRepositoryContract extends StorageTest {
    static final CommunityRef GROUP = new CommunityRef("telegram", "-100");
    static final LocalDate MONDAY = LocalDate.parse("2026-03-02");
    JdbcDailyRepository daily;

    DailyRepositoryContract(TestStorage storage) {
        super(storage);
    }

    @BeforeEach
    void community() {
        daily = new JdbcDailyRepository(db);
        daily.saveCommunity(new DailyCommunity(GROUP, new DailySettings(LocalTime.of(9, 0), ZoneId.of("UTC"),
                EnumSet.of(DayOfWeek.MONDAY), List.of("orm"), Optional.empty(), Duration.ofHours(8)),
                CommunityStatus.ACTIVE, T0, T0));
    }

    @Test
    void aCommunityIsSavedAndReplaced() {
        DailyCommunity paused = daily.community(GROUP).orElseThrow().withStatus(CommunityStatus.PAUSED, T0);
        daily.saveCommunity(paused);

        assertThat(daily.community(GROUP)).contains(paused);
        assertThat(daily.communities(CommunityStatus.PAUSED)).containsExactly(paused);
        assertThat(daily.communities(CommunityStatus.ACTIVE)).isEmpty();
    }

    @Test
    void aSlotHasOnePostWhileNowPostsMayBeMany() {
        Optional<DailyPost> first = daily.insertChosen(GROUP, Optional.of(MONDAY), "q1", OptionOrder.identity(3), T0);
        Optional<DailyPost> again = daily.insertChosen(GROUP, Optional.of(MONDAY), "q2", OptionOrder.identity(3), T0);
        Optional<DailyPost> nowOne = daily.insertChosen(GROUP, Optional.empty(), "q3", OptionOrder.identity(3), T0);
        Optional<DailyPost> nowTwo = daily.insertChosen(GROUP, Optional.empty(), "q4", OptionOrder.identity(3), T0);

        assertThat(first).isPresent();
        assertThat(again).isEmpty();
        assertThat(nowOne).isPresent();
        assertThat(nowTwo).isPresent();
        assertThat(daily.hasPostFor(GROUP, MONDAY)).isTrue();
        assertThat(daily.post(first.get().id())).contains(first.get());
        assertThat(daily.latestPost(GROUP)).contains(nowTwo.get());
        assertThat(daily.posts(EnumSet.of(PostState.CHOSEN))).extracting(DailyPost::questionId)
                .containsExactly("q1", "q3", "q4");
    }

    @Test
    void anUpdateAppliesOnlyFromTheExpectedState() {
        DailyPost post = daily.insertChosen(GROUP, Optional.of(MONDAY), "q1", new OptionOrder(List.of(2, 0, 1)), T0)
                .orElseThrow();
        DailyPost sending = post.sending(T0.plus(Duration.ofHours(8)));

        assertThat(daily.updatePost(sending, PostState.CHOSEN)).isTrue();
        assertThat(daily.updatePost(sending.posted("m1"), PostState.CHOSEN)).isFalse();
        assertThat(daily.updatePost(sending.posted("m1"), PostState.SENDING)).isTrue();

        assertThat(daily.post(post.id())).contains(sending.posted("m1"));
        assertThat(daily.usedQuestionCounts(GROUP)).containsExactly(Map.entry("q1", 1));
    }

    @Test
    void aClaimIsTakenOnceAndOnlyWhenDueAndInItsState() {
        DailyPost post = daily.insertChosen(GROUP, Optional.of(MONDAY), "q1", OptionOrder.identity(3), T0)
                .orElseThrow();
        Instant until = T0.plusSeconds(120);

        assertThat(daily.claimPost(post.id(), PostState.OPEN, T0, until)).isFalse();
        assertThat(daily.claimPost(post.id(), PostState.CHOSEN, T0.minusSeconds(1), until)).isFalse();
        assertThat(daily.claimPost(post.id(), PostState.CHOSEN, T0, until)).isTrue();
        assertThat(daily.claimPost(post.id(), PostState.CHOSEN, T0.plusSeconds(60), until)).isFalse();
        assertThat(daily.post(post.id()).orElseThrow().nextAttemptAt()).isEqualTo(until);
        assertThat(daily.claimPost(post.id(), PostState.CHOSEN, until, until.plusSeconds(120))).isTrue();
    }

    @Test
    void twoProcessesClaimingTheSamePostsGetEachPostOnce() throws Exception {
        JdbcDailyRepository other = new JdbcDailyRepository(anotherProcess());
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ids.add(daily.insertChosen(GROUP, Optional.empty(), "q" + i, OptionOrder.identity(3), T0).orElseThrow()
                    .id());
        }
        ExecutorService processes = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (long id : ids) {
                claims.add(processes.submit(() -> daily.claimPost(id, PostState.CHOSEN, T0, T0.plusSeconds(120))));
                claims.add(processes.submit(() -> other.claimPost(id, PostState.CHOSEN, T0, T0.plusSeconds(120))));
            }
            for (int i = 0; i < claims.size(); i += 2) {
                assertThat(claims.get(i).get() ^ claims.get(i + 1).get()).as("post %d", i / 2).isTrue();
            }
        } finally {
            processes.shutdownNow();
        }
    }

    @Test
    void aMemberAnswersOncePerPostAndAnswersAreCountedPerOption() {
        long dana = new JdbcUserRepository(db).resolve("telegram", "1", "Dana", T0);
        long ben = new JdbcUserRepository(db).resolve("telegram", "2", "Ben", T0);
        long post = daily.insertChosen(GROUP, Optional.of(MONDAY), "q1", OptionOrder.identity(3), T0).orElseThrow()
                .id();

        assertThat(daily.insertAnswer(post, dana, 2, T0)).isTrue();
        assertThat(daily.insertAnswer(post, dana, 0, T0.plusSeconds(1))).isFalse();
        assertThat(daily.insertAnswer(post, ben, 2, T0.plusSeconds(2))).isTrue();

        assertThat(daily.answerOf(post, dana)).contains(2);
        assertThat(daily.answerCounts(post)).containsExactly(Map.entry(2, 2));
        assertThat(daily.answersOf(ben)).containsExactly(new MemberAnswer(post, "telegram", "-100", "q1", 2,
                T0.plusSeconds(2)));
    }

    @Test
    void aMergeKeepsTheEarlierAnswerPerPostAndMovesTheRest() {
        JdbcUserRepository users = new JdbcUserRepository(db);
        long into = users.resolve("console", "dana", "Dana", Instant.EPOCH);
        long from = users.resolve("telegram", "42", "Dana", Instant.EPOCH);
        long first = daily.insertChosen(GROUP, Optional.of(MONDAY), "q1", OptionOrder.identity(3), T0)
                .orElseThrow().id();
        long second = daily.insertChosen(GROUP, Optional.of(MONDAY.plusDays(7)), "q2", OptionOrder.identity(3), T0)
                .orElseThrow().id();
        daily.insertAnswer(first, into, 2, Instant.ofEpochSecond(200));
        daily.insertAnswer(first, from, 0, Instant.ofEpochSecond(100)); // earlier: this one was counted first
        daily.insertAnswer(second, from, 1, Instant.ofEpochSecond(300));

        db.inTransaction(() -> {
            new DailyAnswerData(daily).merge(from, into);
            return null;
        });

        List<MemberAnswer> answers = daily.answersOf(into);
        assertThat(answers).extracting(MemberAnswer::postId, MemberAnswer::option)
                .containsExactly(tuple(first, 0), tuple(second, 1));
        assertThat(daily.answersOf(from)).isEmpty();
        assertThat(daily.answerCounts(first)).containsExactly(Map.entry(0, 1));
        assertThat(new DailyAnswerData(daily).export(into)).isEqualTo(answers);
    }
}
