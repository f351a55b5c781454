package com.jobfuture.coach.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.review.CardState;
import com.jobfuture.coach.core.review.ReviewCard;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which card a merge keeps when both users answered the same question. */
class ReviewDataTest {
    private final Instant t = Instant.parse("2026-03-02T09:00:00Z");
    private final ReviewCard fresh = ReviewCard.newCard(t);
    private final ReviewCard early = new ReviewCard(CardState.REVIEW, 0, 5, 5, t.plusSeconds(86_400), t);
    private final ReviewCard late = new ReviewCard(CardState.REVIEW, 0, 2, 5, t.plusSeconds(86_400), t.plusSeconds(60));
    private final ReviewCard stronger = new ReviewCard(CardState.REVIEW, 0, 9, 5, t.plusSeconds(86_400),
            t.plusSeconds(60));

    @Test
    void aReviewedCardBeatsANewOne() {
        assertThat(ReviewData.better(early, 1, fresh, 5)).isTrue();
        assertThat(ReviewData.better(fresh, 5, early, 1)).isFalse();
    }

    @Test
    void thenMoreAnswersBehindTheCard() {
        assertThat(ReviewData.better(early, 3, late, 1)).isTrue();
        assertThat(ReviewData.better(late, 1, early, 3)).isFalse();
    }

    @Test
    void thenTheLaterReviewThenTheHigherStability() {
        assertThat(ReviewData.better(late, 1, early, 1)).isTrue();
        assertThat(ReviewData.better(stronger, 1, late, 1)).isTrue();
        assertThat(ReviewData.better(late, 1, stronger, 1)).isFalse();
        assertThat(ReviewData.better(late, 1, late, 1)).isFalse();
    }
}
