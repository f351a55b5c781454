package com.jobfuture.coach.core.skillcheck;

/**
 * How a topic's answers moved the estimate: {@code pull} is the sum over its items of the log-likelihood slope
 * at the final θ ({@link ItemParameters#pull}). Negative means the topic's answers, on their own, point below the
 * overall result: it pulled the level down.
 */
public record TopicPull(String topicId, String title, int asked, int missed, double pull) {
}
