package com.jobfuture.coach.core.quiz;

import com.jobfuture.coach.core.common.Transactions;
import com.jobfuture.coach.core.deck.ChoiceQuestion;
import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.DeckRegistry;
import com.jobfuture.coach.core.deck.OpenQuestion;
import com.jobfuture.coach.core.deck.Question;
import com.jobfuture.coach.core.deck.Scope;
import com.jobfuture.coach.core.grading.Grade;
import com.jobfuture.coach.core.progress.ReviewRecorder;
import com.jobfuture.coach.core.progress.ReviewRepository;
import com.jobfuture.coach.core.review.FsrsScheduler;
import com.jobfuture.coach.core.review.Rating;
import com.jobfuture.coach.core.review.ReviewCard;
import com.jobfuture.coach.core.review.ReviewOutcome;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs quiz sessions: one per user, due reviews first, then new questions of the chosen scope.
 * Every answer is committed (card, log and session in one transaction) before the outcome is returned.
 * Callers serialise the calls of one user; calls of different users may run concurrently.
 */
public final class QuizService {
    private final DeckRegistry decks;
    private final ReviewRepository reviews;
    private final QuizSessionRepository sessions;
    private final Transactions transactions;
    private final ReviewRecorder recorder;
    private final Clock clock;
    private final QuestionPicker picker = new QuestionPicker();
    private final AnswerGrades grades;

    public QuizService(DeckRegistry decks, ReviewRepository reviews, QuizSessionRepository sessions,
                       Transactions transactions, FsrsScheduler scheduler, Clock clock, AnswerGrades grades) {
        this.decks = decks;
        this.reviews = reviews;
        this.sessions = sessions;
        this.transactions = transactions;
        this.recorder = new ReviewRecorder(reviews, scheduler);
        this.clock = clock;
        this.grades = grades;
    }

    /** Starts (or restarts) the user's quiz on a scope and shows its first question. */
    public QuizOutcome start(long userId, Scope scope) {
        Instant now = clock.instant();
        QuizSession fresh = new QuizSession(userId, scope.key(), null, QuizPhase.ANSWERED, 0, 0, 0, null,
                List.of(), now, now);
        return advance(fresh, now);
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
            return new QuizOutcome.Pending(session, current.get());
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

    /** The current state of the user's quiz, for re-showing it (e.g. after a restart). */
    public Optional<QuizOutcome> current(long userId) {
        return sessions.find(userId).flatMap(this::describe);
    }

    /** Grades a choice (0-based option index) of the question numbered {@code seq}, and records the review. */
    public QuizOutcome answerChoice(long userId, int seq, int option) {
        Optional<QuizSession> found = sessions.find(userId);
        if (found.isEmpty()) {
            return new QuizOutcome.NoSession();
        }
        QuizSession session = found.get();
        Optional<Question> current = currentQuestion(session);
        if (seq != session.seq() || session.phase() != QuizPhase.ASKED || current.isEmpty()
                || !(current.get() instanceof ChoiceQuestion question) || option < 0
                || option >= question.options().size()) {
            return stale(session);
        }
        boolean correct = question.options().get(option).correct();
        Instant now = clock.instant();
        QuizSession answered = session.answered(correct, now);
        ReviewOutcome outcome = record(answered, question, correct ? Rating.GOOD : Rating.AGAIN, correct, now);
        return new QuizOutcome.ChoiceGraded(answered, question, option, correct, outcome.interval());
    }

    /**
     * Reveals the model answer of the current open question with the grade of the typed answer (graded before the
     * write; the session and the grade are committed together).
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
        transactions.inTransaction(() -> {
            sessions.save(revealed);
            grades.keep(revealed, grade);
            return null;
        });
        return new QuizOutcome.Revealed(revealed, question, typed, grade);
    }

    /** Records the user's self-rating of the revealed open question. */
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
        Instant now = clock.instant();
        boolean knewIt = rating != Rating.AGAIN;
        QuizSession answered = session.answered(knewIt, now);
        ReviewOutcome outcome = record(answered, current.get(), rating, null, now);
        return new QuizOutcome.Rated(answered, current.get(), rating, outcome.interval());
    }

    /** True when the user has a quiz whose current open question waits for a typed answer. */
    public boolean awaitsTypedAnswer(long userId) {
        return sessions.find(userId)
                .filter(s -> s.phase() == QuizPhase.ASKED)
                .flatMap(this::currentQuestion)
                .filter(q -> q instanceof OpenQuestion)
                .isPresent();
    }

    private ReviewOutcome record(QuizSession answered, Question question, Rating rating, Boolean correct,
                                 Instant now) {
        return transactions.inTransaction(() -> {
            ReviewOutcome outcome = recorder.record(answered.userId(), question.id(), rating, correct, now);
            sessions.save(answered);
            return outcome;
        });
    }

    private QuizOutcome advance(QuizSession session, Instant now) {
        DeckCatalog catalog = decks.catalog();
        Scope scope = Scope.fromKey(session.scopeKey(), catalog);
        Map<String, ReviewCard> cards = reviews.cards(session.userId());
        Set<String> excluded = new HashSet<>(session.skippedIds());
        if (session.questionId() != null) {
            excluded.add(session.questionId());
        }
        Optional<QuestionPicker.Pick> pick = picker.next(catalog, scope, cards, now, excluded);
        if (pick.isEmpty() && session.questionId() != null) {
            pick = picker.next(catalog, scope, cards, now, Set.of(session.questionId()))
                    .filter(p -> p.review());
        }
        if (pick.isEmpty()) {
            sessions.delete(session.userId());
            return new QuizOutcome.AllDone(scope, session.answered(), session.correct(),
                    picker.nextDue(catalog, scope, cards));
        }
        QuizSession asked = session.withQuestion(pick.get().question().id(), now);
        sessions.save(asked);
        if (pick.get().question() instanceof OpenQuestion) {
            grades.prepare();
        }
        return new QuizOutcome.Asked(asked, pick.get().question(), pick.get().review());
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
        return Optional.of(new QuizOutcome.Pending(session, current.get()));
    }

    private Optional<Question> currentQuestion(QuizSession session) {
        return session.questionId() == null ? Optional.empty() : decks.catalog().question(session.questionId());
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
