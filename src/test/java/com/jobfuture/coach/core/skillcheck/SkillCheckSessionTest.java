package com.jobfuture.coach.core.skillcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.jobfuture.coach.core.deck.ChoiceQuestion;
import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.deck.Question;
import com.jobfuture.coach.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SkillCheckSessionTest {
    /** Six topics with two questions of each level: 36 four-option questions, correct option at index 1. */
    private final DeckCatalog catalog = TestItems.catalog(6, 2);
    private final ItemBank bank = ItemBank.of(catalog, Family.ORM, Calibration.none());
    private final SkillCheckSettings settings = SkillCheckSettings.standard();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

    @Test
    void asksShuffledChoiceQuestionsAndGradesTheOptionByIdentity() {
        SkillCheckSession session = start(1, Set.of());
        ChoiceQuestion question = session.currentQuestion().orElseThrow();

        assertThat(session.current().orElseThrow().id()).isEqualTo(question.id());
        assertThat(session.currentOptionOrder()).containsExactlyInAnyOrder(0, 1, 2, 3);
        assertThat(session.answerOption(1)).isTrue();
        assertThat(session.state().items().get(0).chosenOption()).isEqualTo(1);
        assertThat(session.state().items().get(0).correct()).isTrue();
        assertThat(session.answerOption(3)).isFalse();
        assertThat(session.answeredCount()).isEqualTo(2);
    }

    @Test
    void optionOrdersAreShuffled() {
        Set<List<Integer>> orders = new HashSet<>();
        for (int seed = 0; seed < 30; seed++) {
            orders.add(start(seed, Set.of()).currentOptionOrder());
        }
        assertThat(orders).hasSizeGreaterThan(5);
    }

    @Test
    void badAnswersAreRefusedAndChangeNothing() {
        SkillCheckSession session = start(2, Set.of());
        SkillCheckState before = session.state();

        assertThatThrownBy(() -> session.answerOption(4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not one of the 4 options");
        assertThatThrownBy(() -> session.answerOption(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> session.answer(true)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("use answerOption");
        assertThat(session.state()).isEqualTo(before);
    }

    @Test
    void aStrongCandidateIsSeniorAsSoonAsTheIntervalClearsTheCuts() {
        SkillCheckSession session = start(3, Set.of());
        while (!session.finished()) {
            session.answerOption(1);
        }
        SkillCheckResult result = session.result().orElseThrow();
        List<AskedItem> asked = session.state().items();

        assertThat(result.itemCount()).isBetween(8, 12).isEqualTo(asked.size());
        assertThat(result.stopReason()).isEqualTo(StopReason.CLASSIFIED);
        Posterior atEnd = SkillCheckScoring.posterior(settings.grid(), PopulationPrior.standard(), asked);
        Posterior oneBefore = SkillCheckScoring.posterior(settings.grid(), PopulationPrior.standard(),
                asked.subList(0, asked.size() - 1));
        assertThat(settings.stopRule().classified(atEnd, settings.cuts())).isTrue();
        assertThat(asked.size() == 8 || !settings.stopRule().classified(oneBefore, settings.cuts())).isTrue();
        assertThat(result.level()).isEqualTo(Level.SENIOR);
        assertThat(result.confidence()).hasSize(1);
        assertThat(result.confidence().get(0).probability()).isGreaterThanOrEqualTo(0.9);
        assertThat(result.summary()).matches("senior, 9\\d% sure it is not junior or middle");
        assertThat(result.weakTopics()).isEmpty();
        assertThat(result.correctCount()).isEqualTo(result.itemCount());
        assertThat(result.bankVersion()).isEqualTo(bank.version());
        assertThat(session.current()).isEmpty();
        assertThatThrownBy(() -> session.answerOption(1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anUndecidableCandidateStopsAtTwentyItems() {
        // Right on junior questions, wrong on the rest: ability near the junior/middle cut, as unsure as it gets.
        SkillCheckSession session = start(4, Set.of());
        while (!session.finished()) {
            boolean junior = session.current().orElseThrow().level() == Level.JUNIOR;
            session.answerOption(junior ^ (session.answeredCount() % 5 == 4) ? 1 : 0);
        }
        SkillCheckResult result = session.result().orElseThrow();

        assertThat(result.itemCount()).isEqualTo(20);
        assertThat(result.stopReason()).isEqualTo(StopReason.MAX_ITEMS);
        assertThat(result.confidence()).allSatisfy(c -> assertThat(c.probability()).isBetween(0.0, 1.0));
    }

    @Test
    void theResultNamesTheTopicThatPulledTheLevelDown() {
        SkillCheckSession session = start(5, Set.of());
        while (!session.finished()) {
            session.answerOption(session.current().orElseThrow().topic().id().equals("t2") ? 0 : 1);
        }
        SkillCheckResult result = session.result().orElseThrow();

        assertThat(result.weakTopics()).isNotEmpty();
        TopicPull weakest = result.weakTopics().get(0);
        assertThat(weakest.topicId()).isEqualTo("t2");
        assertThat(weakest.title()).isEqualTo("Topic t2");
        assertThat(weakest.missed()).isEqualTo(weakest.asked());
        assertThat(weakest.pull()).isNegative();
    }

    @Test
    void questionsSeenRecentlyAreLeftOutWhileTheBankAllows() {
        Set<String> recent = new HashSet<>();
        catalog.questions().stream().map(Question::id).filter(id -> id.startsWith("t0") || id.startsWith("t1"))
                .forEach(recent::add);
        SkillCheckSession session = start(6, recent);
        while (!session.finished()) {
            session.answerOption(session.answeredCount() % 2);
        }
        assertThat(session.state().items()).extracting(AskedItem::questionId).doesNotContainAnyElementsOf(recent);
    }

    @Test
    void topicsTakeTurns() {
        SkillCheckSession session = start(7, Set.of());
        for (int i = 0; i < 6; i++) {
            session.answerOption(i % 2);
        }
        List<String> topics = session.state().items().stream().limit(6).map(AskedItem::topicId).toList();
        assertThat(topics).containsExactlyInAnyOrder("t0", "t1", "t2", "t3", "t4", "t5");
    }

    @Test
    void resumesFromItsStoredStateWithTheSameItemAndOrder() throws Exception {
        SkillCheckSession session = start(8, Set.of());
        for (int i = 0; i < 5; i++) {
            session.answerOption(i % 3 == 0 ? 0 : 1);
        }
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        String stored = json.writeValueAsString(session.state());
        SkillCheckState loaded = json.readValue(stored, SkillCheckState.class);
        assertThat(loaded).isEqualTo(session.state());

        clock.advance(Duration.ofHours(3)); // a restart later
        SkillCheckSession resumed = SkillCheckSession.resume(bank, settings, loaded, Set.of(),
                new SplittableRandom(99), clock);

        assertThat(resumed.current()).isEqualTo(session.current());
        assertThat(resumed.currentOptionOrder()).isEqualTo(session.currentOptionOrder());
        assertThat(resumed.answeredCount()).isEqualTo(5);
        assertThat(resumed.estimate()).isEqualTo(session.estimate());
        assertThat(resumed.state()).isEqualTo(session.state());
        while (!resumed.finished()) {
            resumed.answerOption(1);
        }
        assertThat(resumed.result().orElseThrow().itemCount()).isBetween(8, 20);
        assertThat(resumed.state().startedAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(resumed.result().orElseThrow().completedAt()).isEqualTo(clock.instant());
    }

    @Test
    void aResumedCheckKeepsTheParametersItWasAskedWith() {
        SkillCheckSession session = start(9, Set.of());
        for (int i = 0; i < 4; i++) {
            session.answerOption(1);
        }
        // A new calibration makes every item much harder; answers already given keep their old parameters.
        Calibration harder = new Calibration("v2", Instant.EPOCH, 1, 1, bank.items().stream().collect(
                Collectors.toMap(CheckItem::id, i -> new CalibratedItem(2, 3, 100, true))),
                Map.of());
        ItemBank recalibrated = ItemBank.of(catalog, Family.ORM, harder);
        SkillCheckSession resumed = SkillCheckSession.resume(recalibrated, settings, session.state(), Set.of(),
                new SplittableRandom(1), clock);

        assertThat(recalibrated.version()).isNotEqualTo(bank.version());
        assertThat(resumed.estimate()).isEqualTo(session.estimate());
    }

    @Test
    void aPendingQuestionRemovedFromTheDecksIsReplaced() {
        SkillCheckSession session = start(10, Set.of());
        session.answerOption(1);
        String pending = session.current().orElseThrow().id();
        List<Question> remaining = new ArrayList<>(catalog.questions());
        remaining.removeIf(q -> q.id().equals(pending));
        ItemBank smaller = ItemBank.of(new DeckCatalog(remaining), Family.ORM, Calibration.none());

        SkillCheckSession resumed = SkillCheckSession.resume(smaller, settings, session.state(), Set.of(),
                new SplittableRandom(2), clock);

        assertThat(resumed.answeredCount()).isEqualTo(1);
        assertThat(resumed.current().orElseThrow().id()).isNotEqualTo(pending);
        assertThat(resumed.state().items()).hasSize(2);
    }

    @Test
    void aFinishedStateResumesFinished() {
        SkillCheckSession session = start(11, Set.of());
        while (!session.finished()) {
            session.answerOption(1);
        }
        SkillCheckSession resumed = SkillCheckSession.resume(bank, settings, session.state(), Set.of(),
                new SplittableRandom(3), clock);

        assertThat(resumed.finished()).isTrue();
        assertThat(resumed.result().orElseThrow().level()).isEqualTo(session.result().orElseThrow().level());
        assertThat(resumed.result().orElseThrow().theta()).isEqualTo(session.result().orElseThrow().theta());
    }

    @Test
    void aSmallAreaEndsWhenItsItemsRunOut() {
        DeckCatalog tiny = new DeckCatalog(IntStream.range(0, 5)
                .mapToObj(i -> (Question) TestItems.question("q" + i, "t0", Level.MIDDLE)).toList());
        SkillCheckSession session = SkillCheckSession.start(ItemBank.of(tiny, Family.ORM, Calibration.none()),
                settings, Set.of(), new SplittableRandom(4), clock);
        while (!session.finished()) {
            session.answerOption(session.answeredCount() % 2);
        }
        assertThat(session.result().orElseThrow().stopReason()).isEqualTo(StopReason.BANK_EXHAUSTED);
        assertThat(session.result().orElseThrow().itemCount()).isEqualTo(5);
    }

    @Test
    void itemsWithoutOptionsAreAnsweredRightOrWrong() {
        ItemBank plain = ItemBank.ofItems(Family.ORM, IntStream.range(0, 30)
                .mapToObj(i -> TestItems.item("p" + i, "t" + (i % 3), 1, (i % 5) - 2.0)).toList());
        SkillCheckSession session = SkillCheckSession.start(plain, settings, Set.of(), new SplittableRandom(5),
                clock);

        assertThat(session.currentOptionOrder()).isEmpty();
        assertThatThrownBy(() -> session.answerOption(0)).isInstanceOf(IllegalStateException.class);
        while (!session.finished()) {
            session.answer(false);
        }
        assertThat(session.result().orElseThrow().level()).isEqualTo(Level.JUNIOR);
        assertThat(session.state().items()).allSatisfy(i -> assertThat(i.chosenOption()).isNull());
    }

    private SkillCheckSession start(long seed, Set<String> recent) {
        return SkillCheckSession.start(bank, settings, recent, new SplittableRandom(seed), clock);
    }
}
