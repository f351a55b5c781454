package com.jobfuture.coach.core.skillcheck;

import com.jobfuture.coach.core.common.Transactions;
import com.jobfuture.coach.core.deck.ChoiceQuestion;
import com.jobfuture.coach.core.deck.DeckRegistry;
import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.progress.ReviewLogEntry;
import com.jobfuture.coach.core.progress.ReviewRecorder;
import com.jobfuture.coach.core.progress.ReviewRepository;
import com.jobfuture.coach.core.review.Rating;
import com.jobfuture.coach.core.review.ReviewCard;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Runs skill checks: at most one per user, stored after every answer so it survives a restart. When a check
 * finishes, its result and every answer are committed in one transaction: the answers go into the review log
 * (so calibration sees them) and schedule the questions' reviews like quiz answers (right = Good, wrong = Again);
 * a stopped check records nothing. Callers serialise the calls of one user.
 */
public final class SkillCheckService {
    private final ItemBanks banks;
    private final DeckRegistry decks;
    private final SkillCheckRepository checks;
    private final ReviewRepository reviews;
    private final ReviewRecorder recorder;
    private final Transactions transactions;
    private final SkillCheckSettings settings;
    private final CheckPolicy policy;
    private final RandomGenerator random;
    private final Clock clock;

    public SkillCheckService(ItemBanks banks, DeckRegistry decks, SkillCheckRepository checks,
                             ReviewRepository reviews, ReviewRecorder recorder, Transactions transactions,
                             SkillCheckSettings settings, CheckPolicy policy, RandomGenerator random, Clock clock) {
        this.banks = banks;
        this.decks = decks;
        this.checks = checks;
        this.reviews = reviews;
        this.recorder = recorder;
        this.transactions = transactions;
        this.settings = settings;
        this.policy = policy;
        this.random = random;
        this.clock = clock;
    }

    /** Starts a check of the area and asks its first question, unless one is running or the area must wait. */
    public SkillCheckOutcome start(long userId, Family family) {
        Optional<RunningCheck> running = checks.running(userId);
        if (running.isPresent()) {
            Optional<SkillCheckOutcome> where = whereItStands(running.get());
            if (where.isPresent() && where.get() instanceof SkillCheckOutcome.Pending pending) {
                return pending.check().state().family().equals(family.id()) ? pending
                        : new SkillCheckOutcome.OtherRunning(pending.check(), pending.question(), family);
            }
            if (where.isPresent()) {
                return where.get(); // it finished on resuming (its questions left the decks)
            }
        }
        ItemBank bank = banks.bank(family);
        int needed = settings.stopRule().minItems();
        if (bank.size() < needed) {
            return new SkillCheckOutcome.TooFewItems(family, bank.size(), needed);
        }
        Instant now = clock.instant();
        Optional<CheckRecord> last = latest(userId, family);
        if (last.isPresent() && last.get().completedAt().plus(policy.retakeAfter()).isAfter(now)) {
            return new SkillCheckOutcome.CoolingDown(family, last.get(), last.get().completedAt()
                    .plus(policy.retakeAfter()));
        }
        SkillCheckSession session = SkillCheckSession.start(bank, settings, recentlySeen(userId, now), random, clock);
        RunningCheck check = new RunningCheck(userId, session.state(), List.of(), now);
        checks.saveRunning(check);
        return asked(check, session, Optional.empty());
    }

    /**
     * Records the option (deck index) chosen for item {@code itemNumber} of check {@code checkId}; a press for any
     * other item or check is stale and changes nothing.
     */
    public SkillCheckOutcome answer(long userId, long checkId, int itemNumber, int deckIndex) {
        Optional<RunningCheck> found = checks.running(userId);
        if (found.isEmpty()) {
            return new SkillCheckOutcome.Stale(Optional.empty());
        }
        RunningCheck check = found.get();
        Instant now = clock.instant();
        SkillCheckSession session = resume(check, now);
        Optional<ChoiceQuestion> question = session.currentQuestion();
        // a state changed on resuming means the pending item was replaced or its options redrawn after a deck edit:
        // the press was made on what is no longer shown
        if (session.finished() || checkId != check.checkId() || itemNumber != session.state().items().size()
                || !session.state().equals(check.state())
                || question.isEmpty() || deckIndex < 0 || deckIndex >= question.get().options().size()) {
            return new SkillCheckOutcome.Stale(whereItStands(check));
        }
        SkillCheckOutcome.Answered answered = new SkillCheckOutcome.Answered(question.get(),
                session.currentOptionOrder(), deckIndex, itemNumber);
        session.answerOption(deckIndex);
        List<Instant> times = new ArrayList<>(check.answeredAt());
        times.add(now);
        RunningCheck next = new RunningCheck(userId, session.state(), times, now);
        if (session.finished()) {
            return finish(next, session, Optional.of(answered));
        }
        checks.saveRunning(next);
        return asked(next, session, Optional.of(answered));
    }

    /** Abandons the running check; nothing about it is recorded. */
    public SkillCheckOutcome stop(long userId) {
        Optional<RunningCheck> found = checks.running(userId);
        if (found.isEmpty()) {
            return new SkillCheckOutcome.NoCheck();
        }
        checks.deleteRunning(userId);
        SkillCheckState state = found.get().state();
        return new SkillCheckOutcome.Stopped(Family.parse(state.family()).orElseThrow(),
                found.get().answeredAt().size());
    }

    /** Where the user's check stands (its open question), or empty when none is running. */
    public Optional<SkillCheckOutcome> current(long userId) {
        return checks.running(userId).flatMap(this::whereItStands);
    }

    /** The open question of the running check, if one waits for an answer (for reading typed letters). */
    public Optional<SkillCheckOutcome.Pending> openQuestion(long userId) {
        return current(userId).filter(SkillCheckOutcome.Pending.class::isInstance)
                .map(SkillCheckOutcome.Pending.class::cast);
    }

    /** The user's finished checks, newest first. */
    public List<CheckRecord> history(long userId) {
        return checks.results(userId);
    }

    /** The latest finished check of an area. */
    public Optional<CheckRecord> latest(long userId, Family family) {
        return checks.results(userId).stream().filter(r -> r.family() == family).findFirst();
    }

    private Optional<SkillCheckOutcome> whereItStands(RunningCheck check) {
        SkillCheckSession session = resume(check, clock.instant());
        if (session.finished()) {
            return Optional.of(finish(check, session, Optional.empty()));
        }
        if (!session.state().equals(check.state())) { // the pending item left the decks and was replaced
            check = new RunningCheck(check.userId(), session.state(), check.answeredAt(), clock.instant());
            checks.saveRunning(check);
        }
        RunningCheck shown = check;
        return session.currentQuestion().map(q -> new SkillCheckOutcome.Pending(shown, q));
    }

    private SkillCheckSession resume(RunningCheck check, Instant now) {
        Family family = Family.parse(check.state().family()).orElseThrow(() -> new IllegalStateException(
                "unknown area in a stored check: " + check.state().family()));
        return SkillCheckSession.resume(banks.bank(family), settings, check.state(),
                recentlySeen(check.userId(), now), random, clock);
    }

    private SkillCheckOutcome asked(RunningCheck check, SkillCheckSession session,
                                    Optional<SkillCheckOutcome.Answered> previous) {
        ChoiceQuestion question = session.currentQuestion().orElseThrow(() -> new IllegalStateException(
                "a running check without a choice question"));
        return new SkillCheckOutcome.Asked(check, question, previous);
    }

    /** Stores the result and logs every answer, in one transaction, and ends the running check. */
    private SkillCheckOutcome finish(RunningCheck check, SkillCheckSession session,
                                     Optional<SkillCheckOutcome.Answered> previous) {
        SkillCheckResult result = session.result().orElseThrow();
        long userId = check.userId();
        CheckRecord stored = transactions.inTransaction(() -> {
            CheckRecord saved = checks.saveResult(CheckRecord.of(userId, result, check.state()));
            logAnswers(userId, saved.items(), check.answeredAt(), result.completedAt());
            checks.deleteRunning(userId);
            return saved;
        });
        List<SkillCheckOutcome.Reviewed> review = stored.items().stream()
                .map(item -> new SkillCheckOutcome.Reviewed(item, decks.catalog().question(item.questionId())
                        .filter(ChoiceQuestion.class::isInstance).map(ChoiceQuestion.class::cast)))
                .toList();
        return new SkillCheckOutcome.Finished(stored, review, previous);
    }

    /**
     * Logs the answers with the time each was given and schedules each question's review; a time before the
     * card's last review (the question was answered in a quiz meanwhile) moves up to it, so the schedule never
     * runs backwards.
     */
    private void logAnswers(long userId, List<AskedItem> items, List<Instant> times, Instant completedAt) {
        Map<String, ReviewCard> cards = reviews.cards(userId);
        for (int i = 0; i < items.size(); i++) {
            AskedItem item = items.get(i);
            Instant at = i < times.size() ? times.get(i) : completedAt;
            ReviewCard card = cards.get(item.questionId());
            if (card != null && card.lastReview() != null && card.lastReview().isAfter(at)) {
                at = card.lastReview();
            }
            recorder.record(userId, item.questionId(), item.correct() ? Rating.GOOD : Rating.AGAIN, item.correct(),
                    at);
        }
    }

    /** Questions the user answered within the recent window (quiz, question of the day, earlier checks). */
    private Set<String> recentlySeen(long userId, Instant now) {
        Instant since = now.minus(policy.recentWindow());
        Set<String> ids = new HashSet<>();
        for (ReviewLogEntry entry : reviews.history(userId)) {
            if (!entry.reviewedAt().isBefore(since)) {
                ids.add(entry.questionId());
            }
        }
        return ids;
    }
}
