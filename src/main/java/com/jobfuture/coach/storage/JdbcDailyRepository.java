package com.jobfuture.coach.storage;

import com.jobfuture.coach.core.daily.CommunityRef;
import com.jobfuture.coach.core.daily.CommunityStatus;
import com.jobfuture.coach.core.daily.DailyCommunity;
import com.jobfuture.coach.core.daily.DailyPost;
import com.jobfuture.coach.core.daily.DailyRepository;
import com.jobfuture.coach.core.daily.DailySettings;
import com.jobfuture.coach.core.daily.PostState;
import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.deck.OptionOrder;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Daily-question communities, posts and answers in the database. */
public final class JdbcDailyRepository implements DailyRepository {
    private static final String COMMUNITY_COLUMNS = "platform, conversation_id, post_time, zone, weekdays, scopes, "
            + "level, reveal_after_s, status, active_since, updated_at";
    private static final String POST_COLUMNS = "id, platform, conversation_id, slot_date, question_id, state, "
            + "message_ref, chosen_at, reveal_at, attempts, next_attempt_at, option_order";
    private final Database db;

    public JdbcDailyRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<DailyCommunity> community(CommunityRef ref) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COMMUNITY_COLUMNS
                    + " FROM daily_communities WHERE platform = ? AND conversation_id = ?")) {
                select.setString(1, ref.platform());
                select.setString(2, ref.conversationId());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(community(rows)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void saveCommunity(DailyCommunity community) {
        DailySettings s = community.settings();
        db.write(c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO daily_communities (" + COMMUNITY_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (platform, conversation_id) DO UPDATE "
                    + "SET post_time = excluded.post_time, zone = excluded.zone, weekdays = excluded.weekdays, "
                    + "scopes = excluded.scopes, level = excluded.level, reveal_after_s = excluded.reveal_after_s, "
                    + "status = excluded.status, active_since = excluded.active_since, "
                    + "updated_at = excluded.updated_at")) {
                upsert.setString(1, community.ref().platform());
                upsert.setString(2, community.ref().conversationId());
                upsert.setString(3, s.time().toString());
                upsert.setString(4, s.zone().getId());
                upsert.setString(5, s.days().stream().map(Enum::name).collect(Collectors.joining(",")));
                upsert.setString(6, String.join(",", s.scopeKeys()));
                upsert.setString(7, s.level().map(Level::id).orElse(null));
                upsert.setLong(8, s.revealAfter().toSeconds());
                upsert.setString(9, community.status().name());
                upsert.setLong(10, community.activeSince().toEpochMilli());
                upsert.setLong(11, community.updatedAt().toEpochMilli());
                return upsert.executeUpdate();
            }
        });
    }

    @Override
    public List<DailyCommunity> communities(CommunityStatus status) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + COMMUNITY_COLUMNS
                    + " FROM daily_communities WHERE status = ? ORDER BY platform, conversation_id")) {
                select.setString(1, status.name());
                List<DailyCommunity> found = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(community(rows));
                    }
                }
                return found;
            }
        });
    }

    @Override
    public Optional<DailyPost> insertChosen(CommunityRef ref, Optional<LocalDate> slotDate, String questionId,
                                            OptionOrder order, Instant now) {
        return db.write(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO daily_posts (platform, "
                    + "conversation_id, slot_date, question_id, option_order, state, chosen_at, next_attempt_at) "
                    + "VALUES (?, ?, ?, ?, ?, 'CHOSEN', ?, ?) ON CONFLICT DO NOTHING", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, ref.platform());
                insert.setString(2, ref.conversationId());
                insert.setString(3, slotDate.map(LocalDate::toString).orElse(null));
                insert.setString(4, questionId);
                insert.setString(5, order.encode());
                insert.setLong(6, now.toEpochMilli());
                insert.setLong(7, now.toEpochMilli());
                if (insert.executeUpdate() == 0) {
                    return Optional.empty();
                }
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return Optional.of(new DailyPost(keys.getLong(1), ref, slotDate, questionId, Optional.of(order),
                            PostState.CHOSEN, Optional.empty(), now, Optional.empty(), 0, now));
                }
            }
        });
    }

    @Override
    public boolean hasPostFor(CommunityRef ref, LocalDate slotDate) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM daily_posts WHERE platform = ? "
                    + "AND conversation_id = ? AND slot_date = ?")) {
                select.setString(1, ref.platform());
                select.setString(2, ref.conversationId());
                select.setString(3, slotDate.toString());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    @Override
    public Optional<DailyPost> post(long id) {
        List<DailyPost> found = posts("WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<DailyPost> posts(Collection<PostState> states) {
        if (states.isEmpty()) {
            return List.of();
        }
        String in = states.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
        return posts("WHERE state IN (" + in + ") ORDER BY id");
    }

    @Override
    public Optional<DailyPost> latestPost(CommunityRef ref) {
        List<DailyPost> found = posts("WHERE platform = ? AND conversation_id = ? ORDER BY id DESC LIMIT 1",
                ref.platform(), ref.conversationId());
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public boolean updatePost(DailyPost post, PostState expected) {
        return db.write(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE daily_posts SET question_id = ?, state = ?, "
                    + "message_ref = ?, reveal_at = ?, attempts = ?, next_attempt_at = ?, option_order = ? "
                    + "WHERE id = ? AND state = ?")) {
                update.setString(1, post.questionId());
                update.setString(2, post.state().name());
                update.setString(3, post.messageRef().orElse(null));
                if (post.revealAt().isPresent()) {
                    update.setLong(4, post.revealAt().get().toEpochMilli());
                } else {
                    update.setNull(4, Types.INTEGER);
                }
                update.setInt(5, post.attempts());
                update.setLong(6, post.nextAttemptAt().toEpochMilli());
                update.setString(7, post.optionOrder().map(OptionOrder::encode).orElse(null));
                update.setLong(8, post.id());
                update.setString(9, expected.name());
                return update.executeUpdate() == 1;
            }
        });
    }

    @Override
    public boolean claimPost(long id, PostState state, Instant now, Instant until) {
        return db.write(c -> {
            // PostgreSQL: a post another process is claiming right now is skipped rather than waited for
            try (PreparedStatement claim = c.prepareStatement("UPDATE daily_posts SET next_attempt_at = ? "
                    + "WHERE id = (SELECT id FROM daily_posts WHERE id = ? AND state = ? AND next_attempt_at <= ?"
                    + db.dialect().lockSkippingLocked() + ")")) {
                claim.setLong(1, until.toEpochMilli());
                claim.setLong(2, id);
                claim.setString(3, state.name());
                claim.setLong(4, now.toEpochMilli());
                return claim.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Map<String, Integer> usedQuestionCounts(CommunityRef ref) {
        String used = Arrays.stream(PostState.values()).filter(PostState::usedQuestion)
                .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT question_id, COUNT(*) FROM daily_posts "
                    + "WHERE platform = ? AND conversation_id = ? AND state IN (" + used + ") GROUP BY question_id")) {
                select.setString(1, ref.platform());
                select.setString(2, ref.conversationId());
                Map<String, Integer> counts = new HashMap<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        counts.put(rows.getString(1), rows.getInt(2));
                    }
                }
                return counts;
            }
        });
    }

    @Override
    public boolean insertAnswer(long postId, long userId, int option, Instant now) {
        return db.write(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO daily_answers (post_id, "
                    + "user_id, option, answered_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setLong(1, postId);
                insert.setLong(2, userId);
                insert.setInt(3, option);
                insert.setLong(4, now.toEpochMilli());
                return insert.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Optional<Integer> answerOf(long postId, long userId) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT option FROM daily_answers "
                    + "WHERE post_id = ? AND user_id = ?")) {
                select.setLong(1, postId);
                select.setLong(2, userId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getInt(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Map<Integer, Integer> answerCounts(long postId) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT option, COUNT(*) FROM daily_answers "
                    + "WHERE post_id = ? GROUP BY option")) {
                select.setLong(1, postId);
                Map<Integer, Integer> counts = new HashMap<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        counts.put(rows.getInt(1), rows.getInt(2));
                    }
                }
                return counts;
            }
        });
    }

    @Override
    public List<MemberAnswer> answersOf(long userId) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT a.post_id, p.platform, p.conversation_id, "
                    + "p.question_id, a.option, a.answered_at FROM daily_answers a JOIN daily_posts p "
                    + "ON p.id = a.post_id WHERE a.user_id = ? ORDER BY a.answered_at, a.post_id")) {
                select.setLong(1, userId);
                List<MemberAnswer> answers = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        answers.add(new MemberAnswer(rows.getLong(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getInt(5), Instant.ofEpochMilli(rows.getLong(6))));
                    }
                }
                return answers;
            }
        });
    }

    @Override
    public void moveAnswers(long from, long into) {
        db.write(c -> {
            // Where both answered a post, keep the earlier answer (the one counted first).
            try (PreparedStatement dropLater = c.prepareStatement("DELETE FROM daily_answers AS a WHERE a.user_id "
                    + "IN (?, ?) AND EXISTS (SELECT 1 FROM daily_answers b WHERE b.post_id = a.post_id "
                    + "AND b.user_id IN (?, ?) AND b.user_id <> a.user_id AND (b.answered_at < a.answered_at "
                    + "OR (b.answered_at = a.answered_at AND b.user_id = ?)))")) {
                dropLater.setLong(1, from);
                dropLater.setLong(2, into);
                dropLater.setLong(3, from);
                dropLater.setLong(4, into);
                dropLater.setLong(5, into);
                dropLater.executeUpdate();
            }
            try (PreparedStatement move = c.prepareStatement(
                    "UPDATE daily_answers SET user_id = ? WHERE user_id = ?")) {
                move.setLong(1, into);
                move.setLong(2, from);
                return move.executeUpdate();
            }
        });
    }

    private List<DailyPost> posts(String where, Object... parameters) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + POST_COLUMNS + " FROM daily_posts "
                    + where)) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setObject(i + 1, parameters[i]);
                }
                List<DailyPost> found = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(post(rows));
                    }
                }
                return found;
            }
        });
    }

    private static DailyPost post(ResultSet rows) throws SQLException {
        String slot = rows.getString(4);
        long revealAt = rows.getLong(9);
        Optional<Instant> reveal = rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(revealAt));
        String order = rows.getString(12);
        Optional<OptionOrder> optionOrder = order == null ? Optional.empty()
                : OptionOrder.parse(order, order.split(",").length);
        return new DailyPost(rows.getLong(1), new CommunityRef(rows.getString(2), rows.getString(3)),
                slot == null ? Optional.empty() : Optional.of(LocalDate.parse(slot)), rows.getString(5), optionOrder,
                PostState.valueOf(rows.getString(6)), Optional.ofNullable(rows.getString(7)),
                Instant.ofEpochMilli(rows.getLong(8)), reveal, rows.getInt(10),
                Instant.ofEpochMilli(rows.getLong(11)));
    }

    private static DailyCommunity community(ResultSet rows) throws SQLException {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : rows.getString(5).split(",")) {
            days.add(DayOfWeek.valueOf(day));
        }
        String scopes = rows.getString(6);
        DailySettings settings = new DailySettings(LocalTime.parse(rows.getString(3)), ZoneId.of(rows.getString(4)),
                days, scopes.isEmpty() ? List.of() : List.of(scopes.split(",")),
                Level.parse(rows.getString(7)), Duration.ofSeconds(rows.getLong(8)));
        return new DailyCommunity(new CommunityRef(rows.getString(1), rows.getString(2)), settings,
                CommunityStatus.valueOf(rows.getString(9)), Instant.ofEpochMilli(rows.getLong(10)),
                Instant.ofEpochMilli(rows.getLong(11)));
    }
}
