package com.jobfuture.coach.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.jobs.JobsCommunity;
import com.jobfuture.coach.storage.JdbcJobsCommunityRepository;
import com.jobfuture.coach.testing.StorageTest;
import com.jobfuture.coach.testing.TestStorage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each community's /jobs setting: the same behaviour on SQLite and PostgreSQL. */
class JobsCommunityRepositoryContractTest {
    @Nested
    class OnSqlite extends JobsCommunityRepositoryContract {
        OnSqlite() {
            super(TestStorage.SQLITE);
        }
    }

    @Nested
    class OnPostgres extends JobsCommunityRepositoryContract {
        OnPostgres() {
            super(TestStorage.POSTGRESQL);
        }
    }
}

abstract class JobsCommunityRepositoryContract extends StorageTest {
    JobsCommunityRepositoryContract(TestStorage storage) {
        super(storage);
    }

    @Test
    void aCommunityWithNoRecordIsAbsentAndASavedOneIsFoundByPlatformAndConversation() {
        JdbcJobsCommunityRepository communities = new JdbcJobsCommunityRepository(db);
        JobsCommunity group = new JobsCommunity("telegram", "-100123", true, "remote senior", T0);

        communities.save(group);

        assertThat(communities.find("telegram", "-100123")).contains(group);
        assertThat(communities.find("discord", "-100123")).as("same id, other platform").isEmpty();
        assertThat(communities.find("telegram", "-100124")).isEmpty();
    }

    @Test
    void savingAgainReplacesTheSettingAndKeepsOneRow() {
        JdbcJobsCommunityRepository communities = new JdbcJobsCommunityRepository(db);
        communities.save(new JobsCommunity("discord", "guild:1/channel:2", true, "drf", T0));
        JobsCommunity off = new JobsCommunity("discord", "guild:1/channel:2", false, "", T0.plusSeconds(90));

        communities.save(off);

        assertThat(communities.find("discord", "guild:1/channel:2")).contains(off);
        long rows = db.read(c -> {
            try (var count = c.prepareStatement("SELECT COUNT(*) FROM jobs_communities");
                 var result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
        assertThat(rows).isEqualTo(1);
    }

    @Test
    void aSettingSavedByOneProcessIsWhatAnotherReads() {
        JdbcJobsCommunityRepository there = new JdbcJobsCommunityRepository(anotherProcess());
        JdbcJobsCommunityRepository here = new JdbcJobsCommunityRepository(db);
        JobsCommunity on = new JobsCommunity("telegram", "-1", true, "remote", T0);

        here.save(on);
        assertThat(there.find("telegram", "-1")).contains(on);
        JobsCommunity off = new JobsCommunity("telegram", "-1", false, "remote", T0.plusSeconds(5));
        there.save(off);
        assertThat(here.find("telegram", "-1")).contains(off);
    }
}
