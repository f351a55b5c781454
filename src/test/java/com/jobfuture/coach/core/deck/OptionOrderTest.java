package com.jobfuture.coach.core.deck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OptionOrderTest {

    @Test
    void everyOrderOfFourOptionsIsAboutEquallyLikely() {
        Random random = new Random(42);
        Map<List<Integer>, Integer> orderToCount = new HashMap<>();
        int draws = 24_000;
        for (int i = 0; i < draws; i++) {
            orderToCount.merge(OptionOrder.shuffled(4, random).deckIndexes(), 1, Integer::sum);
        }

        // 24 orders, 1000 expected each; the binomial standard deviation is about 31, so ±150 is ~5 sigma.
        assertThat(orderToCount).hasSize(24);
        assertThat(orderToCount.values()).allSatisfy(count -> assertThat(count).isBetween(850, 1150));
    }

    @Test
    void theCorrectOptionLandsOnEachLetterAboutEquallyOften() {
        Random random = new Random(7);
        int[] letterCounts = new int[3];
        for (int i = 0; i < 9_000; i++) {
            letterCounts[OptionOrder.shuffled(3, random).positionOf(0)]++;
        }

        assertThat(java.util.Arrays.stream(letterCounts).boxed().toList())
                .allSatisfy(count -> assertThat(count).isBetween(2_800, 3_200));
    }

    @Test
    void theSameSeedGivesTheSameOrders() {
        assertThat(OptionOrder.shuffled(5, new Random(3))).isEqualTo(OptionOrder.shuffled(5, new Random(3)));
    }

    @Test
    void positionsLettersAndDeckIndexesTranslate() {
        OptionOrder order = new OptionOrder(List.of(2, 0, 1));

        assertThat(order.deckIndexAt(0)).isEqualTo(2);
        assertThat(order.positionOf(2)).isZero();
        assertThat(order.letterOf(2)).isEqualTo("A");
        assertThat(order.letterOf(1)).isEqualTo("C");
        assertThat(OptionOrder.letter(1)).isEqualTo("B");
        assertThat(OptionOrder.identity(3).deckIndexes()).containsExactly(0, 1, 2);
    }

    @Test
    void anOrderDrawnForAQuestionNoLongerFitsOnceItsOptionsChange() {
        ChoiceQuestion before = question(List.of(new ChoiceOption("right", true, ""),
                new ChoiceOption("wrong", false, "no")));
        ChoiceQuestion reordered = question(List.of(new ChoiceOption("wrong", false, "no"),
                new ChoiceOption("right", true, "")));
        OptionOrder order = OptionOrder.shuffled(before, new Random(1));

        assertThat(order.fits(before)).isTrue();
        assertThat(order.fits(reordered)).isFalse();
        assertThat(OptionOrder.parse(order.encode(), 2)).contains(order);
        assertThat(order.encode()).matches("[01],[01]#[0-9a-f]{8}");
        assertThat(new OptionOrder(order.deckIndexes()).fits(reordered)).isTrue();   // stored before versions
    }

    @Test
    void storedOrdersReadBackAndBadOnesAreRefused() {
        OptionOrder order = new OptionOrder(List.of(3, 1, 0, 2));

        assertThat(OptionOrder.parse(order.encode(), 4)).contains(order);
        assertThat(order.encode()).isEqualTo("3,1,0,2");
        assertThat(OptionOrder.parse("3,1,0,2", 3)).isEmpty();   // the question lost an option since
        assertThat(OptionOrder.parse("0,0,1", 3)).isEmpty();
        assertThat(OptionOrder.parse("0,x,1", 3)).isEmpty();
        assertThat(OptionOrder.parse(null, 3)).isEmpty();
        assertThat(OptionOrder.parse("", 3)).isEmpty();
        assertThatThrownBy(() -> new OptionOrder(List.of(0, 2))).isInstanceOf(IllegalArgumentException.class);
    }

    private static ChoiceQuestion question(List<ChoiceOption> options) {
        return new ChoiceQuestion("q", new Topic("t", "T", Family.ORM), Level.JUNIOR, "Which?", options, "Because.",
                "https://docs.djangoproject.com/en/5.2/", Optional.empty(), List.of());
    }
}
