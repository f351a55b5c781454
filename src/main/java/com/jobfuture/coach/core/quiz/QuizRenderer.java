package com.jobfuture.coach.core.quiz;

import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.chat.Texts;
import com.jobfuture.coach.core.deck.ChoiceOption;
import com.jobfuture.coach.core.deck.ChoiceQuestion;
import com.jobfuture.coach.core.deck.KeyPoint;
import com.jobfuture.coach.core.deck.OpenQuestion;
import com.jobfuture.coach.core.deck.OptionOrder;
import com.jobfuture.coach.core.deck.Question;
import com.jobfuture.coach.core.grading.Grade;
import com.jobfuture.coach.core.grading.PointVerdict;
import com.jobfuture.coach.core.review.Rating;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Turns quiz outcomes into the coach's messages and buttons (the same words on every platform). */
final class QuizRenderer {
    /** Options longer than this are listed in the text and their buttons show only the letter. */
    private static final int MAX_BUTTON_LABEL = 32;
    private static final String AGAIN_THIS_QUIZ = "Saved. I'll ask it again later in this quiz.";
    private final Clock clock;

    QuizRenderer(Clock clock) {
        this.clock = clock;
    }

    List<Reply> render(QuizOutcome outcome) {
        if (outcome instanceof QuizOutcome.Asked asked) {
            return List.of(question(asked.session(), asked.question(), asked.review()));
        } else if (outcome instanceof QuizOutcome.Pending pending) {
            return List.of(Reply.text("This question is still open — answer it, or /skip it."),
                    question(pending.session(), pending.question(), false));
        } else if (outcome instanceof QuizOutcome.ChoiceGraded graded) {
            return List.of(graded(graded).replacingOrigin());
        } else if (outcome instanceof QuizOutcome.Revealed revealed) {
            return List.of(revealed(revealed).replacingOrigin());
        } else if (outcome instanceof QuizOutcome.Rated rated) {
            return List.of(Reply.withButtons(rated(rated), nextStop()).replacingOrigin());
        } else if (outcome instanceof QuizOutcome.AllDone done) {
            return List.of(allDone(done));
        } else if (outcome instanceof QuizOutcome.Stopped stopped) {
            return List.of(Reply.withButtons("Quiz stopped. " + tally(stopped.answered(), stopped.correct())
                    + "Your progress is saved — /progress shows it.", List.of(new Button("quiz:all", "New quiz"),
                    new Button("progress", "My progress"))));
        } else if (outcome instanceof QuizOutcome.NoSession) {
            return List.of(Reply.withButtons("No quiz is running. Start one with /quiz, or /quiz <topic> "
                    + "(see /topics).", List.of(new Button("quiz:all", "Start a quiz"),
                    new Button("topics", "Pick a topic"))));
        } else if (outcome instanceof QuizOutcome.Stale stale) {
            List<Reply> replies = new ArrayList<>();
            replies.add(Reply.text("That button belongs to an earlier question."));
            if (stale.current().isPresent()) {
                replies.add(Reply.text("Here's where you are:"));
                replies.addAll(render(stale.current().get()));
            } else {
                replies.add(Reply.withButtons("Continue with /next, or /stop.", nextStop()));
            }
            return replies;
        }
        throw new IllegalArgumentException("unknown outcome " + outcome);
    }

    Reply question(QuizSession session, Question question, boolean review) {
        StringBuilder text = new StringBuilder(header(question));
        if (review) {
            text.append(" · review");
        }
        text.append(" · Q").append(session.answered() + 1).append('\n').append(question.prompt().strip());
        List<Button> buttons = new ArrayList<>();
        if (question instanceof ChoiceQuestion choice) {
            OptionOrder order = session.orderOf(choice);
            if (longOptions(choice)) {
                text.append('\n');
                List<ChoiceOption> shown = order.displayed(choice);
                for (int i = 0; i < shown.size(); i++) {
                    text.append('\n').append(OptionOrder.letter(i)).append(") ").append(shown.get(i).text());
                }
            }
            buttons.addAll(optionButtons(session, choice));
        } else {
            text.append("\n\nType your answer, or press Show answer when you're ready.");
            buttons.add(new Button("quiz:show:" + session.seq(), "Show answer"));
        }
        buttons.add(new Button("skip:" + session.seq(), "Skip"));
        Reply reply = Reply.withButtons(text.toString(), buttons);
        return question instanceof ChoiceQuestion ? reply : reply.invitingTypedAnswer();
    }

    /** The answer buttons of a shown choice question, in display order; each names its option's deck index. */
    List<Button> optionButtons(QuizSession session, ChoiceQuestion question) {
        OptionOrder order = session.orderOf(question);
        boolean longOptions = longOptions(question);
        List<Button> buttons = new ArrayList<>();
        for (int position = 0; position < order.size(); position++) {
            int option = order.deckIndexAt(position);
            String label = longOptions ? OptionOrder.letter(position) : question.options().get(option).text();
            buttons.add(new Button("quiz:q:" + session.seq() + ":" + option, label));
        }
        return buttons;
    }

    /** A hint for typed text that names no option of the open choice question, with its buttons again. */
    Reply typedHint(QuizSession session, ChoiceQuestion question) {
        int options = question.options().size();
        List<Button> buttons = new ArrayList<>(optionButtons(session, question));
        buttons.add(new Button("skip:" + session.seq(), "Skip"));
        return Reply.withButtons("Answer with a button, or type a letter from A to "
                + OptionOrder.letter(options - 1) + " (or an option's exact text).", buttons);
    }

    private static boolean longOptions(ChoiceQuestion question) {
        return question.options().stream().anyMatch(o -> o.text().length() > MAX_BUTTON_LABEL);
    }

    private Reply graded(QuizOutcome.ChoiceGraded graded) {
        ChoiceQuestion question = graded.question();
        OptionOrder order = graded.session().orderOf(question);
        int right = question.correctIndex();
        StringBuilder text = new StringBuilder(header(question)).append('\n').append(question.prompt().strip())
                .append("\n\n");
        if (graded.correct()) {
            text.append("✓ Right: ").append(optionLabel(question, order, right)).append(". ");
            text.append(question.explanation().strip());
        } else {
            ChoiceOption picked = question.options().get(graded.picked());
            text.append("✗ Not quite. You picked ").append(optionLabel(question, order, graded.picked()));
            if (!picked.why().isBlank()) {
                text.append(": ").append(picked.why().strip());
            }
            text.append("\nThe answer is ").append(optionLabel(question, order, right)).append(". ")
                    .append(question.explanation().strip());
        }
        text.append('\n').append(docs(question)).append('\n');
        text.append(graded.comesBack() ? AGAIN_THIS_QUIZ : nextReview(graded.interval()));
        return Reply.withButtons(text.toString(), nextStop());
    }

    private Reply revealed(QuizOutcome.Revealed revealed) {
        OpenQuestion question = revealed.question();
        StringBuilder text = new StringBuilder(header(question)).append('\n').append(question.prompt().strip())
                .append("\n\n");
        if (revealed.typedAnswer() != null) {
            text.append("Your answer: ").append(shorten(revealed.typedAnswer(), 400)).append("\n\n");
        }
        text.append("Model answer: ").append(question.answer().strip()).append('\n');
        Grade grade = revealed.grade();
        text.append(grade.typed() ? "Key points — " + coverage(grade) + ":" : "Key points:");
        List<KeyPoint> points = question.keyPoints();
        for (int i = 0; i < points.size(); i++) {
            text.append("\n ");
            if (grade.typed()) {
                PointVerdict verdict = grade.points().get(i);
                text.append(verdict.covered() ? "✓ " : "✗ ").append(points.get(i).point()).append(" — ")
                        .append(verdict.reason());
            } else {
                text.append("• ").append(points.get(i).point());
            }
        }
        text.append('\n').append(docs(question)).append('\n');
        grade.suggestedRating().ifPresent(rating -> text.append("Suggested from these automatic marks: ")
                .append(ratingLabel(rating)).append(" (you decide). "));
        text.append("How well did you know it?");
        int seq = revealed.session().seq();
        List<Button> buttons = new ArrayList<>();
        for (Rating rating : Rating.values()) {
            buttons.add(new Button("quiz:rate:" + seq + ":" + rating.value(), ratingLabel(rating)));
        }
        return Reply.withButtons(text.toString(), buttons);
    }

    /**
     * "your answer seems to cover 2 of 3 (partial)", "… seems to cover all 3", "… seems to cover none of the 3":
     * the marks are a grader's judgement, not a certainty (see docs/grading.md for how often it errs).
     */
    static String coverage(Grade grade) {
        int covered = grade.coveredCount();
        int total = grade.points().size();
        if (covered == total) {
            return "your answer seems to cover " + (total == 1 ? "it" : "all " + total);
        }
        if (covered == 0) {
            return "your answer seems to cover none of the " + total;
        }
        return "your answer seems to cover " + covered + " of " + total + " (partial)";
    }

    private String rated(QuizOutcome.Rated rated) {
        return "Rated " + ratingLabel(rated.rating()) + ". " + (rated.comesBack() ? AGAIN_THIS_QUIZ
                : nextReview(rated.interval()));
    }

    /** Where a question answered well goes: not back into this quiz, but due again after its FSRS interval. */
    private static String nextReview(Duration interval) {
        return "Saved. Next review " + Texts.in(interval)
                + (interval.compareTo(Duration.ofDays(1)) < 0 ? ", in a later quiz." : ".");
    }

    private Reply allDone(QuizOutcome.AllDone done) {
        StringBuilder text = new StringBuilder();
        if (done.pace().isPresent()) {
            text.append("That's today's ").append(Texts.plural(done.pace().getAsInt(), "new question"))
                    .append(": your plan spreads the rest over the days before your interview (/plan), so new "
                            + "questions wait for tomorrow and only reviews come until then. ");
        } else {
            text.append("You're all caught up on ").append(done.scope().label()).append(". ");
        }
        if (done.answered() > 0) {
            text.append(tally(done.answered(), done.correct()));
        }
        done.nextDue().ifPresent(due -> text.append("Next review ")
                .append(Texts.in(Duration.between(clock.instant(), due))).append('.'));
        if (done.pace().isPresent()) {
            return Reply.withButtons(text.toString().strip(), List.of(new Button("plan", "My plan"),
                    new Button("progress", "My progress")));
        }
        return Reply.withButtons(text.toString().strip(), List.of(new Button("topics", "Pick another topic"),
                new Button("progress", "My progress")));
    }

    private static String tally(int answered, int correct) {
        if (answered == 0) {
            return "";
        }
        return Texts.plural(answered, "question") + " answered this session, " + correct + " right. ";
    }

    static String header(Question question) {
        return question.topic().family().label() + " · " + question.topic().title() + " · " + question.level().id();
    }

    private static String docs(Question question) {
        return "Docs: " + question.source() + question.since().map(v -> " (since " + v + ")").orElse("");
    }

    private static String optionLabel(ChoiceQuestion question, OptionOrder order, int option) {
        return order.letterOf(option) + ") " + question.options().get(option).text();
    }

    private static String ratingLabel(Rating rating) {
        return switch (rating) {
            case AGAIN -> "Again";
            case HARD -> "Hard";
            case GOOD -> "Good";
            case EASY -> "Easy";
        };
    }

    private static List<Button> nextStop() {
        return List.of(new Button("next", "Next"), new Button("stop", "Stop"));
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
