package com.jobfuture.coach.core.user;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.jobfuture.coach.core.chat.Attachment;
import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.ChatFeature;
import com.jobfuture.coach.core.chat.ChatRequest;
import com.jobfuture.coach.core.chat.CommandSpec;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.chat.SecretRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The user's data rights: /export sends all of their data as a JSON file, at most once per {@link #EXPORT_EVERY}
 * (the file is a snapshot: a platform still holding an unsent earlier export sends only the newer one); /forget
 * deletes all of it after a confirmation (a button, or typing {@code /forget confirm}) given within
 * {@link #CONFIRM_WITHIN}.
 */
public final class DataRightsChat implements ChatFeature {
    public static final Duration CONFIRM_WITHIN = Duration.ofMinutes(10);
    /** How long after an export the next one may be made (each is a whole copy of the user's data). */
    public static final Duration EXPORT_EVERY = Duration.ofMinutes(5);
    private final UserDataService data;
    private final UserRepository users;
    private final Clock clock;
    private final Cache<Long, Instant> userIdToForgetAskedAt = Caffeine.newBuilder().maximumSize(10_000).build();
    private final Cache<Long, Instant> userIdToExportedAt = Caffeine.newBuilder().maximumSize(10_000).build();

    public DataRightsChat(UserDataService data, UserRepository users, Clock clock) {
        this.data = data;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                CommandSpec.of("export", "/export", "all your data as a file"),
                CommandSpec.of("forget", "/forget", "delete all your data (asks first)"));
    }

    @Override
    public List<Reply> onCommand(ChatRequest request, String command, String args) {
        if (command.equals("export")) {
            return List.of(args.isEmpty() ? export(request) : Reply.text("/export takes no arguments. Usage: /export"));
        }
        if (args.isEmpty()) {
            return List.of(askToForget(request));
        }
        if (args.equalsIgnoreCase("confirm")) {
            return List.of(forget(request));
        }
        return List.of(Reply.text("Usage: /forget, then press Delete everything or type /forget confirm."));
    }

    @Override
    public Optional<List<Reply>> onAction(ChatRequest request, String action) {
        return switch (action) {
            case "forget:confirm" -> Optional.of(List.of(forget(request).replacingOrigin()));
            case "forget:cancel" -> {
                userIdToForgetAskedAt.invalidate(request.userId());
                yield Optional.of(List.of(Reply.text("Kept. Nothing was deleted.").replacingOrigin()));
            }
            case "export" -> Optional.of(List.of(export(request)));
            default -> Optional.empty();
        };
    }

    private Reply export(ChatRequest request) {
        Instant now = clock.instant();
        Instant last = userIdToExportedAt.getIfPresent(request.userId());
        if (last != null && now.isBefore(last.plus(EXPORT_EVERY))) {
            long minutes = Math.max(1, (Duration.between(now, last.plus(EXPORT_EVERY)).toSeconds() + 59) / 60);
            return Reply.text("I sent you an export a moment ago; it has everything up to then. You can ask for a "
                    + "new one in " + minutes + (minutes == 1 ? " minute." : " minutes."));
        }
        userIdToExportedAt.put(request.userId(), now);
        return exportReply(request.userId(), "");
    }

    /** After a restart cut off an export: the data as it is now, unless the user has since been forgotten. */
    @Override
    public Optional<Reply> reissue(SecretRef secret) {
        if (!secret.kind().equals(SecretRef.EXPORT) || users.find(secret.userId()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(exportReply(secret.userId(), "I restarted while sending your export, so here it is "
                + "again, as of now. "));
    }

    private Reply exportReply(long userId, String intro) {
        byte[] json = data.exportJson(userId);
        String name = "interview-coach-data-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".json";
        return Reply.text(intro + "Here is everything I keep about you, as JSON: your accounts, answers, review "
                + "schedule, quiz, share links, settings and reminders sent. Only you received this file.")
                .withAttachment(new Attachment(name, "application/json", json))
                .asSecret(SecretRef.ofUser(SecretRef.EXPORT, userId))
                .asSnapshotOf("export");
    }

    private Reply askToForget(ChatRequest request) {
        userIdToForgetAskedAt.put(request.userId(), clock.instant());
        String accounts = users.identities(request.userId()).stream().map(Identity::platform)
                .collect(Collectors.joining(", "));
        return Reply.withButtons("This deletes everything I keep about you: your progress, every answer, your "
                + "quiz, your settings and reminders, your share links (their pages stop working at once) and your "
                + "linked accounts ("
                + accounts + "). It cannot be undone. Want a copy first? Send /export.\n"
                + "Press Delete everything, or type /forget confirm, within "
                + CONFIRM_WITHIN.toMinutes() + " minutes.",
                List.of(new Button("forget:confirm", "Delete everything"), new Button("forget:cancel", "Cancel"),
                        new Button("export", "Export first")));
    }

    private Reply forget(ChatRequest request) {
        Instant askedAt = userIdToForgetAskedAt.getIfPresent(request.userId());
        if (askedAt == null || askedAt.plus(CONFIRM_WITHIN).isBefore(clock.instant())) {
            return Reply.text("To delete your data, send /forget first; then confirm within "
                    + CONFIRM_WITHIN.toMinutes() + " minutes.");
        }
        userIdToForgetAskedAt.invalidate(request.userId());
        data.forget(request.userId());
        return Reply.text("Done: I deleted all your data, and your share links no longer work. "
                + "If you write again, I'll start fresh. Good luck with your interviews!");
    }
}
