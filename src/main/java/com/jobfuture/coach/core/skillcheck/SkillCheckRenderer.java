package com.jobfuture.coach.core.skillcheck;

import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.chat.Texts;
import com.jobfuture.coach.core.deck.ChoiceOption;
import com.jobfuture.coach.core.deck.ChoiceQuestion;
import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.OptionOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns skill-check outcomes into the coach's messages: one question at a time with lettered options, the answer
 * echoed without saying whether it was right, then the result and a review of every item (explanation, docs).
 */
final class SkillCheckRenderer {
    /** Items per review message. */
    static final int REVIEW_CHUNK = 5;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm",
            Locale.ENGLISH);
    private final ZoneId zone;
    private final CheckPolicy policy;
    private final SkillCheckSettings settings;

    SkillCheckRenderer(ZoneId zone, CheckPolicy policy, SkillCheckSettings settings) {
        this.zone = zone;
        this.policy = policy;
        this.settings = settings;
    }

    List<Reply> render(SkillCheckOutcome outcome) {
        if (outcome instanceof SkillCheckOutcome.Asked asked) {
            List<Reply> replies = new ArrayList<>();
            asked.previous().ifPresent(previous -> replies.add(answered(asked.check(), previous)));
            replies.add(question(asked.check(), asked.question()));
            return replies;
        } else if (outcome instanceof SkillCheckOutcome.Finished finished) {
            List<Reply> replies = new ArrayList<>();
            finished.previous().ifPresent(previous -> replies.add(answeredLast(finished.result(), previous)));
            replies.add(result(finished.result()));
            replies.addAll(review(finished.result(), finished.review()));
            return replies;
        } else if (outcome instanceof SkillCheckOutcome.Pending pending) {
            return List.of(Reply.text("Your " + areaOf(pending.check()).label() + " check is still open."),
                    question(pending.check(), pending.question()));
        } else if (outcome instanceof SkillCheckOutcome.OtherRunning other) {
            return List.of(Reply.text("Your " + areaOf(other.check()).label() + " check is still open. Finish it, "
                    + "or send /check stop, before you start " + other.wanted().label() + "."),
                    question(other.check(), other.question()));
        } else if (outcome instanceof SkillCheckOutcome.CoolingDown cooling) {
            return List.of(coolingDown(cooling));
        } else if (outcome instanceof SkillCheckOutcome.TooFewItems few) {
            return List.of(Reply.withButtons(few.family().label() + " has " + few.available() + " choice "
                    + (few.available() == 1 ? "question" : "questions") + " so far, and a check needs at least "
                    + few.needed() + ". Practise it with /quiz " + few.family().id() + " meanwhile.",
                    List.of(new Button("quiz:family:" + few.family().id(), "Quiz " + few.family().label()))));
        } else if (outcome instanceof SkillCheckOutcome.NoCheck) {
            return List.of(Reply.withButtons("No skill check is running. /check starts one.",
                    List.of(new Button("check:pick", "Start a check"))));
        } else if (outcome instanceof SkillCheckOutcome.Stopped stopped) {
            return List.of(Reply.withButtons("Check stopped. Nothing was recorded"
                    + (stopped.answered() == 0 ? "" : " (your " + Texts.plural(stopped.answered(), "answer")
                    + " in it were discarded)") + ". Start again whenever you're ready.",
                    List.of(new Button("check:pick", "New check"), new Button("quiz:all", "Quiz"))));
        } else if (outcome instanceof SkillCheckOutcome.Stale stale) {
            List<Reply> replies = new ArrayList<>();
            replies.add(Reply.text("That button belongs to an earlier question."));
            if (stale.current().isPresent()) {
                replies.addAll(render(stale.current().get()));
            } else {
                replies.add(Reply.withButtons("No skill check is running. /check starts one.",
                        List.of(new Button("check:pick", "Start a check"))));
            }
            return replies;
        }
        throw new IllegalArgumentException("unknown outcome " + outcome);
    }

    /** The choice of area, for /check without an argument. */
    Reply picker() {
        List<Button> buttons = new ArrayList<>();
        for (Family family : Family.values()) {
            buttons.add(new Button("check:start:" + family.id(), family.label()));
        }
        return Reply.withButtons("Skill check: " + settings.stopRule().minItems() + " to "
                + settings.stopRule().maxItems() + " choice questions in one area, about 10 minutes. Each question "
                + "is picked from your answers so far, and I stop as soon as I'm sure of your level (junior, middle "
                + "or senior). No explanations until the end, then a review of every question. Only you see the "
                + "result.\nPick an area:", buttons);
    }

    /** The user's finished checks. */
    Reply history(List<CheckRecord> results) {
        if (results.isEmpty()) {
            return Reply.withButtons("You have no skill-check results yet. /check starts one.",
                    List.of(new Button("check:pick", "Start a check")));
        }
        StringBuilder text = new StringBuilder("Your skill checks (only you see these), newest first:\n");
        for (CheckRecord result : results) {
            text.append("• ").append(result.family().label()).append(" · ").append(result.summary()).append(" · ")
                    .append(date(result.completedAt())).append(" · ").append(Texts.plural(result.itemCount(),
                            "question")).append(" · item bank ").append(result.bankVersion()).append('\n');
        }
        text.append("/share can show your latest level per area to a recruiter, only if you choose.");
        return Reply.withButtons(text.toString(), List.of(new Button("check:pick", "New check")));
    }

    /** A note for typed text that is not an answer, and the open question again. */
    List<Reply> notAnAnswer(SkillCheckOutcome.Pending pending) {
        int options = pending.question().options().size();
        return List.of(Reply.text("That isn't one of the options. Answer with a letter (A–"
                        + OptionOrder.letter(options - 1) + ") or the buttons, or send /check stop to abandon the "
                        + "check."),
                question(pending.check(), pending.question()));
    }

    Reply question(RunningCheck check, ChoiceQuestion question) {
        int number = check.itemNumber();
        OptionOrder order = new OptionOrder(lastOrder(check));
        StringBuilder text = new StringBuilder("Skill check · ").append(areaOf(check).label()).append(" · question ")
                .append(number).append('\n');
        if (number == 1) {
            text.append(settings.stopRule().minItems()).append(" to ").append(settings.stopRule().maxItems())
                    .append(" questions; I stop once I'm sure. No explanations until the end.\n");
        }
        text.append(question.topic().title()).append("\n\n").append(question.prompt().strip()).append('\n');
        List<Button> buttons = new ArrayList<>();
        List<ChoiceOption> shown = order.displayed(question);
        for (int position = 0; position < shown.size(); position++) {
            String letter = OptionOrder.letter(position);
            text.append('\n').append(letter).append(") ").append(shown.get(position).text().strip());
            buttons.add(new Button("check:a:" + check.checkId() + ":" + number + ":" + order.deckIndexAt(position),
                    letter));
        }
        text.append("\n\nPress or type a letter. /check stop abandons the check.");
        return Reply.withButtons(text.toString(), buttons).invitingTypedAnswer();
    }

    private Reply answered(RunningCheck check, SkillCheckOutcome.Answered answered) {
        return echo(areaOf(check), answered);
    }

    private Reply answeredLast(CheckRecord result, SkillCheckOutcome.Answered answered) {
        return echo(result.family(), answered);
    }

    /**
     * One line in place of the answered question's message (its buttons go): the answer, never its grade; the
     * question comes back in the review at the end.
     */
    private static Reply echo(Family family, SkillCheckOutcome.Answered answered) {
        OptionOrder order = new OptionOrder(answered.optionOrder());
        ChoiceQuestion question = answered.question();
        return new Reply("Skill check · " + family.label() + " · question " + answered.itemNumber()
                + " · your answer: " + order.letterOf(answered.chosenOption()) + ") "
                + question.options().get(answered.chosenOption()).text().strip(), List.of(), true);
    }

    private Reply result(CheckRecord result) {
        StringBuilder text = new StringBuilder("Skill check result · ").append(result.family().label()).append('\n')
                .append("Level: ").append(result.level().id()).append(" — ")
                .append(result.confidence().stream().map(LevelConfidence::text).collect(Collectors.joining(", ")))
                .append(".\n").append(Texts.plural(result.itemCount(), "question")).append(", ")
                .append(result.correctCount()).append(" right · ").append(date(result.completedAt()))
                .append(" · item bank ").append(result.bankVersion()).append('\n');
        if (result.stopReason() == StopReason.MAX_ITEMS) {
            text.append("It took all ").append(result.itemCount()).append(" questions without becoming sure, so "
                    + "read the percentages as they are; a check in a week will firm it up.\n");
        } else if (result.stopReason() == StopReason.BANK_EXHAUSTED) {
            text.append("This area ran out of questions, so the level rests on fewer answers than usual.\n");
        }
        if (result.weakTopics().isEmpty()) {
            text.append("No topic pulled it down.\nStudy suggestion: keep it fresh with /quiz ")
                    .append(result.family().id()).append('\n');
        } else {
            text.append("Pulled it down: ").append(result.weakTopics().stream()
                    .map(t -> t.title() + " (" + t.missed() + " of " + t.asked() + " missed)")
                    .collect(Collectors.joining(", "))).append(".\nStudy suggestion: /quiz ")
                    .append(result.weakTopics().get(0).topicId()).append('\n');
        }
        text.append("Only you see this result. /check history lists yours; /share can show a recruiter your latest "
                + "level per area, only if you choose.\nThe review of every question follows.");
        return Reply.text(text.toString());
    }

    private List<Reply> review(CheckRecord result, List<SkillCheckOutcome.Reviewed> items) {
        List<Reply> replies = new ArrayList<>();
        for (int start = 0; start < items.size(); start += REVIEW_CHUNK) {
            int end = Math.min(items.size(), start + REVIEW_CHUNK);
            StringBuilder text = new StringBuilder("Review · questions ").append(start + 1).append('–').append(end)
                    .append(" of ").append(items.size()).append('\n');
            for (int i = start; i < end; i++) {
                text.append('\n').append(reviewItem(i + 1, items.get(i)));
            }
            replies.add(Reply.text(text.toString().strip()));
        }
        List<Button> buttons = new ArrayList<>();
        if (!result.weakTopics().isEmpty()) {
            String topic = result.weakTopics().get(0).topicId();
            buttons.add(new Button("quiz:topic:" + topic, "Quiz " + shorten(result.weakTopics().get(0).title())));
        } else {
            buttons.add(new Button("quiz:family:" + result.family().id(), "Quiz " + result.family().label()));
        }
        buttons.add(new Button("check:history", "My checks"));
        buttons.add(new Button("share:new", "Share a link"));
        if (replies.isEmpty()) {
            return List.of(Reply.withButtons("Nothing to review.", buttons));
        }
        Reply last = replies.remove(replies.size() - 1);
        replies.add(Reply.withButtons(last.text(), buttons));
        return replies;
    }

    private static String reviewItem(int number, SkillCheckOutcome.Reviewed reviewed) {
        AskedItem item = reviewed.item();
        String mark = item.correct() ? "✓" : "✗";
        if (reviewed.question().isEmpty()) {
            return number + ". " + mark + " (this question has since been removed from the decks)\n";
        }
        ChoiceQuestion question = reviewed.question().get();
        OptionOrder order = item.optionOrder().size() == question.options().size()
                ? new OptionOrder(item.optionOrder()) : OptionOrder.identity(question.options().size());
        StringBuilder text = new StringBuilder().append(number).append(". ").append(mark).append(' ')
                .append(question.topic().title()).append(" · ").append(question.level().id()).append('\n')
                .append(question.prompt().strip()).append('\n');
        Integer chosen = item.chosenOption();
        if (chosen != null && chosen < question.options().size()) {
            ChoiceOption picked = question.options().get(chosen);
            text.append("Your answer: ").append(order.letterOf(chosen)).append(") ").append(picked.text().strip());
            if (!item.correct() && !picked.why().isBlank()) {
                text.append(" — ").append(picked.why().strip());
            }
            text.append('\n');
        }
        if (!item.correct()) {
            int right = question.correctIndex();
            text.append("Right answer: ").append(order.letterOf(right)).append(") ")
                    .append(question.options().get(right).text().strip()).append('\n');
        }
        text.append(question.explanation().strip()).append("\nDocs: ").append(question.source())
                .append(question.since().map(v -> " (since " + v + ")").orElse("")).append('\n');
        return text.toString();
    }

    private Reply coolingDown(SkillCheckOutcome.CoolingDown cooling) {
        CheckRecord last = cooling.last();
        long days = Math.max(1, policy.retakeAfter().toDays());
        String practice = last.weakTopics().isEmpty() ? cooling.family().id() : last.weakTopics().get(0).topicId();
        return Reply.withButtons("You took the " + cooling.family().label() + " check on "
                + date(last.completedAt()) + " (" + last.level().id() + "). To keep the level honest, each area "
                + "can be checked once every " + Texts.plural(days, "day") + ": your next "
                + cooling.family().label() + " check opens on " + dateTime(cooling.opensAt()) + " (" + zone.getId()
                + "). Meanwhile, practise with /quiz " + practice + ".",
                List.of(new Button(practice.equals(cooling.family().id()) ? "quiz:family:" + practice
                        : "quiz:topic:" + practice, "Practise"), new Button("check:history", "My checks")));
    }

    private static Family areaOf(RunningCheck check) {
        return Family.parse(check.state().family()).orElseThrow();
    }

    private static List<Integer> lastOrder(RunningCheck check) {
        List<AskedItem> items = check.state().items();
        return items.isEmpty() ? List.of() : items.get(items.size() - 1).optionOrder();
    }

    private String date(Instant instant) {
        return DATE.format(LocalDate.ofInstant(instant, zone));
    }

    private String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    private static String shorten(String text) {
        return text.length() <= 20 ? text : text.substring(0, 19) + "…";
    }
}
