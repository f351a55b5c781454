package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.Conversation;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.core.daily.DailyScheduler;
import com.jobfuture.coach.platform.telegram.fake.ApiCall;
import com.jobfuture.coach.platform.telegram.fake.FakeUser;
import com.jobfuture.coach.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200 groups whose question of the day is due at the same minute, posted by the scheduler through the real wiring
 * and library while 120 members' private replies compete for the same sends: every post arrives, and the fake's
 * arrival times show Telegram's limits kept (at most 30 messages in any second overall, at most 20 in any minute
 * per group) and reached (the limiter, not slowness, paced them). Setting up goes straight to the coach, as 200
 * admins would; reveals replying to their questions are in {@link TelegramDailyQuestionTest}.
 */
@Timeout(90)
class TelegramDailyLimitsTest {
    static final int GROUPS = 200;
    static final int MEMBERS = 120;
    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    TelegramRig rig;

    @BeforeEach
    void start() throws Exception {
        rig = new TelegramRig(dir).startApp(clock, "daily:\n  check_every: 5m\n");
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void twoHundredGroupsAtOnceStayWithinTelegramsLimits() {
        List<Long> groups = new ArrayList<>();
        ChatUser admin = new ChatUser("telegram", "4000", "Admin", false);
        for (int i = 0; i < GROUPS; i++) {
            long chatId = -100_400_000L - i;
            rig.fake.group(chatId, "Group " + i);
            groups.add(chatId);
            String set = rig.app().bot().handle(Incoming.message(admin, Conversation.community(String.valueOf(chatId),
                    true), "/daily set 09:00 UTC daily")).get(0).text();
            assertThat(set).startsWith("Question of the day is set");
        }

        List<FakeUser> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            members.add(rig.fake.user(4100 + i, "Member" + i));
        }

        // the posts go out while members' private replies compete for the same 30 messages/s
        clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        members.forEach(member -> member.send("/help"));
        DailyScheduler.TickReport posts = rig.app().dailyScheduler().tick();

        assertThat(posts.posted()).isEqualTo(GROUPS);
        for (long chatId : groups) {
            assertThat(rig.fake.messages(chatId)).singleElement()
                    .satisfies(m -> assertThat(m.text()).startsWith("Question of the day"));
        }

        members.forEach(member -> rig.awaitMessages(member, 1));
        List<ApiCall> sends = rig.fake.calls("sendMessage");
        assertThat(sends).hasSize(GROUPS + MEMBERS).allMatch(ApiCall::ok);
        List<Instant> all = sends.stream().map(ApiCall::at).sorted().toList();
        assertThat(mostWithin(all, Duration.ofSeconds(1)))
                .as("messages in any 1 s window overall (30/s, one more for network jitter)").isLessThanOrEqualTo(31)
                .as("the limit was reached, so it was the limiter that held them back").isGreaterThanOrEqualTo(25);
        Map<Long, List<Instant>> perGroup = sends.stream().collect(Collectors.groupingBy(ApiCall::chatId,
                Collectors.mapping(ApiCall::at, Collectors.toList())));
        for (List<Instant> times : perGroup.values()) {
            assertThat(mostWithin(times.stream().sorted().toList(), Duration.ofMinutes(1))).isLessThanOrEqualTo(20);
        }
    }

    /** The largest number of times in any half-open window [t, t + window). */
    private static int mostWithin(List<Instant> sorted, Duration window) {
        int most = 0;
        int first = 0;
        for (int last = 0; last < sorted.size(); last++) {
            while (!sorted.get(first).plus(window).isAfter(sorted.get(last))) {
                first++;
            }
            most = Math.max(most, last - first + 1);
        }
        return most;
    }
}
