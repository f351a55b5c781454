package com.jobfuture.coach.core.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.testing.CoreFixture;
import com.jobfuture.coach.testing.StorageTest;
import com.jobfuture.coach.testing.TestStorage;
import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.deck.OptionOrder;
import com.jobfuture.coach.core.progress.ReviewLogEntry;
import com.jobfuture.coach.core.quiz.QuizPhase;
import com.jobfuture.coach.core.quiz.QuizSession;
import com.jobfuture.coach.core.quiz.SessionPlan;
import com.jobfuture.coach.core.review.Rating;
import com.jobfuture.coach.core.review.ReviewCard;
import com.jobfuture.coach.core.share.ShareResult;
import com.jobfuture.coach.core.share.ShareSection;
import com.jobfuture.coach.testing.ShareFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Nested;

/** What merging two users keeps: cards, the answer log, quizzes, share links, identities. */
class MergeTest {
    @Nested
    class OnSqlite extends MergeCases {
        OnSqlite() {
            super(TestStorage.SQLITE);
        }
    }

    @Nested
    class OnPostgres extends MergeCases {
        OnPostgres() {
            super(TestStorage.POSTGRESQL);
        }
    }
}

/** The cases, run on each database. */
abstract class MergeCases extends StorageTest {
    ShareFixture fx;
    long older;
    long newer;

    MergeCases(TestStorage storage) {
        super(storage);
    }

    @BeforeEach
    void setUp() {
        fx = new ShareFixture(CoreFixture.on(db, folder));
        older = fx.core.users.userId("console", "dana", "dana");
        newer = fx.core.users.userId("telegram", "42", "Dana");
    }

    @Test
    void theCardBackedByMoreAnswersWinsAndTheLogIsTheUnion() {
        for (int i = 0; i < 3; i++) {
            fx.answer(older, "orm-loop-count", Rating.GOOD);
            fx.core.clock.advance(Duration.ofDays(3));
        }
        ReviewCard olderCard = fx.core.reviews.cards(older).get("orm-loop-count");
        fx.answer(newer, "orm-loop-count", Rating.AGAIN);   // later, but one answer only
        fx.answer(newer, "sec-csrf-token", Rating.EASY);    // only on the newer side

        long kept = fx.userData.merge(newer, older);

        assertThat(kept).isEqualTo(older);
        assertThat(fx.core.reviews.cards(older).get("orm-loop-count")).isEqualTo(olderCard);
        assertThat(fx.core.reviews.cards(older)).containsKey("sec-csrf-token");
        assertThat(fx.core.reviews.history(older)).hasSize(5);
        assertThat(fx.core.reviews.answerCount(older)).isEqualTo(5);
        assertThat(fx.userRepository.find(newer)).isEmpty();
        assertThat(fx.userRepository.identities(older)).extracting(Identity::platform)
                .containsExactly("console", "telegram");
        assertThat(fx.core.users.userId("telegram", "42", "Dana")).isEqualTo(older);
    }

    @Test
    void anAnswerPresentOnBothSidesIsKeptOnce() {
        Instant at = fx.core.clock.instant();
        ReviewLogEntry same = new ReviewLogEntry(older, "orm-loop-count", Rating.GOOD, true, at);
        fx.core.reviews.log(same);
        fx.core.reviews.log(new ReviewLogEntry(newer, "orm-loop-count", Rating.GOOD, true, at));
        fx.core.reviews.log(new ReviewLogEntry(newer, "orm-loop-count", Rating.HARD, true, at.plusSeconds(60)));

        fx.userData.merge(older, newer);

        assertThat(fx.core.reviews.history(older)).extracting(ReviewLogEntry::rating)
                .containsExactly(Rating.GOOD, Rating.HARD);
    }

    @Test
    void theMostRecentQuizStaysWithItsNumberMovedPastBoth() {
        Instant t = fx.core.clock.instant();
        fx.core.sessions.save(new QuizSession(older, "family:orm", Optional.empty(), "orm-loop-count",
                QuizPhase.ASKED, 7, 3, 2, null, Optional.empty(), SessionPlan.empty(), t, t.plusSeconds(60)));
        fx.core.sessions.save(new QuizSession(newer, "family:security", Optional.of(Level.JUNIOR), "sec-csrf-token",
                QuizPhase.ASKED, 2, 1, 1, null, Optional.of(new OptionOrder(List.of(1, 0))),
                new SessionPlan(List.of("x"), List.of("orm-loop-count"),
                        List.of(new SessionPlan.ComeBack("orm-loop-count", 4))), t, t.plusSeconds(120)));

        fx.userData.merge(older, newer);

        QuizSession kept = fx.core.sessions.find(older).orElseThrow();
        assertThat(kept.scopeKey()).isEqualTo("family:security");
        assertThat(kept.questionId()).isEqualTo("sec-csrf-token");
        assertThat(kept.seq()).isEqualTo(8);
        assertThat(kept.skippedIds()).containsExactly("x");
        assertThat(kept.level()).contains(Level.JUNIOR);
        assertThat(kept.optionOrder()).contains(new OptionOrder(List.of(1, 0)));
        assertThat(kept.plan().comeBacks()).containsExactly(new SessionPlan.ComeBack("orm-loop-count", 4));
        assertThat(fx.core.sessions.find(newer)).isEmpty();
    }

    @Test
    void shareLinksAreRenumberedAndKeepWorking() {
        ShareResult.Created mine = (ShareResult.Created) fx.shares.create(older, 30, ShareSection.defaults());
        ShareResult.Created theirs = (ShareResult.Created) fx.shares.create(newer, 30, ShareSection.defaults());
        fx.shares.rename(newer, "Dana K.");

        fx.userData.merge(newer, older);

        assertThat(fx.shares.all(older)).extracting(link -> link.number()).containsExactly(2, 1);
        assertThat(fx.shares.view(mine.token())).isPresent();
        assertThat(fx.shares.view(theirs.token()).orElseThrow().name()).contains("Dana K.");
        assertThat(fx.shares.create(older, 30, ShareSection.defaults()))
                .extracting(r -> ((ShareResult.Created) r).link().number()).isEqualTo(3);
    }
}
