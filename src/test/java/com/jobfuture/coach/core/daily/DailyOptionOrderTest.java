package com.jobfuture.coach.core.daily;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.deck.OptionOrder;
import com.jobfuture.coach.testing.DailyFixture;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The question of the day shows its options in a shuffled order chosen once per post: every member sees the same
 * letters, a restart keeps them, answers are stored by option (deck index) and the reveal counts per shown letter.
 * The only choice question of n-plus-one at junior level is orm-loop-count: options 1, 51 (right), 50.
 */
class DailyOptionOrderTest {
    @TempDir
    Path dir;
    DailyFixture daily;

    @BeforeEach
    void setUp() {
        daily = new DailyFixture(dir);
        daily.core.clock.set(Instant.parse("2026-03-02T08:00:00Z"));
        assertThat(daily.admin("c", "set 09:00 UTC daily n-plus-one junior reveal 8h").text())
                .startsWith("Question of the day is set");
    }

    @AfterEach
    void tearDown() {
        daily.close();
    }

    @Test
    void theOrderIsChosenOncePerPostAndKeptAcrossARestart() {
        daily.core.clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        daily.scheduler.tick();
        Reply question = questions().get(0).reply();
        DailyPost post = daily.repository.latestPost(DailyFixture.community("c")).orElseThrow();
        OptionOrder order = post.optionOrder().orElseThrow();
        List<String> labels = question.buttons().stream().map(Button::label).toList();
        assertThat(labels).containsExactly(
                "A) " + text(order.deckIndexAt(0)), "B) " + text(order.deckIndexAt(1)),
                "C) " + text(order.deckIndexAt(2)));
        assertThat(question.buttons()).extracting(Button::action).containsExactly(
                "daily:" + post.id() + ":" + order.deckIndexAt(0), "daily:" + post.id() + ":" + order.deckIndexAt(1),
                "daily:" + post.id() + ":" + order.deckIndexAt(2));

        daily.restart();
        String rightLetter = order.letterOf(1);
        Reply ack = daily.press("c", "Dana", "daily:" + post.id() + ":1");
        daily.core.clock.set(Instant.parse("2026-03-02T17:00:00Z"));
        daily.scheduler.tick();

        assertThat(ack.text()).startsWith("Got it — you picked " + rightLetter + ".");
        assertThat(reveals().get(0).reply().text()).startsWith("Answer of the day: " + rightLetter + ") 51");
        assertThat(daily.press("c", "Lee", "daily:" + post.id() + ":0").text())
                .startsWith("The answer is already out: " + rightLetter + ") 51");
    }

    @Test
    void theRevealCountsPerLetterAsThePostShowedThem() {
        daily.core.clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        daily.scheduler.tick();
        List<Button> buttons = questions().get(0).reply().buttons();

        for (String member : List.of("Ana", "Ben", "Cai")) {
            assertThat(daily.press("c", member, buttons.get(2).action()).text()).startsWith("Got it — you picked C.");
        }
        assertThat(daily.press("c", "Dov", buttons.get(0).action()).text()).startsWith("Got it — you picked A.");
        assertThat(daily.press("c", "Ana", buttons.get(0).action()).text())
                .contains("You already answered this one (C)");
        DailyPost post = daily.repository.latestPost(DailyFixture.community("c")).orElseThrow();
        OptionOrder order = post.optionOrder().orElseThrow();
        assertThat(daily.repository.answerCounts(post.id()))
                .isEqualTo(Map.of(order.deckIndexAt(2), 3, order.deckIndexAt(0), 1)); // stored by option

        daily.core.clock.set(Instant.parse("2026-03-02T17:00:00Z"));
        daily.scheduler.tick();

        assertThat(reveals().get(0).reply().text()).contains("4 answers · A 25% · B 0% · C 75%\n");
    }

    @Test
    void everyMemberSeesTheSameOrderAndEachPostDrawsItsOwn() {
        Set<List<Integer>> orders = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            assertThat(daily.admin("c", "now").text()).startsWith("Posted.");
            DailyPost post = daily.repository.latestPost(DailyFixture.community("c")).orElseThrow();
            List<Button> buttons = questions().get(i).reply().buttons();
            String letterOfFirstButton = buttons.get(0).label().substring(0, 1);
            for (String member : List.of("Ana", "Ben")) {
                assertThat(daily.press("c", member + i, buttons.get(0).action()).text())
                        .startsWith("Got it — you picked " + letterOfFirstButton + ".");
            }
            orders.add(post.optionOrder().orElseThrow().deckIndexes());
            assertThat(daily.admin("c", "reveal").text()).isEqualTo("Revealed.");
        }

        assertThat(orders).hasSizeGreaterThan(2); // of the 6 orders of three options
        assertThat(orders).extracting(order -> order.indexOf(1)).contains(0, 1, 2); // 51 lands on every letter
    }

    @Test
    void aPostMadeBeforeShufflingKeepsTheFileOrderItWasShownIn() throws Exception {
        daily.core.clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        daily.scheduler.tick();
        DailyPost post = daily.repository.latestPost(DailyFixture.community("c")).orElseThrow();
        daily.core.database.write(c -> {
            try (Statement clear = c.createStatement()) {
                return clear.executeUpdate("UPDATE daily_posts SET option_order = NULL");
            }
        });

        Reply ack = daily.press("c", "Dana", "daily:" + post.id() + ":1");
        daily.core.clock.set(Instant.parse("2026-03-02T17:00:00Z"));
        daily.scheduler.tick();

        assertThat(daily.repository.post(post.id()).orElseThrow().optionOrder()).isEmpty();
        assertThat(ack.text()).startsWith("Got it — you picked B.");
        assertThat(reveals().get(0).reply().text()).startsWith("Answer of the day: B) 51")
                .contains("1 answer");
    }

    @Test
    void aPressOnAPostWhoseOptionsChangedSinceIsRefusedAndNotCounted() throws Exception {
        daily.core.clock.set(Instant.parse("2026-03-02T09:00:00Z"));
        daily.scheduler.tick();
        DailyPost post = daily.repository.latestPost(DailyFixture.community("c")).orElseThrow();
        String stored = post.optionOrder().orElseThrow().encode();
        assertThat(stored).contains("#");
        // As if a /reload had reworded or reordered the options after the post was made.
        daily.core.database.write(c -> {
            try (Statement change = c.createStatement()) {
                return change.executeUpdate("UPDATE daily_posts SET option_order = '"
                        + stored.substring(0, stored.indexOf('#')) + "#00000000'");
            }
        });

        assertThat(daily.press("c", "Dana", "daily:" + post.id() + ":1").text())
                .startsWith("This question was edited after it was posted");
        assertThat(daily.repository.answerCounts(post.id())).isEmpty();
    }

    private String text(int deckIndex) {
        return List.of("1", "51", "50").get(deckIndex);
    }

    private List<CommunityMessage> questions() {
        return daily.publisher.messages(CommunityMessage.Kind.QUESTION);
    }

    private List<CommunityMessage> reveals() {
        return daily.publisher.messages(CommunityMessage.Kind.REVEAL);
    }
}
