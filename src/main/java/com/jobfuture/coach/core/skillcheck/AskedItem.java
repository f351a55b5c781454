package com.jobfuture.coach.core.skillcheck;

import java.util.List;
import java.util.Objects;

/**
 * One item of a check as stored: the question, its topic, the parameters it was scored with (so a resumed or
 * re-scored check gives the same estimate after a new calibration), the order its options were shown in
 * (indexes into the deck's options; empty for items without options), and the answer once given:
 * {@code chosenOption} (deck index, null if the item has no options) and {@code correct} (null = not answered).
 */
public record AskedItem(String questionId, String topicId, double discrimination, double difficulty,
                        double guessing, List<Integer> optionOrder, Integer chosenOption, Boolean correct) {
    public AskedItem {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(topicId, "topicId");
        optionOrder = List.copyOf(optionOrder);
        if (chosenOption != null && correct == null) {
            throw new IllegalArgumentException("an item with a chosen option must say whether it was correct");
        }
    }

    /** A new, unanswered item. */
    static AskedItem pending(CheckItem item, List<Integer> optionOrder) {
        ItemParameters p = item.parameters();
        return new AskedItem(item.id(), item.topic().id(), p.discrimination(), p.difficulty(), p.guessing(),
                optionOrder, null, null);
    }

    public boolean answered() {
        return correct != null;
    }

    /** The parameters the item was asked with. */
    public ItemParameters parameters() {
        return new ItemParameters(discrimination, difficulty, guessing);
    }

    AskedItem withAnswer(Integer option, boolean isCorrect) {
        return new AskedItem(questionId, topicId, discrimination, difficulty, guessing, optionOrder, option,
                isCorrect);
    }
}
