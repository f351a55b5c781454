package com.jobfuture.coach.platform.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.platform.telegram.fake.BotMessage;
import com.jobfuture.coach.platform.telegram.fake.FakeUser;
import com.jobfuture.coach.testing.StorageFiles;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * After /forget nothing the user typed can be read from the database files: not in live rows, not in freed pages
 * and not in the write-ahead log (the raw bytes of coach.db, -wal and -shm are scanned for markers the user typed).
 */
@Timeout(90)
class TelegramForgetLeavesNothingTest extends TelegramAppTest {
    private static final String NAME = "Quokkaname";
    private static final String TYPED = "Zanzibarmarker";
    private static final String PAGE_NAME = "Pangolinpage";
    @Test
    void theNameTypedAnswersAndExportAreGoneFromTheDatabaseFilesAfterForget() throws Exception {
        FakeUser dana = rig.fake.user(3001, NAME);
        FakeUser sam = rig.fake.user(3002, "Sam");
        dana.send("/quiz orm");
        BotMessage question = rig.awaitMessages(dana, 1).get(0);
        dana.press(question, "51");
        dana.press(rig.awaitEdited(dana, 0, 1), "Next");
        rig.awaitMessages(dana, 2);
        dana.send(TYPED + " select_related is a join");
        assertThat(rig.awaitMessages(dana, 3).get(2).text()).contains("Your answer: " + TYPED);
        dana.send("/share name " + PAGE_NAME);
        rig.awaitMessages(dana, 4);
        dana.send("/export");
        rig.awaitMessages(dana, 6);
        assertThat(rig.fake.uploads()).anyMatch(upload -> upload.fileName().startsWith("interview-coach-data-"));
        sam.send("/quiz orm");
        rig.awaitMessages(sam, 1);
        rig.awaitSettled();
        assertThat(StorageFiles.containing(dir.resolve("coach.db"), List.of(NAME, TYPED, PAGE_NAME)))
                .as("the markers are in the files before /forget (the scan works)").isNotEmpty();

        dana.send("/forget");
        BotMessage ask = rig.awaitMessages(dana, 7).get(6);
        dana.press(ask, "Delete everything");
        assertThat(rig.awaitEdited(dana, 6, 1).text()).contains("deleted all your data");
        rig.awaitSettled();

        assertThat(StorageFiles.containing(dir.resolve("coach.db"), List.of(NAME, TYPED, PAGE_NAME))).isEmpty();
        sam.send("/progress");
        assertThat(rig.awaitMessages(sam, 2).get(1).text()).contains("Your progress");
    }
}
