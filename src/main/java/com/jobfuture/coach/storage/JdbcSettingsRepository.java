package com.jobfuture.coach.storage;

import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.notify.PrivateAddress;
import com.jobfuture.coach.core.settings.QuietHours;
import com.jobfuture.coach.core.settings.ReminderSettings;
import com.jobfuture.coach.core.settings.SettingsRepository;
import com.jobfuture.coach.core.settings.UserSettings;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/** Users' settings and next reminder instants in the database ({@code user_settings}). */
public final class JdbcSettingsRepository implements SettingsRepository {
    private static final String COLUMNS = "zone, reminders_on, reminder_time, reminder_platform, reminder_chat, "
            + "reminders_off_why, reminders_changed, reminder_next_at, quiet_start, quiet_end, daily_goal, "
            + "target_level, areas, interview_date, updated_at";
    /** Every column set from the row that was to be inserted (an upsert that replaces the whole row). */
    private static final String UPDATE_ALL = Arrays.stream(COLUMNS.split(", "))
            .map(column -> column + " = excluded." + column).collect(Collectors.joining(", "));
    private final Database db;

    public JdbcSettingsRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<UserSettings> find(long userId) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM user_settings WHERE user_id = ?")) {
                select.setLong(1, userId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(settings(rows)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void save(long userId, UserSettings settings, Optional<Instant> nextReminderAt, Instant now) {
        ReminderSettings reminders = settings.reminders();
        db.write(c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO user_settings (user_id, " + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET "
                    + UPDATE_ALL)) {
                upsert.setLong(1, userId);
                upsert.setString(2, settings.zone().map(ZoneId::getId).orElse(null));
                upsert.setInt(3, reminders.on() ? 1 : 0);
                upsert.setString(4, reminders.time().map(LocalTime::toString).orElse(null));
                upsert.setString(5, reminders.address().map(PrivateAddress::platform).orElse(null));
                upsert.setString(6, reminders.address().map(PrivateAddress::externalId).orElse(null));
                upsert.setString(7, reminders.offReason().map(Enum::name).orElse(null));
                setInstant(upsert, 8, reminders.changedAt());
                setInstant(upsert, 9, nextReminderAt);
                upsert.setString(10, settings.quietHours().map(q -> q.start().toString()).orElse(null));
                upsert.setString(11, settings.quietHours().map(q -> q.end().toString()).orElse(null));
                if (settings.dailyGoal().isPresent()) {
                    upsert.setInt(12, settings.dailyGoal().getAsInt());
                } else {
                    upsert.setNull(12, Types.INTEGER);
                }
                upsert.setString(13, settings.targetLevel().map(Level::id).orElse(null));
                upsert.setString(14, settings.areas().stream().sorted().map(Family::id)
                        .collect(Collectors.joining(",")));
                upsert.setString(15, settings.interviewDate().map(LocalDate::toString).orElse(null));
                upsert.setLong(16, now.toEpochMilli());
                return upsert.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Instant> nextReminderAt(long userId) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT reminder_next_at FROM user_settings WHERE user_id = ?")) {
                select.setLong(1, userId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? instant(rows, 1) : Optional.empty();
                }
            }
        });
    }

    private static UserSettings settings(ResultSet rows) throws SQLException {
        Optional<ZoneId> zone = Optional.ofNullable(rows.getString(1)).map(ZoneId::of);
        Optional<PrivateAddress> address = rows.getString(4) == null ? Optional.empty()
                : Optional.of(new PrivateAddress(rows.getString(4), rows.getString(5)));
        ReminderSettings reminders = new ReminderSettings(rows.getInt(2) == 1,
                Optional.ofNullable(rows.getString(3)).map(LocalTime::parse), address,
                Optional.ofNullable(rows.getString(6)).map(ReminderSettings.OffReason::valueOf), instant(rows, 7));
        Optional<QuietHours> quiet = rows.getString(9) == null ? Optional.empty()
                : Optional.of(new QuietHours(LocalTime.parse(rows.getString(9)), LocalTime.parse(rows.getString(10))));
        int goal = rows.getInt(11);
        OptionalInt dailyGoal = rows.wasNull() ? OptionalInt.empty() : OptionalInt.of(goal);
        Optional<Level> level = Optional.ofNullable(rows.getString(12)).flatMap(Level::parse);
        Set<Family> areas = EnumSet.noneOf(Family.class);
        Arrays.stream(rows.getString(13).split(",")).map(Family::parse).flatMap(Optional::stream)
                .forEach(areas::add);
        Optional<LocalDate> interview = Optional.ofNullable(rows.getString(14)).map(LocalDate::parse);
        return new UserSettings(zone, reminders, quiet, dailyGoal, level, areas, interview);
    }

    private static Optional<Instant> instant(ResultSet rows, int column) throws SQLException {
        long millis = rows.getLong(column);
        return rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }

    private static void setInstant(PreparedStatement statement, int index, Optional<Instant> value)
            throws SQLException {
        if (value.isPresent()) {
            statement.setLong(index, value.get().toEpochMilli());
        } else {
            statement.setNull(index, Types.INTEGER);
        }
    }
}
