package com.jobfuture.coach.storage;

import com.jobfuture.coach.core.jobs.JobsCommunity;
import com.jobfuture.coach.core.jobs.JobsCommunityRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/** Each community's /jobs setting in the database ({@code jobs_communities}, migration V15). */
public final class JdbcJobsCommunityRepository implements JobsCommunityRepository {
    private final Database db;

    public JdbcJobsCommunityRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<JobsCommunity> find(String platform, String conversationId) {
        return db.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT allowed, filters, updated_at "
                    + "FROM jobs_communities WHERE platform = ? AND conversation_id = ?")) {
                select.setString(1, platform);
                select.setString(2, conversationId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(new JobsCommunity(platform, conversationId,
                            rows.getInt(1) == 1, rows.getString(2), Instant.ofEpochMilli(rows.getLong(3))))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public void save(JobsCommunity community) {
        db.write(c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO jobs_communities "
                    + "(platform, conversation_id, allowed, filters, updated_at) VALUES (?, ?, ?, ?, ?) "
                    + "ON CONFLICT (platform, conversation_id) DO UPDATE SET allowed = excluded.allowed, "
                    + "filters = excluded.filters, updated_at = excluded.updated_at")) {
                upsert.setString(1, community.platform());
                upsert.setString(2, community.conversationId());
                upsert.setInt(3, community.allowed() ? 1 : 0);
                upsert.setString(4, community.filters());
                upsert.setLong(5, community.updatedAt().toEpochMilli());
                return upsert.executeUpdate();
            }
        });
    }
}
