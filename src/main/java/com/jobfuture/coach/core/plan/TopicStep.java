package com.jobfuture.coach.core.plan;

import com.jobfuture.coach.core.deck.Topic;
import java.util.OptionalDouble;

/**
 * One topic in a plan's order: its mastery if the user practised it (empty: not started), how many of its
 * questions in the plan's pool are still new, and the docs page most of its questions cite.
 */
public record TopicStep(Topic topic, OptionalDouble mastery, int newQuestions, String docsUrl) {
}
