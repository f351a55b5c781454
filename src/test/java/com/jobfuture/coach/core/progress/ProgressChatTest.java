package com.jobfuture.coach.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.ChatRequest;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.core.review.Rating;
import com.jobfuture.coach.testing.CoreFixture;
import com.jobfuture.coach.testing.DrillDecks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /progress and /topics show mastery with coverage and recent accuracy beside it, and say what they mean. */
class ProgressChatTest {
    @TempDir
    Path dir;
    CoreFixture core;
    ProgressChat chat;
    ChatRequest dana;

    @BeforeEach
    void setUp() {
        core = new CoreFixture(dir, DrillDecks.write(dir));
        chat = new ProgressChat(core.progress, core.decks);
        dana = new ChatRequest(core.user("dana"), new ChatUser("test", "dana", "Dana", false), false);
        ReviewRecorder recorder = new ReviewRecorder(core.reviews, core.scheduler);
        recorder.record(dana.userId(), "a1", Rating.GOOD, true, core.clock.instant());   // 0.808
        recorder.record(dana.userId(), "a2", Rating.AGAIN, false, core.clock.instant());  // 0.582
        recorder.record(dana.userId(), "b2", Rating.GOOD, true, core.clock.instant());   // 0.808
    }

    @AfterEach
    void tearDown() {
        core.close();
    }

    @Test
    void progressShowsMasteryCoverageAndRecentAccuracyPerFamily() {
        Reply progress = single(chat.onCommand(dana, "progress", ""));

        // ORM: (0.808 + 0.582) / 4 questions = 35%; security: 0.808 / 3 = 27%.
        assertThat(progress.text()).contains("Your progress · 3 answered",
                "ORM           ███░░░░░░░ 35% · seen 2/4 · right 1/2\n",
                "Security      ███░░░░░░░ 27% · seen 1/3 · right 1/1\n",
                "Weakest topics: Drill B, Drill A.",
                "Mastery: how likely you are to recall an area's questions a week from now (unseen ones count as 0)",
                "Right: your last answers there (up to 20)");
        assertThat(progress.buttons()).extracting(Button::action).contains("quiz:topic:drill-b");
    }

    @Test
    void topicsShowTheSameFiguresPerTopic() {
        Reply topics = single(chat.onCommand(dana, "topics", ""));

        assertThat(topics.text()).contains("ORM (/quiz orm) 35% · seen 2/4 · right 1/2\n",
                "  drill-a · 35% · seen 2/4 · right 1/2\n", "  drill-b · 27% · seen 1/3 · right 1/1\n",
                "add a level (junior, middle, senior)");
    }

    private static Reply single(List<Reply> replies) {
        assertThat(replies).hasSize(1);
        return replies.get(0);
    }
}
