package com.jobfuture.coach.core.skillcheck;

import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns answered items into a {@link SkillCheckResult}. Stateless. */
final class SkillCheckScoring {
    /** At most this many topics are named as pulling the level down. */
    static final int WEAK_TOPICS = 3;

    private SkillCheckScoring() {
    }

    /** The posterior after the answered items, each scored with the parameters it was asked with. */
    static Posterior posterior(AbilityGrid grid, PopulationPrior prior, List<AskedItem> items) {
        Posterior posterior = grid.prior(prior);
        for (AskedItem item : items) {
            if (item.answered()) {
                posterior = posterior.update(item.parameters(), item.correct());
            }
        }
        return posterior;
    }

    static SkillCheckResult result(Family family, PopulationPrior prior, List<AskedItem> items,
                                   SkillCheckSettings settings, ItemBank bank, String bankVersion, StopReason reason,
                                   Instant completedAt) {
        List<AskedItem> answered = items.stream().filter(AskedItem::answered).toList();
        Posterior posterior = posterior(settings.grid(), prior, answered);
        LevelProbabilities probabilities = settings.cuts().probabilities(posterior);
        Level level = probabilities.mostLikely();
        double theta = posterior.mean();
        int correct = (int) answered.stream().filter(AskedItem::correct).count();
        return new SkillCheckResult(family, level, confidence(level, probabilities), probabilities, theta,
                posterior.sd(), answered.size(), correct, weakTopics(answered, theta, bank), bankVersion, reason,
                completedAt);
    }

    /** The statements for a level: the bands below it and above it it rules out, with their probabilities. */
    static List<LevelConfidence> confidence(Level level, LevelProbabilities p) {
        return switch (level) {
            case JUNIOR -> List.of(new LevelConfidence(List.of(Level.MIDDLE, Level.SENIOR), p.junior()));
            case MIDDLE -> List.of(new LevelConfidence(List.of(Level.JUNIOR), 1 - p.junior()),
                    new LevelConfidence(List.of(Level.SENIOR), 1 - p.senior()));
            case SENIOR -> List.of(new LevelConfidence(List.of(Level.JUNIOR, Level.MIDDLE), p.senior()));
        };
    }

    /** Topics with a miss whose answers pull the estimate down at the final θ, strongest pull first. */
    static List<TopicPull> weakTopics(List<AskedItem> answered, double theta, ItemBank bank) {
        Map<String, double[]> topicToSums = new LinkedHashMap<>(); // pull, asked, missed
        for (AskedItem item : answered) {
            double[] sums = topicToSums.computeIfAbsent(item.topicId(), key -> new double[3]);
            sums[0] += item.parameters().pull(theta, item.correct());
            sums[1]++;
            sums[2] += item.correct() ? 0 : 1;
        }
        List<TopicPull> pulls = new ArrayList<>();
        topicToSums.forEach((topicId, sums) -> {
            if (sums[2] > 0 && sums[0] < 0) {
                pulls.add(new TopicPull(topicId, title(bank, topicId), (int) sums[1], (int) sums[2], sums[0]));
            }
        });
        pulls.sort(Comparator.comparingDouble(TopicPull::pull));
        return pulls.subList(0, Math.min(WEAK_TOPICS, pulls.size()));
    }

    private static String title(ItemBank bank, String topicId) {
        return bank.items().stream().filter(i -> i.topic().id().equals(topicId)).findFirst()
                .map(i -> i.topic().title()).orElse(topicId);
    }
}
