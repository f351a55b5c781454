package com.jobfuture.coach.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.deck.DeckLoadResult;
import com.jobfuture.coach.core.deck.DeckLoader;
import com.jobfuture.coach.core.grading.LabelledAnswer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The labelled sets in grading/ stay true to the shipped decks: if a labelled question's key points change in
 * number (or it disappears), this fails loudly, because its labels no longer mean anything.
 */
class LabelledSetTest {
    static final Path FILE = Path.of("grading", "labelled-answers.jsonl");
    /** Written by someone who never saw the grader; read while tuning in a later round, so tuning data now. */
    static final Path BLIND = Path.of("grading", "blind-holdout.jsonl");
    /** The blind set: written by someone who never saw the grader; only its totals are read. */
    static final Path BLIND_2 = Path.of("grading", "blind-holdout-2.jsonl");
    /** Written from the questions, key points and model answers only (no grader, match phrases or wrong claims). */
    static final Path BLIND_3 = Path.of("grading", "blind-holdout-3.jsonl");

    @Test
    void everyLabelledQuestionStillHasAsManyKeyPointsAsLabels() throws Exception {
        List<LabelledAnswer> answers = new LabelledSet().read(FILE);
        DeckLoadResult decks = new DeckLoader().load(List.of(Path.of("questions")));

        assertThat(new LabelledSet().mismatches(answers, decks.catalog()))
                .as("labels that no longer match the decks: redo them").isEmpty();
    }

    @Test
    void theFirstBlindSetIsTuningDataNowStillMatchesTheDecksAndSharesNoQuestionWithTheLabelledSet() throws Exception {
        List<LabelledAnswer> blind = new LabelledSet().read(BLIND);
        DeckLoadResult decks = new DeckLoader().load(List.of(Path.of("questions")));

        assertThat(new LabelledSet().mismatches(blind, decks.catalog()))
                .as("blind labels that no longer match the decks: redo them").isEmpty();
        assertThat(blind).extracting(LabelledAnswer::split).containsOnly("tuning2");
        assertThat(blind.stream().map(LabelledAnswer::kind).distinct())
                .containsExactlyInAnyOrder("paraphrase", "partial", "wrong", "echo", "typo");
        assertThat(blind.stream().map(LabelledAnswer::questionId).distinct())
                .doesNotContainAnyElementsOf(new LabelledSet().read(FILE).stream()
                        .map(LabelledAnswer::questionId).toList());
    }

    @Test
    void theSetCoversWhatTheIssueAsks() throws Exception {
        List<LabelledAnswer> answers = new LabelledSet().read(FILE);
        DeckLoadResult decks = new DeckLoader().load(List.of(Path.of("questions")));

        assertThat(answers).hasSizeGreaterThanOrEqualTo(150);
        assertThat(answers.stream().map(LabelledAnswer::questionId).distinct()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(answers.stream().map(LabelledAnswer::kind).distinct())
                .containsExactlyInAnyOrder("paraphrase", "partial", "wrong", "echo", "typo");
        assertThat(answers.stream().map(a -> decks.catalog().question(a.questionId()).orElseThrow().topic()
                .family()).distinct()).hasSize(6);
        Map<String, List<String>> questionToSplits = answers.stream().collect(Collectors.groupingBy(
                LabelledAnswer::questionId, Collectors.mapping(LabelledAnswer::split, Collectors.toList())));
        assertThat(questionToSplits.values()).as("a question's answers are all in one half")
                .allSatisfy(splits -> assertThat(splits.stream().distinct()).hasSize(1));
    }

    @Test
    void theSecondBlindSetMatchesTheDecksAndSharesNoQuestionWithTheOtherSets() throws Exception {
        List<LabelledAnswer> blind = new LabelledSet().read(BLIND_2);
        DeckLoadResult decks = new DeckLoader().load(List.of(Path.of("questions")));

        assertThat(new LabelledSet().mismatches(blind, decks.catalog()))
                .as("blind labels that no longer match the decks: redo them").isEmpty();
        assertThat(blind).hasSizeGreaterThanOrEqualTo(150).extracting(LabelledAnswer::split).containsOnly("blind");
        assertThat(blind.stream().map(LabelledAnswer::questionId).distinct()).hasSizeGreaterThanOrEqualTo(35);
        assertThat(blind.stream().map(LabelledAnswer::kind).distinct())
                .containsExactlyInAnyOrder("paraphrase", "partial", "wrong", "echo", "typo");
        List<String> tuningQuestions = new java.util.ArrayList<>();
        for (Path tuning : List.of(FILE, BLIND)) {
            new LabelledSet().read(tuning).forEach(a -> tuningQuestions.add(a.questionId()));
        }
        assertThat(blind.stream().map(LabelledAnswer::questionId).distinct())
                .doesNotContainAnyElementsOf(tuningQuestions);
    }

    @Test
    void theThirdBlindSetMatchesTheDecksAndCoversEveryFamilyAndKind() throws Exception {
        List<LabelledAnswer> blind = new LabelledSet().read(BLIND_3);
        DeckLoadResult decks = new DeckLoader().load(List.of(Path.of("questions")));

        assertThat(new LabelledSet().mismatches(blind, decks.catalog()))
                .as("blind labels that no longer match the decks: redo them").isEmpty();
        assertThat(blind).hasSizeGreaterThanOrEqualTo(240).extracting(LabelledAnswer::split).containsOnly("blind3");
        assertThat(blind.stream().map(LabelledAnswer::questionId).distinct()).hasSizeGreaterThanOrEqualTo(70);
        assertThat(blind.stream().map(LabelledAnswer::kind).distinct())
                .containsExactlyInAnyOrder("paraphrase", "partial", "wrong", "echo", "typo");
        assertThat(blind.stream().map(a -> decks.catalog().question(a.questionId()).orElseThrow().topic()
                .family()).distinct()).hasSize(6);
    }
}
