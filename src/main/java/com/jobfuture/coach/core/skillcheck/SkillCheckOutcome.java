package com.jobfuture.coach.core.skillcheck;

import com.jobfuture.coach.core.deck.ChoiceQuestion;
import com.jobfuture.coach.core.deck.Family;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What a skill-check request led to; {@code SkillCheckRenderer} turns each into messages. */
public sealed interface SkillCheckOutcome {

    /** The answer just given, to show in place of the question it answered (never whether it was right). */
    record Answered(ChoiceQuestion question, List<Integer> optionOrder, int chosenOption, int itemNumber) {
        public Answered {
            optionOrder = List.copyOf(optionOrder);
        }
    }

    /** One answered item and its question (empty if the question has left the decks since), for the review. */
    record Reviewed(AskedItem item, Optional<ChoiceQuestion> question) {
    }

    /** A question to answer; {@code previous} is the answer that led to it. */
    record Asked(RunningCheck check, ChoiceQuestion question, Optional<Answered> previous)
            implements SkillCheckOutcome {
    }

    /** The check is finished and stored: its result and the review of every item. */
    record Finished(CheckRecord result, List<Reviewed> review, Optional<Answered> previous)
            implements SkillCheckOutcome {
        public Finished {
            review = List.copyOf(review);
        }
    }

    /** A check of this area is already running: where it stands. */
    record Pending(RunningCheck check, ChoiceQuestion question) implements SkillCheckOutcome {
    }

    /** A check of another area is running; it must be finished or stopped first. */
    record OtherRunning(RunningCheck check, ChoiceQuestion question, Family wanted) implements SkillCheckOutcome {
    }

    /** The area was checked recently: a new check opens at {@code opensAt}. */
    record CoolingDown(Family family, CheckRecord last, Instant opensAt) implements SkillCheckOutcome {
    }

    /** The area has too few choice questions for a check. */
    record TooFewItems(Family family, int available, int needed) implements SkillCheckOutcome {
    }

    /** No check is running. */
    record NoCheck() implements SkillCheckOutcome {
    }

    /** The running check was abandoned; nothing was recorded. */
    record Stopped(Family family, int answered) implements SkillCheckOutcome {
    }

    /** A button of an earlier question or check was pressed; {@code current} is where the user is now. */
    record Stale(Optional<SkillCheckOutcome> current) implements SkillCheckOutcome {
    }
}
