package com.jobfuture.coach.core.daily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobfuture.coach.storage.Database;
import com.jobfuture.coach.testing.CoreFixture;
import com.jobfuture.coach.testing.DailyFixture;
import com.jobfuture.coach.testing.StorageTest;
import com.jobfuture.coach.testing.TestStorage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Two bot processes share one database: every community's question of the day is posted exactly once, and when
 * one process dies mid-run the other posts what remains (the post it was sending is never resent). On PostgreSQL
 * the processes have a connection each; on SQLite (one process, docs/daily-and-jobs.md) two schedulers share one.
 */
class DailyAcrossProcessesTest {
    @Nested
    class OnSqlite extends DailyAcrossProcesses {
        OnSqlite() {
            super(TestStorage.SQLITE);
        }
    }

    @Nested
    class OnPostgres extends DailyAcrossProcesses {
        OnPostgres() {
            super(TestStorage.POSTGRESQL);
        }
    }
}

abstract class DailyAcrossProcesses extends StorageTest {
    private static final int COMMUNITIES = 200;
    private static final Instant SLOT = Instant.parse("2026-03-02T09:00:00Z");
    private DailyFixture first;
    private DailyFixture second;

    /** The process died: thrown from inside a publish call, after the message reached the platform. */
    static final class ProcessKilled extends Error {
        ProcessKilled() {
            super("kill -9 while a message was on its way");
        }
    }

    DailyAcrossProcesses(TestStorage storage) {
        super(storage);
    }

    @BeforeEach
    void twoProcesses() {
        first = new DailyFixture(CoreFixture.on(db, folder.resolve("first")));
        Database secondDatabase = storage == TestStorage.POSTGRESQL ? anotherProcess() : db;
        second = new DailyFixture(CoreFixture.on(secondDatabase, folder.resolve("second")));
        at(Instant.parse("2026-03-02T08:00:00Z"));
        for (int i = 0; i < COMMUNITIES; i++) {
            assertThat(first.admin(name(i), "set 09:00 UTC daily").text()).startsWith("Question of the day is set");
        }
    }

    @Test
    void twoProcessesTickingAtOncePostEveryCommunityExactlyOnce() throws Exception {
        at(SLOT);
        ExecutorService processes = Executors.newFixedThreadPool(2);
        try {
            List<Future<DailyScheduler.TickReport>> ticks = new ArrayList<>();
            for (DailyFixture process : List.of(first, second)) {
                ticks.add(processes.submit(() -> process.scheduler.tick()));
            }
            int posted = 0;
            for (Future<DailyScheduler.TickReport> tick : ticks) {
                posted += tick.get().posted();
            }
            assertThat(posted).isEqualTo(COMMUNITIES);
        } finally {
            processes.shutdownNow();
        }

        assertThat(questionsPerCommunity()).hasSize(COMMUNITIES).allSatisfy((community, count) ->
                assertThat(count).as(community).isEqualTo(1));
        assertThat(first.repository.posts(EnumSet.allOf(PostState.class)))
                .hasSize(COMMUNITIES).allSatisfy(post -> assertThat(post.state()).isEqualTo(PostState.OPEN));
    }

    @Test
    void whenOneProcessDiesMidRunTheOtherPostsWhatRemainsAndNothingTwice() {
        String killedAt = name(COMMUNITIES / 2);
        first.publisher.script(killedAt, message -> {
            throw new ProcessKilled();
        });
        at(SLOT);
        assertThatThrownBy(() -> first.scheduler.tick()).isInstanceOf(ProcessKilled.class);
        int postedBeforeDying = first.publisher.published().size();
        assertThat(postedBeforeDying).isBetween(1, COMMUNITIES - 1);

        at(SLOT.plusSeconds(15)); // the survivor's next tick
        DailyScheduler.TickReport rest = second.scheduler.tick();

        assertThat(rest.posted()).isEqualTo(COMMUNITIES - postedBeforeDying);
        assertThat(questionsPerCommunity()).hasSize(COMMUNITIES).allSatisfy((community, count) ->
                assertThat(count).as(community).isEqualTo(1));
        assertThat(state(killedAt)).isEqualTo(PostState.SENDING); // still claimed by the dead process

        at(SLOT.plus(PostSender.CLAIM_LEASE)); // its claim ran out: never resent, marked as maybe posted
        second.scheduler.tick();
        assertThat(state(killedAt)).isEqualTo(PostState.UNCONFIRMED);
        assertThat(questionsPerCommunity().values()).containsOnly(1L);
    }

    private Map<String, Long> questionsPerCommunity() {
        return Stream.of(first, second)
                .flatMap(process -> process.publisher.messages(CommunityMessage.Kind.QUESTION).stream())
                .collect(Collectors.groupingBy(m -> m.community().conversationId(), Collectors.counting()));
    }

    private PostState state(String community) {
        return first.repository.latestPost(DailyFixture.community(community)).orElseThrow().state();
    }

    private void at(Instant instant) {
        first.core.clock.set(instant);
        second.core.clock.set(instant);
    }

    private static String name(int i) {
        return String.format("c%03d", i);
    }
}
