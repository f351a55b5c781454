package com.jobfuture.coach.core.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a quiz session remembers about its questions: the ones skipped, the answers given (question ids in order,
 * repeated when a question was answered again; never asked again in the session unless they must come back) and
 * the ones that come back later in the session (relearning), each with the question number from which it may be
 * shown again. Lists are bounded so a long session stays small.
 */
public record SessionPlan(List<String> skippedIds, List<String> answeredIds, List<ComeBack> comeBacks) {
    static final int MAX_SKIPPED = 1000;
    static final int MAX_ANSWERED = 1000;

    public SessionPlan {
        skippedIds = List.copyOf(skippedIds);
        answeredIds = List.copyOf(answeredIds);
        comeBacks = List.copyOf(comeBacks);
    }

    /** A question to ask again in this session once question number {@code fromSeq} is reached. */
    public record ComeBack(String questionId, int fromSeq) {
    }

    /** A session that has not shown anything yet. */
    public static SessionPlan empty() {
        return new SessionPlan(List.of(), List.of(), List.of());
    }

    SessionPlan skip(String questionId) {
        return new SessionPlan(bounded(with(skippedIds, questionId), MAX_SKIPPED), answeredIds,
                without(comeBacks, questionId));
    }

    /** Records an answer; {@code comeBackFrom} is the question number from which it is asked again, if it is. */
    SessionPlan answer(String questionId, Optional<Integer> comeBackFrom) {
        List<ComeBack> queue = new ArrayList<>(without(comeBacks, questionId));
        comeBackFrom.ifPresent(seq -> queue.add(new ComeBack(questionId, seq)));
        List<String> answers = new ArrayList<>(answeredIds);
        answers.add(questionId);
        return new SessionPlan(skippedIds, bounded(answers, MAX_ANSWERED), queue);
    }

    /** How many times the question was answered in this session. */
    int timesAnswered(String questionId) {
        return (int) answeredIds.stream().filter(questionId::equals).count();
    }

    /** The plan once {@code questionId} is shown again: it leaves the queue of questions to bring back. */
    SessionPlan shown(String questionId) {
        return new SessionPlan(skippedIds, answeredIds, without(comeBacks, questionId));
    }

    /** The first question due to come back when question number {@code seq} is about to be shown. */
    Optional<ComeBack> readyAt(int seq) {
        return comeBacks.stream().filter(c -> c.fromSeq() <= seq).findFirst();
    }

    /** The question that would come back first, ready or not. */
    Optional<ComeBack> earliest() {
        return comeBacks.stream().min(java.util.Comparator.comparingInt(ComeBack::fromSeq));
    }

    private static List<String> with(List<String> ids, String id) {
        List<String> more = new ArrayList<>(ids);
        more.remove(id);
        more.add(id);
        return more;
    }

    private static List<String> bounded(List<String> ids, int max) {
        return ids.size() > max ? ids.subList(ids.size() - max, ids.size()) : ids;
    }

    private static List<ComeBack> without(List<ComeBack> queue, String id) {
        return queue.stream().filter(c -> !c.questionId().equals(id)).toList();
    }
}
