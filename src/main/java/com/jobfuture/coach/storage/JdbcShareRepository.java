package com.jobfuture.coach.storage;

import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.share.ShareLink;
import com.jobfuture.coach.core.share.ShareRepository;
import com.jobfuture.coach.core.share.ShareSection;
import com.jobfuture.coach.core.share.ShareSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Share links (by token hash) and sharing settings in the database. */
public final class JdbcShareRepository implements ShareRepository {
    private static final String COLUMNS = "id, user_id, number, sections, created_at, expires_at, revoked_at, views, "
            + "last_viewed_at, level_areas";
    private final Database db;

    public JdbcShareRepository(Database db) {
        this.db = db;
    }

    @Override
    public ShareLink create(long userId, String tokenHash, Set<ShareSection> sections, Set<Family> levelAreas,
                            Instant createdAt, Instant expiresAt) {
        long id = db.write(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO share_links (user_id, number, token_hash, "
                    + "sections, created_at, expires_at, level_areas) VALUES (?, (SELECT COALESCE(MAX(number), 0) + 1 "
                    + "FROM share_links WHERE user_id = ?), ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, userId);
                insert.setLong(2, userId);
                insert.setString(3, tokenHash);
                insert.setString(4, ShareSection.format(sections));
                insert.setLong(5, createdAt.toEpochMilli());
                insert.setLong(6, expiresAt.toEpochMilli());
                insert.setString(7, areas(levelAreas));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return db.read(c -> select(c, "id = ?", id)).get(0);
    }

    @Override
    public Optional<ShareLink> findByTokenHash(String tokenHash) {
        return db.read(c -> select(c, "token_hash = ?", tokenHash)).stream().findFirst();
    }

    @Override
    public Optional<ShareLink> findByPreviewHash(String previewHash) {
        return db.read(c -> select(c, "preview_hash = ?", previewHash)).stream().findFirst();
    }

    @Override
    public boolean setPreviewHash(long userId, int number, String previewHash) {
        return update("UPDATE share_links SET preview_hash = ? WHERE user_id = ? AND number = ?", previewHash, userId,
                number) == 1;
    }

    @Override
    public boolean replaceTokenHash(long userId, int number, String tokenHash) {
        return update("UPDATE share_links SET token_hash = ? WHERE user_id = ? AND number = ?", tokenHash, userId,
                number) == 1;
    }

    @Override
    public List<ShareLink> links(long userId) {
        return db.read(c -> select(c, "user_id = ? ORDER BY number DESC", userId));
    }

    @Override
    public void recordView(long linkId, Instant at) {
        update("UPDATE share_links SET views = views + 1, last_viewed_at = ? WHERE id = ?", at.toEpochMilli(), linkId);
    }

    @Override
    public boolean revoke(long userId, int number, Instant at) {
        return update("UPDATE share_links SET revoked_at = ? WHERE user_id = ? AND number = ? AND revoked_at IS NULL",
                at.toEpochMilli(), userId, number) == 1;
    }

    @Override
    public boolean updateSections(long userId, int number, Set<ShareSection> sections, Set<Family> levelAreas) {
        return update("UPDATE share_links SET sections = ?, level_areas = ? WHERE user_id = ? AND number = ?",
                ShareSection.format(sections), areas(levelAreas), userId, number) == 1;
    }

    @Override
    public Optional<ShareSettings> settings(long userId) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT display_name, sections, level_areas FROM share_settings WHERE user_id = ?")) {
                select.setLong(1, userId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(new ShareSettings(Optional.ofNullable(rows.getString(1)),
                            ShareSection.parseList(rows.getString(2)), areas(rows.getString(3))))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public void saveSettings(long userId, ShareSettings settings) {
        update("INSERT INTO share_settings (user_id, display_name, sections, level_areas) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (user_id) DO UPDATE SET display_name = excluded.display_name, "
                + "sections = excluded.sections, level_areas = excluded.level_areas",
                userId, settings.displayName().orElse(null), ShareSection.format(settings.sections()),
                areas(settings.levelAreas()));
    }

    @Override
    public void mergeInto(long from, long into) {
        db.write(c -> {
            long offset;
            try (PreparedStatement max = c.prepareStatement(
                    "SELECT COALESCE(MAX(number), 0) FROM share_links WHERE user_id = ?")) {
                max.setLong(1, into);
                try (ResultSet rows = max.executeQuery()) {
                    rows.next();
                    offset = rows.getLong(1);
                }
            }
            execute(c, "UPDATE share_links SET user_id = ?, number = number + ? WHERE user_id = ?", into, offset, from);
            execute(c, "UPDATE share_settings SET user_id = ? WHERE user_id = ? AND NOT EXISTS "
                    + "(SELECT 1 FROM share_settings WHERE user_id = ?)", into, from, into);
            return null;
        });
    }

    private int update(String sql, Object... parameters) {
        return db.write(c -> execute(c, sql, parameters));
    }

    private static int execute(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    private static List<ShareLink> select(Connection c, String where, Object parameter) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM share_links WHERE " + where)) {
            select.setObject(1, parameter);
            List<ShareLink> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new ShareLink(rows.getLong(1), rows.getLong(2), rows.getInt(3),
                            ShareSection.parseList(rows.getString(4)), Instant.ofEpochMilli(rows.getLong(5)),
                            Instant.ofEpochMilli(rows.getLong(6)), instant(rows, 7), rows.getInt(8),
                            instant(rows, 9), areas(rows.getString(10))));
                }
            }
            return found;
        }
    }

    /** Areas as stored: family ids in {@link Family} order, comma-separated; unknown ids are ignored. */
    private static String areas(Set<Family> families) {
        return Arrays.stream(Family.values()).filter(families::contains).map(Family::id)
                .collect(Collectors.joining(","));
    }

    private static Set<Family> areas(String stored) {
        Set<Family> families = EnumSet.noneOf(Family.class);
        for (String id : stored == null ? new String[0] : stored.split(",")) {
            Family.parse(id).ifPresent(families::add);
        }
        return families;
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        long millis = rows.getLong(column);
        return rows.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
