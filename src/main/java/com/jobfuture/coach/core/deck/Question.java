package com.jobfuture.coach.core.deck;

import java.util.List;
import java.util.Optional;

/** A question of a deck: an open flashcard or a multiple-choice question. */
public sealed interface Question permits OpenQuestion, ChoiceQuestion {
    /** Stable, globally unique id; progress is keyed on it. */
    String id();

    Topic topic();

    Level level();

    String prompt();

    /** The official docs page that supports the answer. */
    String source();

    /** The Django (or DRF) version that introduced what the answer relies on, if any. */
    Optional<String> since();

    List<String> tags();
}
