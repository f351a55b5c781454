package com.jobfuture.coach.core.skillcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.testing.StorageTest;
import com.jobfuture.coach.testing.TestStorage;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.testing.CheckDecks;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Nested;

/** Skill checks as user data: a /link merge keeps every finished check and the more recently used running one. */
class SkillCheckDataTest {
    @Nested
    class OnSqlite extends SkillCheckDataCases {
        OnSqlite() {
            super(TestStorage.SQLITE);
        }
    }

    @Nested
    class OnPostgres extends SkillCheckDataCases {
        OnPostgres() {
            super(TestStorage.POSTGRESQL);
        }
    }
}

/** The cases, run on each database. */
abstract class SkillCheckDataCases extends StorageTest {
    CheckFixture fx;
    final ChatUser other = new ChatUser("test", "dana-phone", "Dana", false);

    SkillCheckDataCases(TestStorage storage) {
        super(storage);
    }

    @BeforeEach
    void setUp() {
        fx = new CheckFixture(folder, db);
    }

    @Test
    void mergingKeepsBothResultsAndTheMoreRecentRunningCheck() {
        finishCheck(Incoming.message(fx.dana, "/check orm"), fx.dana);
        finishCheck(Incoming.message(other, "/check orm"), other);
        fx.core.clock.advance(Duration.ofDays(8));
        fx.say("/check orm");
        fx.core.clock.advance(Duration.ofMinutes(1));
        Reply newer = last(fx.bot.handle(Incoming.message(other, "/check orm")));
        long dana = fx.danaId();
        long phone = fx.core.users.userId("test", "dana-phone", "Dana");

        new SkillCheckData(fx.repository).merge(phone, dana);

        assertThat(fx.repository.results(dana)).hasSize(2);
        assertThat(fx.repository.results(phone)).isEmpty();
        assertThat(fx.repository.running(phone)).isEmpty();
        RunningCheck kept = fx.repository.running(dana).orElseThrow();
        assertThat(kept.checkId()).isEqualTo(fx.core.clock.instant().getEpochSecond());
        assertThat(last(fx.say("/check")).text()).isEqualTo(newer.text());
    }

    private void finishCheck(Incoming start, ChatUser user) {
        List<Reply> replies = fx.bot.handle(start);
        while (last(replies).text().startsWith("Skill check · ORM · question")) {
            String shown = last(replies).text();
            replies = fx.bot.handle(Incoming.message(user, CheckDecks.letterOf(shown,
                    CheckDecks.choice(shown, "senior"))));
        }
    }

    private static Reply last(List<Reply> replies) {
        return replies.get(replies.size() - 1);
    }
}
