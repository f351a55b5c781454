package com.jobfuture.coach.core.daily;

import com.jobfuture.coach.core.deck.ChoiceQuestion;
import com.jobfuture.coach.core.deck.OptionOrder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Picks a community's next question so none repeats until the whole pool was used: it draws at random among the
 * pool's least-used questions (questions added to the decks later are therefore asked first), and shuffles its
 * options. Thread-safe if the random generator is.
 */
public final class QuestionRotation {
    private final RandomGenerator random;

    public QuestionRotation(RandomGenerator random) {
        this.random = random;
    }

    /**
     * The next question of the pool given how often each was used; the previous question is not asked twice in
     * a row when a new round starts (unless it is the only one). Empty when the pool is empty.
     */
    public Optional<ChoiceQuestion> pick(List<ChoiceQuestion> pool, Map<String, Integer> usedCounts,
                                         Optional<String> previous) {
        if (pool.isEmpty()) {
            return Optional.empty();
        }
        int least = pool.stream().mapToInt(q -> usedCounts.getOrDefault(q.id(), 0)).min().orElse(0);
        List<ChoiceQuestion> leastUsed = pool.stream()
                .filter(q -> usedCounts.getOrDefault(q.id(), 0) == least).toList();
        List<ChoiceQuestion> fresh = leastUsed.stream().filter(q -> !previous.equals(Optional.of(q.id()))).toList();
        List<ChoiceQuestion> candidates = fresh.isEmpty() ? leastUsed : fresh;
        return Optional.of(candidates.get(random.nextInt(candidates.size())));
    }

    /** A new display order for a question's options, the one every member of the community will see. */
    public OptionOrder optionOrder(ChoiceQuestion question) {
        return OptionOrder.shuffled(question, random);
    }

    /** How many questions of the pool were already asked in the current round. */
    public static int askedThisRound(List<ChoiceQuestion> pool, Map<String, Integer> usedCounts) {
        int least = pool.stream().mapToInt(q -> usedCounts.getOrDefault(q.id(), 0)).min().orElse(0);
        return (int) pool.stream().filter(q -> usedCounts.getOrDefault(q.id(), 0) > least).count();
    }
}
