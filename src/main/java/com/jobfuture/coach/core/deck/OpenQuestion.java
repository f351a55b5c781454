package com.jobfuture.coach.core.deck;

import java.util.List;
import java.util.Optional;

/** A flashcard: the user recalls (or types) an answer, then sees the model answer and rates themselves. */
public record OpenQuestion(String id, Topic topic, Level level, String prompt, String answer,
                           List<KeyPoint> keyPoints, String source, Optional<String> since, List<String> tags)
        implements Question {
    public OpenQuestion {
        keyPoints = List.copyOf(keyPoints);
        tags = List.copyOf(tags);
    }
}
