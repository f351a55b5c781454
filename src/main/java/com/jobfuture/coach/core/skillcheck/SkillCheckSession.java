package com.jobfuture.coach.core.skillcheck;

import com.jobfuture.coach.core.deck.ChoiceQuestion;
import com.jobfuture.coach.core.deck.OptionOrder;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * One candidate's adaptive check of one area. The item to answer is chosen as soon as the previous answer is
 * recorded, and kept in the {@link #state()}, so a check rebuilt with {@link #resume} after a restart shows the
 * same item with the same option order. Not thread-safe: the caller handles one user's events one at a time.
 */
public final class SkillCheckSession {
    private final ItemBank bank;
    private final SkillCheckSettings settings;
    private final Set<String> recentlySeen;
    private final RandomGenerator random;
    private final Clock clock;
    private final String family;
    private final String bankVersion;
    private final PopulationPrior prior;
    private final Instant startedAt;
    private final List<AskedItem> items;
    private Posterior posterior;
    private StopReason stopReason;
    private SkillCheckResult result;

    private SkillCheckSession(ItemBank bank, SkillCheckSettings settings, SkillCheckState state,
                              Set<String> recentlySeen, RandomGenerator random, Clock clock) {
        this.bank = Objects.requireNonNull(bank, "bank");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.recentlySeen = Set.copyOf(recentlySeen);
        this.random = Objects.requireNonNull(random, "random");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (!state.family().equals(bank.family().id())) {
            throw new IllegalArgumentException("the check is of " + state.family() + ", the bank of "
                    + bank.family().id());
        }
        this.family = state.family();
        this.bankVersion = state.bankVersion();
        this.prior = state.prior();
        this.startedAt = state.startedAt();
        this.items = new ArrayList<>(state.items());
        this.posterior = SkillCheckScoring.posterior(settings.grid(), prior, items);
        advance();
    }

    /**
     * Starts a check of the bank's area and chooses its first item.
     *
     * @param recentlySeen question ids the user saw recently (left out while the bank has enough others)
     */
    public static SkillCheckSession start(ItemBank bank, SkillCheckSettings settings, Set<String> recentlySeen,
                                          RandomGenerator random, Clock clock) {
        SkillCheckState empty = new SkillCheckState(bank.family().id(), bank.version(), bank.prior(),
                clock.instant(), List.of());
        return new SkillCheckSession(bank, settings, empty, recentlySeen, random, clock);
    }

    /**
     * Continues a stored check. Answered items keep the parameters and the check its prior as they were asked
     * with; a pending item that is no longer in the bank (the decks changed) is replaced by a new choice, and one
     * whose options changed gets a new order (its state then differs from the stored one). A
     * finished state comes back finished, its result stamped with the current time: store the result when the
     * check finishes rather than re-deriving it.
     */
    public static SkillCheckSession resume(ItemBank bank, SkillCheckSettings settings, SkillCheckState state,
                                           Set<String> recentlySeen, RandomGenerator random, Clock clock) {
        List<AskedItem> kept = new ArrayList<>(state.items());
        if (!kept.isEmpty()) {
            AskedItem last = kept.get(kept.size() - 1);
            Optional<ChoiceQuestion> question = bank.question(last.questionId());
            if (!last.answered() && bank.item(last.questionId()).isEmpty()) {
                kept.remove(kept.size() - 1);
            } else if (!last.answered() && question.isPresent() && !last.fits(question.get())) {
                // a deck edit changed its options since they were shown: shown again in a new order
                kept.set(kept.size() - 1, AskedItem.pending(bank.item(last.questionId()).orElseThrow(),
                        optionOrder(question.get().options().size(), random), OptionOrder.versionOf(question.get())));
            }
        }
        SkillCheckState cleaned = new SkillCheckState(state.family(), state.bankVersion(), state.prior(),
                state.startedAt(), kept);
        return new SkillCheckSession(bank, settings, cleaned, recentlySeen, random, clock);
    }

    /** The item awaiting an answer; empty once the check is finished. */
    public Optional<CheckItem> current() {
        return pending().flatMap(p -> bank.item(p.questionId()));
    }

    /** The choice question of the current item, if it is one. */
    public Optional<ChoiceQuestion> currentQuestion() {
        return pending().flatMap(p -> bank.question(p.questionId()));
    }

    /** The order to show the current item's options in (indexes into the deck's options); empty if none. */
    public List<Integer> currentOptionOrder() {
        return pending().map(AskedItem::optionOrder).orElse(List.of());
    }

    /**
     * Records the option the candidate chose for the current choice question, by its index in the deck's
     * options (its identity, never its position on screen), and returns whether it was correct.
     *
     * @throws IllegalStateException    if the check is finished or the current item has no options
     * @throws IllegalArgumentException if the index is not one of the options; nothing is recorded
     */
    public boolean answerOption(int optionIndex) {
        AskedItem item = pending().orElseThrow(() -> new IllegalStateException("the check is finished"));
        ChoiceQuestion question = bank.question(item.questionId()).orElseThrow(() -> new IllegalStateException(
                "item " + item.questionId() + " has no options; record it with answer(correct)"));
        if (optionIndex < 0 || optionIndex >= question.options().size()) {
            throw new IllegalArgumentException("option " + optionIndex + " is not one of the "
                    + question.options().size() + " options of " + question.id());
        }
        boolean correct = question.options().get(optionIndex).correct();
        record(item.withAnswer(optionIndex, correct));
        return correct;
    }

    /**
     * Records whether the current item was answered correctly (items without options, simulations).
     *
     * @throws IllegalStateException if the check is finished or the current item is a choice question
     */
    public void answer(boolean correct) {
        AskedItem item = pending().orElseThrow(() -> new IllegalStateException("the check is finished"));
        if (bank.question(item.questionId()).isPresent()) {
            throw new IllegalStateException("item " + item.questionId() + " is a choice question; use answerOption");
        }
        record(item.withAnswer(null, correct));
    }

    public boolean finished() {
        return stopReason != null;
    }

    /** The result once finished. */
    public Optional<SkillCheckResult> result() {
        return Optional.ofNullable(result);
    }

    /** Number of answers recorded so far. */
    public int answeredCount() {
        return (int) items.stream().filter(AskedItem::answered).count();
    }

    /** The current ability estimate (EAP) after the answers so far. */
    public double estimate() {
        return posterior.mean();
    }

    /** The check as a value to store. */
    public SkillCheckState state() {
        return new SkillCheckState(family, bankVersion, prior, startedAt, items);
    }

    private Optional<AskedItem> pending() {
        if (finished() || items.isEmpty()) {
            return Optional.empty();
        }
        AskedItem last = items.get(items.size() - 1);
        return last.answered() ? Optional.empty() : Optional.of(last);
    }

    private void record(AskedItem answered) {
        items.set(items.size() - 1, answered);
        posterior = posterior.update(answered.parameters(), answered.correct());
        advance();
    }

    /** Ends the check if the stop rule says so, otherwise makes sure an item is pending. */
    private void advance() {
        if (!items.isEmpty() && !items.get(items.size() - 1).answered()) {
            return;
        }
        Optional<CheckItem> next = select();
        Optional<StopReason> stop = settings.stopRule().decide(answeredCount(), posterior, settings.cuts(),
                next.isPresent());
        if (stop.isPresent()) {
            stopReason = stop.get();
            result = SkillCheckScoring.result(bank.family(), prior, items, settings, bank, bankVersion, stopReason,
                    clock.instant());
            return;
        }
        CheckItem item = next.orElseThrow();
        Optional<ChoiceQuestion> question = bank.question(item.id());
        items.add(AskedItem.pending(item, optionOrder(question.map(q -> q.options().size()).orElse(0), random),
                question.map(OptionOrder::versionOf).orElse("")));
    }

    private Optional<CheckItem> select() {
        List<String> askedIds = items.stream().map(AskedItem::questionId).toList();
        List<String> askedTopics = items.stream().map(AskedItem::topicId).toList();
        return settings.selector().select(bank.items(), askedIds, askedTopics, recentlySeen, posterior.mean(),
                random);
    }

    private static List<Integer> optionOrder(int count, RandomGenerator random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            order.add(i);
        }
        for (int i = count - 1; i > 0; i--) { // Fisher–Yates with the injected randomness
            int j = random.nextInt(i + 1);
            order.set(i, order.set(j, order.get(i)));
        }
        return order;
    }
}
