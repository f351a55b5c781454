package com.jobfuture.coach.core.quiz;

import com.jobfuture.coach.core.common.Transactions;
import com.jobfuture.coach.core.deck.ChoiceQuestion;
import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.DeckRegistry;
import com.jobfuture.coach.core.deck.OpenQuestion;
import com.jobfuture.coach.core.deck.OptionOrder;
import com.jobfuture.coach.core.deck.Question;
import com.jobfuture.coach.core.deck.Scope;
import com.jobfuture.coach.core.grading.Grade;
import com.jobfuture.coach.core.deck.TypedOption;
import com.jobfuture.coach.core.plan.StudyPace;
import com.jobfuture.coach.core.progress.ReviewRecorder;
import com.jobfuture.coach.core.progress.ReviewRepository;
import com.jobfuture.coach.core.review.FsrsScheduler;
import com.jobfuture.coach.core.review.CardState;
import com.jobfuture.coach.core.review.Rating;
import com.jobfuture.coach.core.review.ReviewCard;
import com.jobfuture.coach.core.review.ReviewOutcome;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Runs quiz sessions: one per user; questions answered badly come back later in the session (see
 * {@link Relearning}), then due reviews, then new questions of the chosen scope. A choice question's options are
 * shuffled each time it is shown, and the order is kept in the session; answers name the option's index in the deck
 * file, never its position. Every answer is committed (card, log and session in one transaction) before the outcome
 * is returned; showing a question is a light write (committed before it is shown, flushed to the disk with the next
 * answer: see {@link Transactions#inLightTransaction}). A user's {@link StudyPace} (their plan towards an interview
 * date) limits the new questions of a day (then only reviews are asked, and the quiz says why) and sets the desired
 * retention answers are scheduled for.
 * Callers serialise the calls of one user; calls of different users may run concurrently if the shuffling random
 * generator is thread-safe.
 */
public final class QuizService {
    private final DeckRegistry decks;
    private final ReviewRepository reviews;
    private final QuizSessionRepository sessions;
    private final Transactions transactions;
    private final ReviewRecorder recorder;
    private final Clock clock;
    private final RandomGenerator shuffle;
    private final StudyPace pace;
    private final QuestionPicker picker = new QuestionPicker();
    private final AnswerGrades grades;

    /** A quiz service without study plans; {@code shuffle} orders the options of every choice question shown. */
    public QuizService(DeckRegistry decks, ReviewRepository reviews, QuizSessionRepository sessions,
                       Transactions transactions, FsrsScheduler scheduler, Clock clock, RandomGenerator shuffle,
                       AnswerGrades grades) {
        this(decks, reviews, sessions, transactions, scheduler, clock, shuffle, grades, StudyPace.none());
    }

    /** A quiz service following each user's study {@code pace} (new questions a day, desired retention). */
    public QuizService(DeckRegistry decks, ReviewRepository reviews, QuizSessionRepository sessions,
                       Transactions transactions, FsrsScheduler scheduler, Clock clock, RandomGenerator shuffle,
                       AnswerGrades grades, StudyPace pace) {
        this.decks = decks;
        this.reviews = reviews;
        this.sessions = sessions;
        this.transactions = transactions;
        this.recorder = new ReviewRecorder(reviews, scheduler);
        this.clock = clock;
        this.shuffle = shuffle;
        this.pace = pace;
        this.grades = grades;
    }

    /** Starts (or restarts) the user's quiz on a scope, every level, and shows its first question. */
    public QuizOutcome start(long userId, Scope scope) {
        return start(userId, QuizScope.of(scope));
    }

    /** Starts (or restarts) the user's quiz on a scope and level, and shows its first question. */
    public QuizOutcome start(long userId, QuizScope scope) {
        Instant now = clock.instant();
        return advance(QuizSession.start(userId, scope.scope().key(), scope.level(), now), now);
    }

    /** Shows the next question, or the pending one if it is not answered yet. */
    public QuizOutcome next(long userId) {
        Optional<QuizSession> found = sessions.find(userId);
        if (found.isEmpty()) {
            return new QuizOutcome.NoSession();
        }
        QuizSession session = found.get();
        Optional<Question> current = currentQuestion(session);
        if (session.phase() != QuizPhase.ANSWERED && current.isPresent()) {
            return new QuizOutcome.Pending(ordered(session, current.get()), current.get());
        }
        return advance(session, clock.instant());
    }

    /** Skips the current question without rating it, and shows the next one. */
    public QuizOutcome skip(long userId, Integer seq) {
        Optional<QuizSession> found = sessions.find(userId);
        if (found.isEmpty()) {
            return new QuizOutcome.NoSession();
        }
        QuizSession session = found.get();
        if (seq != null && seq != session.seq()) {
            return stale(session);
        }
        Instant now = clock.instant();
        if (session.phase() == QuizPhase.ANSWERED || session.questionId() == null) {
            return advance(session, now);
        }
        return advance(session.skipped(now), now);
    }

    /** Ends the user's quiz. */
    public QuizOutcome stop(long userId) {
        Optional<QuizSession> found = sessions.find(userId);
        if (found.isEmpty()) {
            return new QuizOutcome.NoSession();
        }
        sessions.delete(userId);
        return new QuizOutcome.Stopped(found.get().answered(), found.get().correct());
    }

    /** The current state of the user's quiz, for re-showing it (e.g. after a restart); empty between questions. */
    public Optional<QuizOutcome> current(long userId) {
        return sessions.find(userId).flatMap(this::describe);
    }

    /** Whether the user has a quiz running (whatever its phase). */
    public boolean active(long userId) {
        return sessions.find(userId).isPresent();
    }

    /**
     * Grades the option with index {@code option} in the deck file (its identity, not its display position) of the
     * question numbered {@code seq}, records the review, and queues the question to come back if it was missed.
     */
    public QuizOutcome answerChoice(long userId, int seq, int option) {
        Optional<QuizSession> found = sessions.find(userId);
        if (found.isEmpty()) {
            return new QuizOutcome.NoSession();
        }
        QuizSession session = found.get();
        Optional<Question> current = currentQuestion(session);
        if (seq != session.seq() || session.phase() != QuizPhase.ASKED || current.isEmpty()
                || !(current.get() instanceof ChoiceQuestion question) || option < 0
                || option >= question.options().size()
                || session.optionOrder().filter(o -> !o.fits(question)).isPresent()) {
            return stale(session);
        }
        boolean correct = question.options().get(option).correct();
        Recorded recorded = record(session, question, correct ? Rating.GOOD : Rating.AGAIN, correct, correct);
        return new QuizOutcome.ChoiceGraded(recorded.session(), question, option, correct,
                recorded.outcome().interval(), recorded.comesBack());
    }

    /**
     * Answers the open choice question with what the user typed: a letter of the displayed order ({@code b},
     * {@code (B)}, {@code b)}) or an option's exact text. Empty when no choice question is open or the text names
     * no option.
     */
    public Optional<QuizOutcome> answerTyped(long userId, String text) {
        Optional<QuizSession> session = sessions.find(userId).filter(s -> s.phase() == QuizPhase.ASKED);
        Optional<ChoiceQuestion> question = session.flatMap(this::currentQuestion)
                .filter(q -> q instanceof ChoiceQuestion).map(ChoiceQuestion.class::cast);
        if (question.isEmpty()) {
            return Optional.empty();
        }
        OptionalInt option = TypedOption.deckIndex(text, question.get(), session.get().orderOf(question.get()));
        return option.isPresent()
                ? Optional.of(answerChoice(userId, session.get().seq(), option.getAsInt())) : Optional.empty();
    }

    /**
     * Reveals the model answer of the current open question with the grade of the typed answer (graded before the
     * write; the session and the grade are committed together, as a light write: nothing is recorded until the
     * rating, whose flushed commit also flushes this one).
     */
    public QuizOutcome reveal(long userId, Integer seq, String typedAnswer) {
        Optional<QuizSession> found = sessions.find(userId);
        if (found.isEmpty()) {
            return new QuizOutcome.NoSession();
        }
        QuizSession session = found.get();
        Optional<Question> current = currentQuestion(session);
        if ((seq != null && seq != session.seq()) || session.phase() != QuizPhase.ASKED || current.isEmpty()
                || !(current.get() instanceof OpenQuestion question)) {
            return stale(session);
        }
        String typed = typedAnswer == null || typedAnswer.isBlank() ? null : truncate(typedAnswer.strip(), 2000);
        Grade grade = grades.grade(question, typed);
        QuizSession revealed = session.revealed(typed, clock.instant());
        transactions.inLightTransaction(() -> {
            sessions.save(revealed);
            grades.keep(revealed, grade);
            return null;
        });
        return new QuizOutcome.Revealed(revealed, question, typed, grade);
    }

    /** Records the user's self-rating of the revealed open question; Again and Hard bring it back this session. */
    public QuizOutcome rate(long userId, int seq, Rating rating) {
        Optional<QuizSession> found = sessions.find(userId);
        if (found.isEmpty()) {
            return new QuizOutcome.NoSession();
        }
        QuizSession session = found.get();
        Optional<Question> current = currentQuestion(session);
        if (seq != session.seq() || session.phase() != QuizPhase.REVEALED || current.isEmpty()) {
            return stale(session);
        }
        Recorded recorded = record(session, current.get(), rating, null, rating != Rating.AGAIN);
        return new QuizOutcome.Rated(recorded.session(), current.get(), rating, recorded.outcome().interval(),
                recorded.comesBack());
    }

    /** True when the user has a quiz whose current open question waits for a typed answer. */
    public boolean awaitsTypedAnswer(long userId) {
        return sessions.find(userId)
                .filter(s -> s.phase() == QuizPhase.ASKED)
                .flatMap(this::currentQuestion)
                .filter(q -> q instanceof OpenQuestion)
                .isPresent();
    }

    private record Recorded(QuizSession session, ReviewOutcome outcome, boolean comesBack) {
    }

    private Recorded record(QuizSession session, Question question, Rating rating, Boolean correct,
                            boolean countsAsRight) {
        Instant now = clock.instant();
        double retention = pace.desiredRetention(session.userId());
        return transactions.inTransaction(() -> {
            ReviewOutcome outcome = recorder.record(session.userId(), question.id(), rating, correct, now, retention);
            Optional<Integer> comeBackFrom = Relearning.gap(rating, outcome.interval(),
                            session.plan().timesAnswered(question.id()))
                    .map(gap -> session.seq() + gap + 1);
            QuizSession answered = session.answered(countsAsRight, comeBackFrom, now);
            sessions.save(answered);
            return new Recorded(answered, outcome, comeBackFrom.isPresent());
        });
    }

    private QuizOutcome advance(QuizSession session, Instant now) {
        DeckCatalog catalog = decks.catalog();
        QuizScope scope = new QuizScope(Scope.fromKey(session.scopeKey(), catalog), session.level());
        List<Question> questions = scope.questions(catalog);
        Map<String, ReviewCard> cards = reviews.cards(session.userId());
        SessionPlan plan = session.plan();
        Set<String> excludedIfSkipped = new HashSet<>(plan.answeredIds());
        plan.comeBacks().forEach(c -> excludedIfSkipped.add(c.questionId()));
        if (session.questionId() != null) {
            excludedIfSkipped.add(session.questionId());
        }
        Set<String> excluded = new HashSet<>(excludedIfSkipped);
        excluded.addAll(plan.skippedIds());
        // The plan's pace: once today's new questions are started, only reviews.
        boolean newAllowed = pace.newQuestionsLeftToday(session.userId()).orElse(1) > 0;
        List<Question> pickable = newAllowed ? questions : questions.stream()
                .filter(q -> cards.containsKey(q.id()) && cards.get(q.id()).state() != CardState.NEW).toList();
        Optional<QuestionPicker.Pick> pick = comeBack(plan.readyAt(session.seq() + 1), catalog)
                .or(() -> picker.next(pickable, cards, now, excluded))
                // A skipped review is asked again when nothing else is left.
                .or(() -> picker.next(pickable, cards, now, excludedIfSkipped).filter(QuestionPicker.Pick::review))
                .or(() -> comeBack(plan.earliest(), catalog));
        if (pick.isEmpty()) {
            sessions.delete(session.userId());
            boolean heldBack = !newAllowed && picker.next(questions, cards, now, excluded).isPresent();
            return new QuizOutcome.AllDone(scope, session.answered(), session.correct(),
                    picker.nextDue(questions, cards),
                    heldBack ? pace.newQuestionsPerDay(session.userId()) : OptionalInt.empty());
        }
        Question question = pick.get().question();
        Optional<OptionOrder> order = question instanceof ChoiceQuestion choice
                ? Optional.of(OptionOrder.shuffled(choice, shuffle)) : Optional.empty();
        QuizSession asked = session.withQuestion(question.id(), order, now);
        // which question is shown counts nothing: committed before the reply, flushed with the next answer
        transactions.inLightTransaction(() -> {
            sessions.save(asked);
            return null;
        });
        if (question instanceof OpenQuestion) {
            grades.prepare();
        }
        return new QuizOutcome.Asked(asked, question, pick.get().review());
    }

    /** The question of a come-back entry, as a review; empty if there is none or it left the decks. */
    private static Optional<QuestionPicker.Pick> comeBack(Optional<SessionPlan.ComeBack> entry, DeckCatalog catalog) {
        return entry.flatMap(c -> catalog.question(c.questionId())).map(q -> new QuestionPicker.Pick(q, true));
    }

    /** The session with a stored option order for its current choice question (drawn now if it has none). */
    private QuizSession ordered(QuizSession session, Question question) {
        if (!(question instanceof ChoiceQuestion choice)
                || session.optionOrder().filter(o -> o.fits(choice)).isPresent()) {
            return session;
        }
        QuizSession withOrder = session.withOrder(OptionOrder.shuffled(choice, shuffle), clock.instant());
        transactions.inLightTransaction(() -> {
            sessions.save(withOrder);
            return null;
        });
        return withOrder;
    }

    private QuizOutcome stale(QuizSession session) {
        return new QuizOutcome.Stale(describe(session));
    }

    private Optional<QuizOutcome> describe(QuizSession session) {
        Optional<Question> current = currentQuestion(session);
        if (current.isEmpty() || session.phase() == QuizPhase.ANSWERED) {
            return Optional.empty();
        }
        if (session.phase() == QuizPhase.REVEALED && current.get() instanceof OpenQuestion open) {
            return Optional.of(new QuizOutcome.Revealed(session, open, session.typedAnswer(),
                    grades.shown(session, open)));
        }
        return Optional.of(new QuizOutcome.Pending(ordered(session, current.get()), current.get()));
    }

    private Optional<Question> currentQuestion(QuizSession session) {
        return session.questionId() == null ? Optional.empty() : decks.catalog().question(session.questionId());
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
