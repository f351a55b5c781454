package com.jobfuture.coach.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.platform.common.InboundLimiter;
import com.jobfuture.coach.platform.discord.fake.BotMessage;
import com.jobfuture.coach.platform.discord.fake.FakeDiscord.Where;
import com.jobfuture.coach.platform.discord.fake.FakeUser;
import com.jobfuture.coach.platform.discord.fake.Interaction;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The platform kit's inbound limit on Discord: a DM flood gets its share and one notice; interactions a notice. */
class DiscordInboundLimitsTest extends RunningDiscordTest {
    private static final int FLOOD = InboundLimiter.PER_WINDOW + 40;
    FakeUser flood;
    FakeUser sam;

    @Override
    void addUsers() {
        flood = fake.addUser("flood");
        sam = fake.addUser("sam");
    }

    @Test
    void aFloodOfDmsGetsItsShareAndOneNoticeAndInteractionsAreRefusedPrivately() {
        for (int i = 0; i < FLOOD; i++) {
            fake.sendDm(flood, "hello " + i);
        }
        // Gateway events are checked in order: once this command is refused, every DM before it was checked.
        Interaction barrier = fake.slash(flood, Where.DM, "progress");
        BotMessage refused = fake.await("the refused command's answer", () -> fake.responseTo(barrier)
                .filter(m -> !m.loading()));
        assertThat(refused.content()).isEqualTo(InboundLimiter.NOTICE);
        assertThat(refused.ephemeral()).isTrue();

        int expected = InboundLimiter.PER_WINDOW + 2; // the handled DMs' answers, the DM notice, the refusal
        fake.await(expected + " messages to flood", () -> Optional.of(fake.messagesFor(flood))
                .filter(seen -> seen.stream().filter(m -> !m.loading()).count() >= expected));
        List<BotMessage> seen = fake.messagesFor(flood);
        assertThat(seen).hasSize(expected);
        assertThat(seen).filteredOn(m -> m.content().equals(InboundLimiter.NOTICE)).hasSize(2);

        fake.slash(sam, Where.DM, "help");
        assertThat(fake.awaitText(sam, "Here's what I can do").content()).contains("/quiz");
    }
}
