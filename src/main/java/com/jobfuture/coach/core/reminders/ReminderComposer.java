package com.jobfuture.coach.core.reminders;

import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.chat.Texts;
import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.DeckRegistry;
import com.jobfuture.coach.core.progress.ReviewRepository;
import com.jobfuture.coach.core.review.CardState;
import com.jobfuture.coach.core.review.ReviewCard;
import com.jobfuture.coach.core.settings.SettingsChat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a user gets a reminder now and writes it: reviews due now win; otherwise a streak nudge when the
 * user practised yesterday (local) and not yet today; otherwise nothing. Every reminder has a Start button and a
 * one-tap turn-off button. Reads only; thread-safe.
 */
public final class ReminderComposer {
    /** The time assumed per review for "about N minutes" (choice questions take less, open flashcards more). */
    public static final Duration PER_REVIEW = Duration.ofSeconds(30);
    private final ReviewRepository reviews;
    private final DeckRegistry decks;

    /** A reminder to send. */
    public record Composed(ReminderKind kind, Reply reply) {
    }

    public ReminderComposer(ReviewRepository reviews, DeckRegistry decks) {
        this.reviews = reviews;
        this.decks = decks;
    }

    /** The reminder for the user at {@code now} in {@code zone}, sent at the daily time {@code at}, if any. */
    public Optional<Composed> compose(long userId, ZoneId zone, Instant now, LocalTime at) {
        int due = dueNow(userId, now);
        String footer = "\n(Your daily reminder at " + at + " · /settings to change it)";
        List<Button> buttons = List.of(new Button("quiz:all", "Start"),
                new Button(SettingsChat.REMINDERS_OFF, "Turn off reminders"));
        if (due > 0) {
            long minutes = Math.max(1, (PER_REVIEW.toSeconds() * due + 59) / 60);
            return Optional.of(new Composed(ReminderKind.REVIEWS_DUE, Reply.withButtons(
                    Texts.plural(due, "review") + " due, about " + Texts.plural(minutes, "minute") + ".\n"
                            + "A short session now keeps them from slipping." + footer, buttons)));
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant startOfYesterday = today.minusDays(1).atStartOfDay(zone).toInstant();
        Instant startOfToday = today.atStartOfDay(zone).toInstant();
        boolean yesterday = false;
        for (Instant answered : reviews.answerTimesSince(userId, startOfYesterday)) {
            if (!answered.isBefore(startOfToday)) {
                return Optional.empty();
            }
            yesterday = true;
        }
        if (!yesterday) {
            return Optional.empty();
        }
        return Optional.of(new Composed(ReminderKind.STREAK, Reply.withButtons("You practised yesterday. "
                + "Fancy a question or two today to keep your streak going?" + footer, buttons)));
    }

    /** Reviews of questions still in the decks that are due at {@code now} (what /quiz asks first). */
    int dueNow(long userId, Instant now) {
        DeckCatalog catalog = decks.catalog();
        int due = 0;
        for (var entry : reviews.cards(userId).entrySet()) {
            ReviewCard card = entry.getValue();
            if (card.state() != CardState.NEW && !card.due().isAfter(now)
                    && catalog.question(entry.getKey()).isPresent()) {
                due++;
            }
        }
        return due;
    }
}
