package com.jobfuture.coach.core.deck;

import java.util.List;
import java.util.Optional;

/** A multiple-choice question graded automatically. */
public record ChoiceQuestion(String id, Topic topic, Level level, String prompt, List<ChoiceOption> options,
                             String explanation, String source, Optional<String> since, List<String> tags)
        implements Question {
    public ChoiceQuestion {
        options = List.copyOf(options);
        tags = List.copyOf(tags);
    }

    /** Index (0-based) of the correct option. */
    public int correctIndex() {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).correct()) {
                return i;
            }
        }
        throw new IllegalStateException("question " + id + " has no correct option");
    }
}
