package com.jobfuture.coach.core.reminders;

import com.jobfuture.coach.core.user.UserDataSection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The reminders a user was sent, as user data: exported on /export, moved when /link merges two users. */
public final class ReminderData implements UserDataSection {
    private final ReminderRepository repository;

    public ReminderData(ReminderRepository repository) {
        this.repository = repository;
    }

    /** One reminder in the export. */
    public record ReminderExport(LocalDate localDate, String kind, String state, String platform, Instant claimedAt,
                                 int attempts) {
    }

    @Override
    public String name() {
        return "reminders";
    }

    @Override
    public Object export(long userId) {
        List<ReminderExport> sent = repository.history(userId).stream()
                .map(r -> new ReminderExport(r.localDate(), r.kind().name(), r.state().name(), r.to().platform(),
                        r.claimedAt(), r.attempts()))
                .toList();
        return sent;
    }

    @Override
    public void merge(long from, long into) {
        repository.moveHistory(from, into);
    }
}
