package com.jobfuture.coach.core.skillcheck;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Picks the next item, in three steps:
 * <ol>
 *   <li><b>fresh first</b>: items asked in this check are out; items the user saw recently are out too, unless
 *       fewer than {@code randomesque} other items remain (then they come back);</li>
 *   <li><b>topic rotation</b>: only items of the topics asked least so far in this check;</li>
 *   <li><b>information with exposure control</b>: of those, the {@code randomesque} items with the most
 *       information at the current estimate, and one of them at random.</li>
 * </ol>
 * Stateless; the randomness is passed in.
 */
public record ItemSelector(int randomesque) {
    public ItemSelector {
        if (randomesque < 1) {
            throw new IllegalArgumentException("randomesque must be at least 1");
        }
    }

    /** Random among the 4 most informative. */
    public static ItemSelector standard() {
        return new ItemSelector(4);
    }

    /**
     * The next item, or empty when every item was asked.
     *
     * @param items         the bank's items
     * @param askedIds      ids asked in this check
     * @param askedTopicIds topic id of every item asked in this check (one entry per item)
     * @param recentlySeen  ids the user saw recently elsewhere (quiz, daily, earlier checks)
     * @param theta         the current ability estimate
     */
    public Optional<CheckItem> select(List<CheckItem> items, Collection<String> askedIds,
                                      List<String> askedTopicIds, Set<String> recentlySeen, double theta,
                                      RandomGenerator random) {
        Set<String> asked = new HashSet<>(askedIds);
        List<CheckItem> available = items.stream().filter(i -> !asked.contains(i.id())).toList();
        if (available.isEmpty()) {
            return Optional.empty();
        }
        List<CheckItem> fresh = available.stream().filter(i -> !recentlySeen.contains(i.id())).toList();
        List<CheckItem> pool = fresh.size() >= randomesque ? fresh : available;

        Map<String, Integer> topicToAsked = new HashMap<>();
        askedTopicIds.forEach(topic -> topicToAsked.merge(topic, 1, Integer::sum));
        int fewest = pool.stream().mapToInt(i -> topicToAsked.getOrDefault(i.topic().id(), 0)).min().orElseThrow();
        List<Ranked> best = pool.stream()
                .filter(i -> topicToAsked.getOrDefault(i.topic().id(), 0) == fewest)
                .map(i -> new Ranked(i, i.parameters().information(theta)))
                .sorted(Comparator.comparingDouble(Ranked::information).reversed()
                        .thenComparing(r -> r.item().id()))
                .limit(randomesque)
                .toList();
        return Optional.of(best.get(random.nextInt(best.size())).item());
    }

    private record Ranked(CheckItem item, double information) {
    }
}
