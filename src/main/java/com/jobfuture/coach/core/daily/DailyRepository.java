package com.jobfuture.coach.core.daily;

import com.jobfuture.coach.core.deck.OptionOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Durable state of the daily feature: communities, their posts and members' answers. */
public interface DailyRepository {
    Optional<DailyCommunity> community(CommunityRef ref);

    /** Inserts or replaces a community's settings and status. */
    void saveCommunity(DailyCommunity community);

    List<DailyCommunity> communities(CommunityStatus status);

    /**
     * Inserts a CHOSEN post with its question and the order its options will be shown in; empty when the community
     * already has a post for that slot date.
     */
    Optional<DailyPost> insertChosen(CommunityRef ref, Optional<LocalDate> slotDate, String questionId,
                                     OptionOrder order, Instant now);

    /** Whether the community has a post (in any state) for that slot date. */
    boolean hasPostFor(CommunityRef ref, LocalDate slotDate);

    Optional<DailyPost> post(long id);

    /** Posts in the given states, oldest first. */
    List<DailyPost> posts(Collection<PostState> states);

    /** The community's newest post, if any. */
    Optional<DailyPost> latestPost(CommunityRef ref);

    /** Writes the post's mutable fields (question and order too) if it is still in {@code expected}; false if not. */
    boolean updatePost(DailyPost post, PostState expected);

    /**
     * Claims the post for this process until {@code until}: true only if it is still in {@code state} and due at
     * {@code now} (its next attempt time has come), and no other process claimed it meanwhile; the claim moves its
     * next attempt time to {@code until}, so other processes leave it alone until then.
     */
    boolean claimPost(long id, PostState state, Instant now, Instant until);

    /** How often each question was used in the community (posts that {@link PostState#usedQuestion()}). */
    Map<String, Integer> usedQuestionCounts(CommunityRef ref);

    /**
     * Records a member's answer, {@code option} being the option's index in the deck file (not its letter); false
     * when that member already answered this post.
     */
    boolean insertAnswer(long postId, long userId, int option, Instant now);

    /** The option (index in the deck file) a member picked, if they answered. */
    Optional<Integer> answerOf(long postId, long userId);

    /** The number of answers per option, keyed by the option's index in the deck file. */
    Map<Integer, Integer> answerCounts(long postId);

    /** A member's answers to daily questions, oldest first (for their data export). */
    List<MemberAnswer> answersOf(long userId);

    /**
     * Moves {@code from}'s answers to {@code into} (identities linked); where both answered the same post, the
     * earlier answer is kept, so no post is counted twice.
     */
    void moveAnswers(long from, long into);

    /** One daily answer of a member: which post (and question, where), the option picked, when. */
    record MemberAnswer(long postId, String platform, String conversationId, String questionId, int option,
                        Instant answeredAt) {
    }
}
