package com.jobfuture.coach.core.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TypedOptionTest {
    static final Topic TOPIC = new Topic("n-plus-one", "N+1 queries", Family.ORM);
    static final ChoiceQuestion QUESTION = new ChoiceQuestion("q", TOPIC, Level.JUNIOR, "How many queries?",
            List.of(new ChoiceOption("1", false, ""), new ChoiceOption("51", true, ""),
                    new ChoiceOption("Fifty", false, "")), "", "https://docs.djangoproject.com/", Optional.empty(),
            List.of());
    /** Displayed as A) Fifty, B) 1, C) 51. */
    static final OptionOrder ORDER = new OptionOrder(List.of(2, 0, 1));

    @Test
    void lettersNameTheOptionShownUnderThem() {
        for (String typed : List.of("c", "C", "c)", "(c)", "C.", " c ", "(C)")) {
            assertThat(TypedOption.deckIndex(typed, QUESTION, ORDER)).as(typed).hasValue(1);
        }
        assertThat(TypedOption.deckIndex("a", QUESTION, ORDER)).hasValue(2);
        assertThat(TypedOption.deckIndex("b", QUESTION, ORDER)).hasValue(0);
    }

    @Test
    void theExactTextOfAnOptionIgnoringCaseNamesIt() {
        assertThat(TypedOption.deckIndex("51", QUESTION, ORDER)).hasValue(1);
        assertThat(TypedOption.deckIndex("  fifty ", QUESTION, ORDER)).hasValue(2);
    }

    @Test
    void anythingElseNamesNothing() {
        for (String typed : List.of("d", "(c", "c))", "cc", "51 queries", "I think it's c", "", "?")) {
            assertThat(TypedOption.deckIndex(typed, QUESTION, ORDER)).as(typed).isEmpty();
        }
        assertThat(TypedOption.deckIndex(null, QUESTION, ORDER)).isEmpty();
        assertThat(TypedOption.deckIndex("a", QUESTION, OptionOrder.identity(2))).isEmpty(); // order of another size
    }
}
