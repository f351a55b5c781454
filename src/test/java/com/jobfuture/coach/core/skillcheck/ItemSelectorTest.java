package com.jobfuture.coach.core.skillcheck;

import static com.jobfuture.coach.core.skillcheck.TestItems.item;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ItemSelectorTest {
    private final ItemSelector selector = ItemSelector.standard();

    /** Eight items of one topic, the first four the most informative at θ = 0. */
    private final List<CheckItem> oneTopic = List.of(item("i0", "a", 1, 0), item("i1", "a", 1, 0.2),
            item("i2", "a", 1, -0.4), item("i3", "a", 1, 0.45), item("i4", "a", 1, -1.6), item("i5", "a", 1, 1.8),
            item("i6", "a", 1, -2.5), item("i7", "a", 1, 3.5));

    @Test
    void picksAtRandomAmongTheFourMostInformative() {
        Map<String, Integer> idToPicks = new HashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 2000; i++) {
            CheckItem picked = selector.select(oneTopic, List.of(), List.of(), Set.of(), 0, random).orElseThrow();
            idToPicks.merge(picked.id(), 1, Integer::sum);
        }
        assertThat(idToPicks).containsOnlyKeys("i0", "i1", "i2", "i3");
        assertThat(idToPicks.values()).allSatisfy(count -> assertThat(count).isBetween(400, 600));
    }

    @Test
    void followsTheEstimate() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 50; i++) {
            CheckItem picked = new ItemSelector(1).select(oneTopic, List.of(), List.of(), Set.of(), 1.8, random)
                    .orElseThrow();
            assertThat(picked.id()).isEqualTo("i5");
        }
    }

    @Test
    void rotatesTopics() {
        // Topic a holds the most informative items, yet after one of them the others get their turn.
        List<CheckItem> bank = List.of(item("a1", "a", 2, 0), item("a2", "a", 2, 0.1), item("a3", "a", 2, -0.1),
                item("b1", "b", 0.8, 1), item("c1", "c", 0.8, -1));
        SplittableRandom random = new SplittableRandom(3);

        CheckItem first = selector.select(bank, List.of(), List.of(), Set.of(), 0, random).orElseThrow();
        assertThat(first.topic().id()).isIn("a", "b", "c");
        assertThat(selector.select(bank, List.of("a1"), List.of("a"), Set.of(), 0, random).orElseThrow().topic()
                .id()).isIn("b", "c");
        assertThat(selector.select(bank, List.of("a1", "b1"), List.of("a", "b"), Set.of(), 0, random)
                .orElseThrow().id()).isEqualTo("c1");
        // Every topic asked once: all of them are eligible again.
        assertThat(selector.select(bank, List.of("a1", "b1", "c1"), List.of("a", "b", "c"), Set.of(), 0, random)
                .orElseThrow().id()).isIn("a2", "a3");
    }

    @Test
    void leavesOutItemsSeenRecentlyWhileEnoughOthersRemain() {
        Set<String> recent = Set.of("i0", "i1", "i2");
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 200; i++) {
            assertThat(selector.select(oneTopic, List.of(), List.of(), recent, 0, random).orElseThrow().id())
                    .isNotIn(recent);
        }
    }

    @Test
    void letsRecentItemsBackWhenTooFewOthersRemain() {
        // Five seen recently, three fresh: fewer fresh items than the randomesque four, so all eight compete.
        Set<String> recent = Set.of("i0", "i1", "i2", "i3", "i4");
        Map<String, Integer> idToPicks = new HashMap<>();
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < 400; i++) {
            idToPicks.merge(selector.select(oneTopic, List.of(), List.of(), recent, 0, random).orElseThrow().id(), 1,
                    Integer::sum);
        }
        assertThat(idToPicks).containsOnlyKeys("i0", "i1", "i2", "i3");
    }

    @Test
    void neverRepeatsAnItemAndEndsWhenAllWereAsked() {
        List<String> all = oneTopic.stream().map(CheckItem::id).toList();
        List<String> topics = oneTopic.stream().map(i -> i.topic().id()).toList();
        SplittableRandom random = new SplittableRandom(2);

        assertThat(selector.select(oneTopic, all.subList(0, 7), topics.subList(0, 7), Set.of(), 0, random)
                .orElseThrow().id()).isEqualTo("i7");
        assertThat(selector.select(oneTopic, all, topics, Set.of(), 0, random)).isEmpty();
    }
}
