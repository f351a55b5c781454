package com.jobfuture.coach.core.skillcheck;

import com.jobfuture.coach.core.deck.ChoiceQuestion;
import com.jobfuture.coach.core.deck.OptionOrder;
import java.util.List;
import java.util.Objects;

/**
 * One item of a check as stored: the question, its topic, the parameters it was scored with (so a resumed or
 * re-scored check gives the same estimate after a new calibration), the order its options were shown in
 * (indexes into the deck's options; empty for items without options), and the answer once given:
 * {@code chosenOption} (deck index, null if the item has no options) and {@code correct} (null = not answered).
 * {@code optionsVersion} is {@link OptionOrder#versionOf} of the options when the order was drawn (empty: stored
 * before versions were kept), so a press made before a deck edit changed them is never counted.
 */
public record AskedItem(String questionId, String topicId, double discrimination, double difficulty,
                        double guessing, List<Integer> optionOrder, Integer chosenOption, Boolean correct,
                        String optionsVersion) {
    public AskedItem {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(topicId, "topicId");
        optionOrder = List.copyOf(optionOrder);
        optionsVersion = optionsVersion == null ? "" : optionsVersion;
        if (chosenOption != null && correct == null) {
            throw new IllegalArgumentException("an item with a chosen option must say whether it was correct");
        }
    }

    /** A new, unanswered item. */
    static AskedItem pending(CheckItem item, List<Integer> optionOrder, String optionsVersion) {
        ItemParameters p = item.parameters();
        return new AskedItem(item.id(), item.topic().id(), p.discrimination(), p.difficulty(), p.guessing(),
                optionOrder, null, null, optionsVersion);
    }

    /** Whether its options were drawn for {@code question}'s options as they are now (unknown counts as yes). */
    boolean fits(ChoiceQuestion question) {
        return optionOrder.size() == question.options().size()
                && (optionsVersion.isEmpty() || optionsVersion.equals(OptionOrder.versionOf(question)));
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
                isCorrect, optionsVersion);
    }
}
