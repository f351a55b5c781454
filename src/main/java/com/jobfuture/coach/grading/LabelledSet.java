package com.jobfuture.coach.grading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.grading.LabelledAnswer;
import com.jobfuture.coach.core.deck.OpenQuestion;
import com.jobfuture.coach.core.deck.Question;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the labelled answers (JSON lines) and checks them against the decks: every problem is reported. */
public final class LabelledSet {
    private static final Set<String> KINDS = Set.of("paraphrase", "partial", "wrong", "echo", "typo");
    /** Other spellings of a kind that sets written elsewhere use. */
    private static final Map<String, String> KIND_ALIASES = Map.of("typos", "typo");
    /**
     * calibration: the only half thresholds are searched on; holdout: the validation half (looked at while the
     * rules were designed); tuning2: the first blind set (grading/blind-holdout.jsonl), tuning data since its
     * answers were read in the third round; blind: written by someone who never saw the grader, evaluated once at
     * the end; blind3: the third blind set (grading/blind-holdout-3.jsonl, every family), written without the
     * grader, the match phrases or the wrong claims, evaluated once before and once after the wrong claims.
     */
    private static final Set<String> SPLITS = Set.of("calibration", "holdout", "tuning2", "blind", "blind3");
    private final ObjectMapper json = new ObjectMapper();

    /** The answers of the file; throws with every problem (file:line) when a line is unusable. */
    public List<LabelledAnswer> read(Path file) throws IOException {
        List<LabelledAnswer> answers = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                JsonNode node = json.readTree(lines.get(i));
                List<Boolean> expected = new ArrayList<>();
                node.path("expected").forEach(flag -> expected.add(flag.asBoolean()));
                String kind = node.path("kind").asText();
                LabelledAnswer answer = new LabelledAnswer(node.path("id").asText(),
                        node.path("question_id").asText(), KIND_ALIASES.getOrDefault(kind, kind),
                        node.path("split").asText(),
                        node.path("text").asText(), expected);
                if (!KINDS.contains(answer.kind()) || !SPLITS.contains(answer.split()) || answer.text().isBlank()
                        || expected.isEmpty()) {
                    problems.add(file + ":" + (i + 1) + ": needs kind " + KINDS + ", split " + SPLITS
                            + ", text and expected flags");
                } else {
                    answers.add(answer);
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                problems.add(file + ":" + (i + 1) + ": not JSON: " + e.getOriginalMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IOException(String.join("\n", problems));
        }
        return answers;
    }

    /**
     * Problems between the labels and the decks: a question that is gone or not open, or whose number of key
     * points differs from the number of labels (the deck changed; the labels must be redone).
     */
    public List<String> mismatches(List<LabelledAnswer> answers, DeckCatalog catalog) {
        List<String> problems = new ArrayList<>();
        for (LabelledAnswer answer : answers) {
            Optional<Question> question = catalog.question(answer.questionId());
            if (question.isEmpty() || !(question.get() instanceof OpenQuestion open)) {
                problems.add(answer.id() + ": no open question " + answer.questionId() + " in the decks");
            } else if (open.keyPoints().size() != answer.expected().size()) {
                problems.add(answer.id() + ": " + answer.questionId() + " has " + open.keyPoints().size()
                        + " key points in the deck but " + answer.expected().size() + " labels");
            }
        }
        return problems;
    }
}
