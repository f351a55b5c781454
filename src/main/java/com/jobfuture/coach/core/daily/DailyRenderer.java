package com.jobfuture.coach.core.daily;

import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.chat.Texts;
import com.jobfuture.coach.core.deck.ChoiceQuestion;
import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.OptionOrder;
import com.jobfuture.coach.core.deck.Scope;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The words of the question of the day. Public messages (question, reveal) never name a member: the reveal shows
 * only the number of answers and, from {@link #MIN_ANSWERS_FOR_SHARES} answers on, the share per option.
 */
public final class DailyRenderer {
    /** Below this many answers the per-option shares are hidden, since they could reveal who picked what. */
    public static final int MIN_ANSWERS_FOR_SHARES = 3;
    private static final int MAX_BUTTON_TEXT = 30;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    /**
     * The public question with one answer button per option in the post's order; each button names its option's
     * index in the deck file ({@code daily:<post>:<option>}), never its letter.
     */
    public Reply question(DailyPost post, ChoiceQuestion question, Instant revealAt, Instant now, ZoneId zone) {
        boolean shortOptions = question.options().stream().allMatch(o -> o.text().length() <= MAX_BUTTON_TEXT);
        StringBuilder text = new StringBuilder("Question of the day · ").append(header(question)).append('\n')
                .append(question.prompt().strip()).append('\n');
        OptionOrder order = post.orderOf(question);
        List<Button> buttons = new ArrayList<>();
        for (int position = 0; position < order.size(); position++) {
            int deckIndex = order.deckIndexAt(position);
            String option = letter(position) + ") " + question.options().get(deckIndex).text().strip();
            if (!shortOptions) {
                text.append('\n').append(option);
            }
            String label = shortOptions ? option : letter(position);
            buttons.add(new Button("daily:" + post.id() + ":" + deckIndex, label));
        }
        text.append("\nAnswer privately with the buttons — the answer is revealed ")
                .append(when(revealAt, now, zone)).append('.');
        return Reply.withButtons(text.toString(), buttons).toConversation();
    }

    /**
     * The public reveal: answer, explanation, aggregate figures only (per letter as the post showed them; the counts
     * are keyed by deck index), docs link and how to practise.
     */
    public Reply reveal(ChoiceQuestion question, OptionOrder order, Map<Integer, Integer> answerCounts) {
        int right = question.correctIndex();
        StringBuilder text = new StringBuilder("Answer of the day: ").append(order.letterOf(right)).append(") ")
                .append(question.options().get(right).text().strip()).append('\n')
                .append(question.prompt().strip()).append("\n\n")
                .append(question.explanation().strip()).append('\n');
        int total = answerCounts.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            text.append("No answers this time.");
        } else if (total < MIN_ANSWERS_FOR_SHARES) {
            text.append(Texts.plural(total, "answer")).append(" (shares are shown from ")
                    .append(MIN_ANSWERS_FOR_SHARES).append(" answers on, to keep answers private)");
        } else {
            text.append(Texts.plural(total, "answer"));
            for (int position = 0; position < order.size(); position++) {
                int picks = answerCounts.getOrDefault(order.deckIndexAt(position), 0);
                text.append(" · ").append(letter(position)).append(' ').append(Texts.percent(picks / (double) total));
            }
        }
        text.append("\nDocs: ").append(question.source())
                .append("\nPractise it privately: /quiz ").append(question.topic().id());
        return Reply.text(text.toString()).toConversation();
    }

    /** The private acknowledgement of a member's answer; {@code letter} is the one the post showed. */
    public Reply recorded(String letter, Instant revealAt, Instant now, ZoneId zone) {
        return Reply.text("Got it — you picked " + letter + ". You'll see the answer "
                + when(revealAt, now, zone) + ". This counts toward your private progress (/progress).");
    }

    /** The private reply to a second press; {@code letter} is the one the post showed for the first. */
    public Reply alreadyAnswered(String letter, Instant revealAt, Instant now, ZoneId zone) {
        return Reply.text("You already answered this one (" + letter + ") — the answer comes "
                + when(revealAt, now, zone) + ".");
    }

    /** The private reply to a press after the reveal. */
    public Reply alreadyRevealed(ChoiceQuestion question, OptionOrder order) {
        int right = question.correctIndex();
        return Reply.text("The answer is already out: " + order.letterOf(right) + ") "
                + question.options().get(right).text()
                + ". Late answers don't count — practise it with /quiz " + question.topic().id() + ".");
    }

    /** One line describing the settings, e.g. {@code 09:00 Europe/Berlin · Mon–Fri · ORM · middle · …}. */
    public String describe(DailySettings settings, DeckCatalog catalog) {
        String scopes = settings.scopes(catalog).stream().map(Scope::label).collect(Collectors.joining(", "));
        return settings.time().format(TIME) + " " + settings.zone().getId() + " · " + days(settings)
                + " · " + scopes + " · " + settings.level().map(l -> l.id()).orElse("all levels")
                + " · answer revealed " + duration(settings.revealAfter()) + " later";
    }

    /** A slot as {@code Tue 3 Mar 09:00 (Europe/Berlin)}. */
    public String slot(ZonedDateTime slot) {
        return slot.format(DAY) + " " + slot.format(TIME) + " (" + slot.getZone().getId() + ")";
    }

    /** Weekdays as {@code every day}, {@code Mon–Fri} or {@code Mon, Wed, Fri}. */
    public static String days(DailySettings settings) {
        if (settings.days().size() == 7) {
            return "every day";
        }
        List<String> parts = new ArrayList<>();
        List<DayOfWeek> run = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (settings.days().contains(day)) {
                run.add(day);
            }
            if (!settings.days().contains(day) || day == DayOfWeek.SUNDAY) {
                if (run.size() >= 3) {
                    parts.add(name(run.get(0)) + "–" + name(run.get(run.size() - 1)));
                } else {
                    run.forEach(d -> parts.add(name(d)));
                }
                run.clear();
            }
        }
        return String.join(", ", parts);
    }

    /** A duration as {@code 8h}, {@code 1h30m} or {@code 45m}. */
    public static String duration(Duration duration) {
        long hours = duration.toHours();
        long minutes = duration.toMinutesPart();
        return hours == 0 ? minutes + "m" : hours + "h" + (minutes == 0 ? "" : minutes + "m");
    }

    static String letter(int position) {
        return OptionOrder.letter(position);
    }

    private static String header(ChoiceQuestion question) {
        return question.topic().family().label() + " · " + question.topic().title() + " · " + question.level().id();
    }

    private static String when(Instant at, Instant reference, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate referenceDay = reference.atZone(zone).toLocalDate();
        String day = local.toLocalDate().equals(referenceDay) ? ""
                : local.toLocalDate().equals(referenceDay.plusDays(1)) ? " tomorrow" : " on " + local.format(DAY);
        return "at " + local.format(TIME) + day + " (" + zone.getId() + ")";
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
