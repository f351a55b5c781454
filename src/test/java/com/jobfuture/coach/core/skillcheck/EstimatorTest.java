package com.jobfuture.coach.core.skillcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The level comes from which items were answered, not from how many: fails if it were "count right answers". */
class EstimatorTest {
    private final SkillCheckSettings settings = SkillCheckSettings.standard();

    @Test
    void fiveRightOfTenHardItemsPlacesHigherThanFiveRightOfTenEasyItems() {
        SkillCheckResult onHard = score(answers(2, 5, 10));
        SkillCheckResult onEasy = score(answers(-2, 5, 10));

        assertThat(onHard.correctCount()).isEqualTo(onEasy.correctCount());
        assertThat(onHard.itemCount()).isEqualTo(onEasy.itemCount());
        assertThat(onHard.theta()).isGreaterThan(onEasy.theta() + 1.5);
        assertThat(onHard.level()).isEqualTo(Level.SENIOR);
        assertThat(onEasy.level()).isEqualTo(Level.JUNIOR);
        assertThat(onHard.level()).isGreaterThan(onEasy.level());
    }

    @Test
    void fewerRightOnHardItemsCanStillPlaceHigher() {
        SkillCheckResult fourOfTenHard = score(answers(1.8, 4, 10));
        SkillCheckResult sevenOfTenEasy = score(answers(-1.8, 7, 10));

        assertThat(fourOfTenHard.correctCount()).isLessThan(sevenOfTenEasy.correctCount());
        assertThat(fourOfTenHard.theta()).isGreaterThan(sevenOfTenEasy.theta());
    }

    @Test
    void aRightAnswerOnADiscriminatingItemCountsForMore() {
        List<AskedItem> sharp = answers(0, 0, 6);
        sharp.add(answered("sharp", 2.5, 0, true));
        List<AskedItem> blunt = answers(0, 0, 6);
        blunt.add(answered("blunt", 0.4, 0, true));

        assertThat(score(sharp).theta()).isGreaterThan(score(blunt).theta());
    }

    /** {@code count} items of difficulty {@code b}, the first {@code right} of them answered correctly. */
    private static List<AskedItem> answers(double b, int right, int count) {
        List<AskedItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(answered("q" + b + "-" + i, 1, b, i < right));
        }
        return items;
    }

    private static AskedItem answered(String id, double a, double b, boolean correct) {
        return new AskedItem(id, "t", a, b, 0.25, List.of(0, 1, 2, 3), correct ? 1 : 0, correct, "");
    }

    private SkillCheckResult score(List<AskedItem> items) {
        return SkillCheckScoring.result(Family.ORM, PopulationPrior.standard(), items, settings,
                ItemBank.ofItems(Family.ORM, List.of()), "test", StopReason.MAX_ITEMS, Instant.EPOCH);
    }
}
