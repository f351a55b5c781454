package com.jobfuture.coach.core.deck;

/** One option of a choice question; {@code why} explains a wrong option (may be empty). */
public record ChoiceOption(String text, boolean correct, String why) {
}
