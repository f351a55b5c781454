package com.jobfuture.coach.core.skillcheck;

import com.jobfuture.coach.core.user.UserDataSection;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A user's skill checks as user data: the running check and every finished one, with the questions asked and the
 * options chosen. On a merge the finished checks of both users are kept, and of two running checks the more
 * recently used one.
 */
public final class SkillCheckData implements UserDataSection {
    private final SkillCheckRepository checks;

    public SkillCheckData(SkillCheckRepository checks) {
        this.checks = checks;
    }

    /** One item of a check in the export; {@code chosenOption} is the option's index in the deck file. */
    public record ItemExport(String questionId, String topic, List<Integer> optionOrder, Integer chosenOption,
                             Boolean correct) {
    }

    /** A finished check in the export. */
    public record ResultExport(String area, String level, String confidence, double theta, double thetaSd,
                               int questions, int right, List<String> topicsThatPulledItDown, String itemBank,
                               String stopReason, Instant startedAt, Instant completedAt, List<ItemExport> items) {
    }

    /** The running check in the export. */
    public record RunningExport(String area, String itemBank, Instant startedAt, Instant updatedAt,
                                List<ItemExport> items) {
    }

    @Override
    public String name() {
        return "skill_checks";
    }

    @Override
    public Object export(long userId) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("running", checks.running(userId).map(SkillCheckData::running).orElse(null));
        section.put("results", checks.results(userId).stream().map(SkillCheckData::result).toList());
        return section;
    }

    @Override
    public void merge(long from, long into) {
        checks.moveResults(from, into);
        Optional<RunningCheck> theirs = checks.running(from);
        if (theirs.isEmpty()) {
            return;
        }
        Optional<RunningCheck> mine = checks.running(into);
        checks.deleteRunning(from);
        if (mine.isEmpty() || theirs.get().updatedAt().isAfter(mine.get().updatedAt())) {
            RunningCheck kept = theirs.get();
            checks.saveRunning(new RunningCheck(into, kept.state(), kept.answeredAt(), kept.updatedAt()));
        }
    }

    private static RunningExport running(RunningCheck check) {
        SkillCheckState state = check.state();
        return new RunningExport(state.family(), state.bankVersion(), state.startedAt(), check.updatedAt(),
                items(state.items()));
    }

    private static ResultExport result(CheckRecord r) {
        return new ResultExport(r.family().id(), r.level().id(), r.summary(), r.theta(), r.sd(), r.itemCount(),
                r.correctCount(), r.weakTopics().stream().map(TopicPull::topicId).toList(), r.bankVersion(),
                r.stopReason().name(), r.startedAt(), r.completedAt(), items(r.items()));
    }

    private static List<ItemExport> items(List<AskedItem> items) {
        return items.stream().map(i -> new ItemExport(i.questionId(), i.topicId(), i.optionOrder(),
                i.chosenOption(), i.correct())).toList();
    }
}
