package com.jobfuture.coach.core.daily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobfuture.coach.core.chat.Audience;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.testing.DailyFixture;
import com.jobfuture.coach.testing.RecordingPublisher;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduler against a fake clock and a temporary SQLite file: DST, restarts, crashes, grace, rotation. */
class DailySchedulerTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    @TempDir
    Path dir;
    DailyFixture daily;

    @BeforeEach
    void setUp() {
        daily = new DailyFixture(dir);
    }

    @AfterEach
    void tearDown() {
        daily.close();
    }

    @Test
    void nineOClockBerlinStaysNineOClockLocalAcrossTheSpringChange() {
        at("2026-03-26T12:00:00Z");
        set("berlin", "09:00 Europe/Berlin daily reveal 8h");

        runUntil("2026-04-01T00:00:00Z", Duration.ofMinutes(30));

        List<Instant> posts = times(CommunityMessage.Kind.QUESTION);
        assertThat(posts).containsExactly(Instant.parse("2026-03-27T08:00:00Z"), Instant.parse("2026-03-28T08:00:00Z"),
                Instant.parse("2026-03-29T07:00:00Z"), Instant.parse("2026-03-30T07:00:00Z"),
                Instant.parse("2026-03-31T07:00:00Z"));
        assertThat(posts).allSatisfy(t -> assertThat(t.atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(9, 0)));
        assertThat(times(CommunityMessage.Kind.REVEAL))
                .allSatisfy(t -> assertThat(t.atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(17, 0)))
                .hasSize(5);
    }

    @Test
    void nineOClockBerlinStaysNineOClockLocalAcrossTheAutumnChange() {
        at("2026-10-23T12:00:00Z");
        set("berlin", "09:00 Europe/Berlin daily");

        runUntil("2026-10-27T00:00:00Z", Duration.ofMinutes(30));

        assertThat(times(CommunityMessage.Kind.QUESTION)).containsExactly(Instant.parse("2026-10-24T07:00:00Z"),
                Instant.parse("2026-10-25T08:00:00Z"), Instant.parse("2026-10-26T08:00:00Z"));
    }

    @Test
    void aTimeInTheSpringGapPostsOnceAfterTheGapAndARepeatedAutumnHourPostsOnce() {
        at("2026-03-28T12:00:00Z");
        set("gap", "02:30 Europe/Berlin sun");
        runUntil("2026-03-30T00:00:00Z", Duration.ofMinutes(30));
        assertThat(times(CommunityMessage.Kind.QUESTION)).containsExactly(Instant.parse("2026-03-29T01:30:00Z"));

        at("2026-10-24T12:00:00Z");
        set("gap", "02:30 Europe/Berlin sun");
        runUntil("2026-10-26T00:00:00Z", Duration.ofMinutes(30));
        assertThat(times(CommunityMessage.Kind.QUESTION)).containsExactly(Instant.parse("2026-03-29T01:30:00Z"),
                Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void restartsBeforeAndAfterThePostTimePostExactlyOnce() {
        at("2026-03-02T07:00:00Z");
        set("c", "09:00 UTC mon-fri");
        daily.scheduler.tick();
        at("2026-03-02T08:59:00Z");
        daily.restart();
        daily.scheduler.tick();
        assertThat(questions()).isEmpty();

        at("2026-03-02T09:00:00Z");
        daily.scheduler.tick();
        daily.restart();
        daily.scheduler.tick();
        at("2026-03-02T09:30:00Z");
        daily.restart();
        daily.scheduler.tick();
        daily.scheduler.tick();

        assertThat(questions()).hasSize(1);
    }

    @Test
    void aPostMissedWhileDownIsMadeOnStartWithinTheGraceWindowOnly() {
        at("2026-03-02T08:00:00Z");
        set("late", "09:00 UTC daily");
        set("later", "09:00 UTC daily");
        daily.scheduler.tick();

        at("2026-03-02T10:59:00Z"); // down from 08:00 to 10:59; grace is 2 h
        daily.restart();
        daily.publishers.register(DailyFixture.PLATFORM, daily.publisher);
        daily.scheduler.tick();
        assertThat(questions()).hasSize(2);

        at("2026-03-03T11:01:00Z"); // down over the next slot for longer than the grace
        daily.restart();
        daily.scheduler.tick();
        assertThat(questions()).hasSize(2);

        at("2026-03-04T09:00:00Z");
        daily.scheduler.tick();
        assertThat(questions()).hasSize(4);
    }

    @Test
    void aCrashWhileSendingNeverSendsTwiceAndPostsNotYetSentGoOutOnRestart() {
        at("2026-03-02T08:00:00Z");
        set("a", "09:00 UTC daily");
        set("b", "09:00 UTC daily");
        daily.publisher.script("a", message -> {
            throw new SimulatedCrash(); // the message reached the platform, then the process died
        });
        at("2026-03-02T09:00:00Z");

        assertThatThrownBy(() -> daily.scheduler.tick()).isInstanceOf(SimulatedCrash.class);
        assertThat(postOf("a").state()).isEqualTo(PostState.SENDING);
        assertThat(postOf("b").state()).isEqualTo(PostState.CHOSEN);

        daily.publisher.script("a", message -> new com.jobfuture.coach.core.daily.PublishResult.Posted("late"));
        daily.core.clock.set(Instant.parse("2026-03-02T09:00:00Z").plus(PostSender.CLAIM_LEASE)); // its claim ran out
        daily.restart();
        daily.scheduler.tick();

        assertThat(questions()).extracting(m -> m.community().conversationId()).containsExactly("a", "b");
        assertThat(postOf("a").state()).isEqualTo(PostState.UNCONFIRMED);
        assertThat(postOf("b").state()).isEqualTo(PostState.OPEN);

        at("2026-03-02T17:00:00Z");
        daily.scheduler.tick();
        assertThat(reveals()).extracting(m -> m.community().conversationId()).containsExactly("b");
        assertThat(postOf("a").state()).isEqualTo(PostState.CLOSED);
    }

    @Test
    void aPostInterruptedByACrashIsRevealedWhenMembersAnsweredIt() {
        at("2026-03-02T08:00:00Z");
        set("a", "09:00 UTC daily reveal 1h");
        AtomicBoolean crash = new AtomicBoolean(true);
        daily.publisher.script("a", message -> {
            if (crash.getAndSet(false)) {
                throw new SimulatedCrash();
            }
            return new com.jobfuture.coach.core.daily.PublishResult.Posted("r");
        });
        at("2026-03-02T09:00:00Z");
        assertThatThrownBy(() -> daily.scheduler.tick()).isInstanceOf(SimulatedCrash.class);
        String button = questions().get(0).reply().buttons().get(0).action();

        daily.restart();
        daily.press("a", "Dana", button);
        at("2026-03-02T09:02:00Z"); // the stopped process's claim (PostSender.CLAIM_LEASE) has run out
        daily.scheduler.tick();
        assertThat(postOf("a").state()).isEqualTo(PostState.OPEN);

        at("2026-03-02T10:00:00Z");
        daily.scheduler.tick();
        assertThat(reveals()).hasSize(1);
        assertThat(reveals().get(0).inReplyTo()).isEmpty();
    }

    @Test
    void pauseStopsPostsAndResumeStartsWithTheNextSlotWithoutABacklog() {
        at("2026-03-02T08:00:00Z");
        set("c", "09:00 UTC daily");
        assertThat(daily.admin("c", "pause").text()).contains("Paused");
        at("2026-03-02T09:00:00Z");
        daily.scheduler.tick();
        at("2026-03-02T09:30:00Z");
        assertThat(daily.admin("c", "resume").text()).contains("Resumed", "Next post: Tue 3 Mar 09:00 (UTC)");
        daily.scheduler.tick();
        assertThat(questions()).isEmpty();

        at("2026-03-03T09:00:00Z");
        daily.scheduler.tick();
        assertThat(questions()).hasSize(1);

        daily.admin("c", "off");
        at("2026-03-04T09:00:00Z");
        daily.scheduler.tick();
        assertThat(questions()).hasSize(1);
    }

    @Test
    void questionsDoNotRepeatUntilThePoolIsUsedUp() {
        at("2026-03-01T12:00:00Z");
        set("c", "09:00 UTC daily"); // the test decks have 3 choice questions

        runDays(9);

        List<String> asked = questions().stream().map(m -> m.key()).map(this::questionOfKey).toList();
        assertThat(asked).hasSize(9);
        for (int round = 0; round < 3; round++) {
            assertThat(new HashSet<>(asked.subList(round * 3, round * 3 + 3))).hasSize(3);
        }
        for (int i = 1; i < asked.size(); i++) {
            assertThat(asked.get(i)).isNotEqualTo(asked.get(i - 1));
        }
        assertThat(daily.member("c", "Dana", "show").text()).contains("Pool: 3 questions · 0 asked this round");
    }

    @Test
    void aCommunityTheBotWasRemovedFromIsDisabledNotRetried() {
        at("2026-03-02T08:00:00Z");
        set("gone", "09:00 UTC daily");
        set("here", "09:00 UTC daily");
        daily.publisher.script("gone", m -> new com.jobfuture.coach.core.daily.PublishResult.BotRemoved("kicked"));

        runDays(3);

        assertThat(questions().stream().filter(m -> m.community().conversationId().equals("gone"))).hasSize(1);
        assertThat(questions().stream().filter(m -> m.community().conversationId().equals("here"))).hasSize(3);
        assertThat(daily.repository.community(DailyFixture.community("gone")).orElseThrow().status())
                .isEqualTo(CommunityStatus.REMOVED);
        assertThat(daily.member("gone", "Dana", "show").text()).contains("removed", "/daily resume");
    }

    @Test
    void transientFailuresAreRetriedWithinTheGraceWindowThenTheQuestionReturnsToThePool() {
        at("2026-03-02T08:00:00Z");
        set("flaky", "09:00 UTC daily");
        AtomicBoolean down = new AtomicBoolean(true);
        daily.publisher.script("flaky", m -> down.get()
                ? new com.jobfuture.coach.core.daily.PublishResult.NotDelivered("503")
                : new com.jobfuture.coach.core.daily.PublishResult.Posted("ok"));

        at("2026-03-02T09:00:00Z");
        runUntil("2026-03-02T09:20:00Z", Duration.ofSeconds(15));
        int attempts = questions().size();
        assertThat(attempts).isBetween(3, 8); // backed off, not every 15 s
        down.set(false);
        runUntil("2026-03-02T09:30:00Z", Duration.ofMinutes(1));
        assertThat(postOf("flaky").state()).isEqualTo(PostState.OPEN);

        down.set(true);
        at("2026-03-03T08:59:00Z");
        runUntil("2026-03-03T11:30:00Z", Duration.ofMinutes(5));
        assertThat(postOf("flaky").state()).isEqualTo(PostState.MISSED);
        assertThat(daily.repository.usedQuestionCounts(DailyFixture.community("flaky")).values()
                .stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
    }

    @Test
    void anUnknownOutcomeIsNeverResent() {
        at("2026-03-02T08:00:00Z");
        set("slow", "09:00 UTC daily");
        daily.publisher.script("slow", m -> new com.jobfuture.coach.core.daily.PublishResult.Unknown("timeout"));
        at("2026-03-02T09:00:00Z");
        runUntil("2026-03-02T10:00:00Z", Duration.ofMinutes(1));

        assertThat(questions()).hasSize(1);
        assertThat(postOf("slow").state()).isEqualTo(PostState.UNCONFIRMED);
    }

    @Test
    void twoHundredCommunitiesArePostedOneAtATimeInOneTick() {
        at("2026-03-02T08:00:00Z");
        for (int i = 0; i < 200; i++) {
            set("g" + i, "09:00 UTC daily");
        }
        at("2026-03-02T09:00:00Z");

        DailyScheduler.TickReport report = daily.scheduler.tick();

        assertThat(report.posted()).isEqualTo(200);
        assertThat(daily.publisher.maxInFlight()).isEqualTo(1);
        assertThat(questions().stream().map(m -> m.community().conversationId()).distinct()).hasSize(200);
    }

    @Test
    void theRevealShowsOnlyAggregatesAndMembersAnswersCountPrivately() {
        at("2026-03-02T08:00:00Z");
        set("c", "09:00 UTC daily reveal 8h");
        at("2026-03-02T09:00:00Z");
        daily.scheduler.tick();
        CommunityMessage question = questions().get(0);
        assertThat(question.reply().audience()).isEqualTo(Audience.CONVERSATION);
        assertThat(question.reply().text()).startsWith("Question of the day · ")
                .contains("Answer privately with the buttons — the answer is revealed at 17:00 (UTC).");
        List<String> names = List.of("Alice", "Bob", "Chandra", "Dmitri");
        List<Reply> acks = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            acks.add(daily.press("c", names.get(i), question.reply().buttons().get(i % 2).action()));
        }
        Reply again = daily.press("c", "Alice", question.reply().buttons().get(1).action());

        assertThat(acks).allSatisfy(ack -> {
            assertThat(ack.audience()).isEqualTo(Audience.SENDER);
            assertThat(ack.text()).startsWith("Got it — you picked ").contains("at 17:00 (UTC)", "private progress");
        });
        assertThat(again.text()).contains("You already answered this one (A)");
        long alice = daily.core.user("ext-Alice");
        assertThat(daily.core.progress.report(alice).answered()).isEqualTo(1);
        assertThat(daily.core.reviews.cards(alice)).containsKey(questionOfKey(question.key()));

        at("2026-03-02T17:00:00Z");
        daily.scheduler.tick();

        CommunityMessage reveal = reveals().get(0);
        assertThat(reveal.reply().audience()).isEqualTo(Audience.CONVERSATION);
        assertThat(reveal.inReplyTo()).contains("msg-1");
        assertThat(reveal.reply().text()).startsWith("Answer of the day: ")
                .containsPattern("4 answers · A 50% · B 50%( · C 0%)?\\n")
                .contains("Docs: https://", "Practise it privately: /quiz ");
        for (CommunityMessage message : daily.publisher.messages(CommunityMessage.Kind.QUESTION)) {
            assertNoPersonIn(message);
        }
        assertNoPersonIn(reveal);
        assertThat(daily.press("c", "Bob", question.reply().buttons().get(0).action()).text())
                .contains("The answer is already out");
    }

    @Test
    void fewAnswersShowNoSharesSoNobodysPickCanBeInferred() {
        at("2026-03-02T08:00:00Z");
        set("c", "09:00 UTC daily reveal 1h");
        at("2026-03-02T09:00:00Z");
        daily.scheduler.tick();
        daily.press("c", "Alice", questions().get(0).reply().buttons().get(0).action());
        at("2026-03-02T10:00:00Z");
        daily.scheduler.tick();

        assertThat(reveals().get(0).reply().text()).contains("1 answer (shares are shown from 3 answers on")
                .doesNotContain("%");
    }

    private void assertNoPersonIn(CommunityMessage message) {
        for (String name : List.of("Alice", "Bob", "Chandra", "Dmitri")) {
            assertThat(message.reply().text()).doesNotContain(name, "ext-" + name);
        }
        for (String name : List.of("Alice", "Bob")) {
            assertThat(message.reply().text()).doesNotContainPattern("\\buser " + daily.core.user("ext-" + name));
        }
    }

    private void set(String community, String args) {
        assertThat(daily.admin(community, "set " + args).text()).startsWith("Question of the day is set");
    }

    private void at(String instant) {
        daily.core.clock.set(Instant.parse(instant));
    }

    private void runUntil(String end, Duration step) {
        Instant until = Instant.parse(end);
        while (daily.core.clock.instant().isBefore(until)) {
            daily.scheduler.tick();
            daily.core.clock.advance(step);
        }
    }

    private void runDays(int days) {
        Instant end = daily.core.clock.instant().plus(Duration.ofDays(days));
        while (daily.core.clock.instant().isBefore(end)) {
            daily.scheduler.tick();
            daily.core.clock.advance(Duration.ofHours(1));
        }
    }

    private List<Instant> times(CommunityMessage.Kind kind) {
        return daily.publisher.published().stream().filter(p -> p.message().kind() == kind)
                .map(RecordingPublisher.Published::at).toList();
    }

    private List<CommunityMessage> questions() {
        return daily.publisher.messages(CommunityMessage.Kind.QUESTION);
    }

    private List<CommunityMessage> reveals() {
        return daily.publisher.messages(CommunityMessage.Kind.REVEAL);
    }

    private DailyPost postOf(String community) {
        return daily.repository.latestPost(DailyFixture.community(community)).orElseThrow();
    }

    private String questionOfKey(String key) {
        long id = Long.parseLong(key.split("-")[1]);
        return daily.repository.post(id).orElseThrow().questionId();
    }

    /** Stands for the process dying in the middle of a call. */
    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;
    }
}
