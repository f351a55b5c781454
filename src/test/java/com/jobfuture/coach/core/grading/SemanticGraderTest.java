package com.jobfuture.coach.core.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobfuture.coach.core.deck.ChoiceOption;
import com.jobfuture.coach.core.deck.ChoiceQuestion;
import com.jobfuture.coach.core.deck.DeckCatalog;
import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.deck.OpenQuestion;
import com.jobfuture.coach.core.review.Rating;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The semantic grader's rules on a word-overlap embedder (so similarity is predictable): paraphrase by shared
 * meaning-words, negation, echo, rival code names, empty, huge and non-English answers. The real model is tested
 * in grading.OnnxSemanticGraderTest.
 */
class SemanticGraderTest {
    /** Word overlap scores lower than a sentence model, so these thresholds suit the stand-in embedder. */
    static final SemanticThresholds OVERLAP = new SemanticThresholds(0.5, 0.2, 0.1, 0.0, 0.3, 1, 0);
    final WordCountEmbedder embedder = new WordCountEmbedder();
    final SemanticGrader grader = new SemanticGrader(embedder, OVERLAP);
    final OpenQuestion lazy = GradingQuestions.laziness();

    @Test
    void creditsAnAnswerThatStatesThePointsAndQuotesWhatTheUserSaid() {
        Grade grade = grader.grade(lazy, "QuerySets are lazy until evaluated. Iteration or len() evaluates them.");

        assertThat(grade.covered()).containsExactly(true, true, false);
        assertThat(grade.points().get(0).reason()).isEqualTo("you said “QuerySets are lazy until evaluated.”");
        assertThat(grade.points().get(2).reason()).isEqualTo("not in your answer");
        assertThat(grade.suggestedRating()).contains(Rating.HARD);
    }

    @Test
    void aConfidentContradictionInTheTopicsWordsIsRefusedAndNamedWhileItsParaphraseCounts() {
        SemanticGrader checking = new SemanticGrader(embedder, OVERLAP.withWrongClaims(0, 0, 1, 0));
        OpenQuestion failure = GradingQuestions.taskFailure();
        String contradiction = "TaskGroup lets the remaining tasks run to completion when one fails.";

        Grade refused = checking.grade(failure, contradiction);
        Grade paraphrase = checking.grade(failure, "When one fails, TaskGroup cancels the remaining tasks.");

        assertThat(grader.grade(failure, contradiction).covered().get(1)).as("credited without the check").isTrue();
        assertThat(refused.covered().get(1)).isFalse();
        assertThat(refused.points().get(1).reason()).startsWith("you said “TaskGroup lets the remaining tasks")
                .endsWith("” — that is the misconception “TaskGroup lets the remaining tasks run to completion”");
        assertThat(paraphrase.covered().get(1)).isTrue();
        assertThat(paraphrase.points().get(1).reason()).startsWith("you said “When one fails");
    }

    @Test
    void aWrongClaimRefusesOnlyWhenTheAnswerUsesOneOfItsOwnWords() {
        OpenQuestion failure = GradingQuestions.taskFailure();
        String answer = "TaskGroup lets the remaining tasks run to completion when one fails.";

        assertThat(new SemanticGrader(embedder, OVERLAP.withWrongClaims(1, SemanticThresholds.OFF, 1, 0))
                .grade(failure, answer).covered().get(1)).as("closer to the claim, shares 'completion'").isFalse();
        assertThat(new SemanticGrader(embedder, OVERLAP.withWrongClaims(1, SemanticThresholds.OFF, 9, 0))
                .grade(failure, answer).covered().get(1)).as("needs nine own words of the claim").isTrue();
    }

    @Test
    void theTopicsWrongChoiceOptionsActAsABankOfWrongClaims() {
        OpenQuestion lazy = this.lazy;
        ChoiceQuestion when = new ChoiceQuestion("qs-when", lazy.topic(), Level.JUNIOR, "When does filter() run SQL?",
                List.of(new ChoiceOption("Only when the QuerySet is evaluated", true, ""),
                        new ChoiceOption("Immediately, each filter call runs its own query", false,
                                "Building a QuerySet runs no SQL.")),
                "It is lazy.", "https://docs.djangoproject.com/en/5.2/", Optional.empty(), List.of());
        DeckCatalog catalog = new DeckCatalog(List.of(lazy, when));
        String answer = "Building and chaining filters immediately runs its own query for each filter call.";
        SemanticThresholds bankOnly = OVERLAP.withWrongClaims(SemanticThresholds.OFF, 0, 1, 0);

        assertThat(grader.grade(lazy, answer).covered().get(0)).as("credited without the bank").isTrue();
        assertThat(new ChoiceOptionBank(() -> catalog).apply(lazy)).containsExactly(
                "Immediately, each filter call runs its own query. Building a QuerySet runs no SQL.");
        assertThat(new SemanticGrader(embedder, bankOnly, new ChoiceOptionBank(() -> catalog)).grade(lazy, answer)
                .covered().get(0)).isFalse();
        assertThat(new SemanticGrader(embedder, bankOnly, new ChoiceOptionBank(() -> catalog)).grade(lazy, answer)
                .points().get(0).reason()).contains("that is the misconception “Immediately, each filter call");
    }

    @Test
    void negatedPointIsNotCreditedAndTheReasonSaysSo() {
        Grade grade = grader.grade(lazy, "A QuerySet is not lazy, it is evaluated at once.");

        assertThat(grade.covered().get(0)).isFalse();
        assertThat(grade.points().get(0).reason()).contains("which says the opposite");
    }

    @Test
    void affirmingWhatThePointDeniesIsAContradictionToo() {
        OpenQuestion tokens = GradingQuestions.question("tok", "What happens to a DRF token over time?",
                "DRF tokens do not expire by default; delete the row to revoke one.",
                List.of(new com.jobfuture.coach.core.deck.KeyPoint("DRF tokens do not expire by default",
                        List.of("never expire", "no expiry", "not expire"))));

        assertThat(grader.grade(tokens, "DRF tokens expire by default after a day").covered()).containsExactly(false);
        assertThat(grader.grade(tokens, "by default DRF tokens do not expire").covered()).containsExactly(true);
    }

    @Test
    void echoOfThePromptEarnsNothing() {
        Grade grade = grader.grade(lazy, "What is a QuerySet, and when does Django actually run its SQL?");

        assertThat(grade.covered()).containsExactly(false, false, false);
        assertThat(grade.coveredCount()).isZero();
        assertThat(grade.suggestedRating()).contains(Rating.AGAIN);
    }

    @Test
    void aRivalCodeNameDoesNotEarnThePointOfTheRequiredOne() {
        OpenQuestion async = GradingQuestions.asyncCalls();

        Grade wrong = grader.grade(async, "await Book.objects.get(pk=pk). qs.count() to count");
        Grade right = grader.grade(async, "await Book.objects.aget(pk=pk). qs.acount() to count");

        assertThat(wrong.covered()).containsExactly(false, false);
        assertThat(wrong.points().get(0).reason()).isEqualTo("you named Book.objects.get; the point is about aget");
        assertThat(right.covered()).containsExactly(true, true);
    }

    @Test
    void whatIsSaidOfAnotherSubjectDoesNotEarnThePoint() {
        OpenQuestion files = GradingQuestions.staticAndMedia();

        Grade swapped = grader.grade(files, "static files are the ones users upload");
        Grade right = grader.grade(files, "media files are the ones users upload");

        assertThat(swapped.covered()).containsExactly(false, false);
        assertThat(swapped.points().get(1).reason())
                .isEqualTo("you said that of static; the point is “Media files are user uploads”");
        assertThat(right.covered()).containsExactly(false, true);
    }

    @Test
    void aClauseWithoutASubjectSpeaksOfTheOneBeforeIt() {
        Grade grade = grader.grade(GradingQuestions.staticAndMedia(),
                "Static files are something else entirely. They are what users upload.");

        assertThat(grade.covered().get(1)).isFalse();
        assertThat(grade.points().get(1).reason()).startsWith("you said that of static");
    }

    @Test
    void aSentenceAboutBothSubjectsIsJudgedByItsClauses() {
        OpenQuestion files = GradingQuestions.staticAndMedia();

        Grade swapped = grader.grade(files, "static files are what users upload and media files ship with the code");
        Grade right = grader.grade(files, "static files ship with the code and media files are what users upload");

        assertThat(swapped.covered()).containsExactly(false, false);
        assertThat(right.covered()).containsExactly(true, true);
    }

    @Test
    void anotherValueOfTheSameSettingDoesNotEarnThePoint() {
        OpenQuestion flag = GradingQuestions.threadSensitive();

        Grade wrong = grader.grade(flag, "thread_sensitive=True uses a new thread each time");
        Grade right = grader.grade(flag, "thread_sensitive=False uses a new thread each time");

        assertThat(wrong.covered().get(1)).isFalse();
        assertThat(wrong.points().get(1).reason())
                .isEqualTo("you said thread_sensitive=True; the point is about thread_sensitive=False");
        assertThat(right.covered().get(1)).isTrue();
    }

    @Test
    void aNegationOfSomethingThePointDoesNotMentionIsNoContradiction() {
        OpenQuestion loop = GradingQuestions.question("loop", "Do the a-prefixed ORM methods block?",
                "They run the query in a thread; the event loop is not blocked meanwhile.",
                List.of(new com.jobfuture.coach.core.deck.KeyPoint("the event loop is not blocked",
                        List.of("not block", "event loop"))));

        assertThat(grader.grade(loop, "the event loop stays free, nothing waits on it").covered())
                .containsExactly(true);
        assertThat(grader.grade(loop, "the event loop is blocked until the query ends").covered())
                .containsExactly(false);
    }

    @Test
    void swappedSiblingNamesEarnNeitherPoint() {
        Grade grade = grader.grade(GradingQuestions.relatedLoading(),
                "prefetch_related uses a SQL JOIN. select_related runs a separate query per relation.");

        assertThat(grade.covered()).containsExactly(false, false);
    }

    @Test
    void emptyAnswerIsNotSentToTheModel() {
        assertThat(grader.grade(lazy, "   ").points()).extracting(PointVerdict::reason)
                .containsOnly("nothing typed");
        assertThat(grader.grade(lazy, null).covered()).containsExactly(false, false, false);
        assertThat(embedder.batches).isEmpty();
    }

    @Test
    void hugeAnswerIsBoundedInWhatIsCompared() {
        String huge = "QuerySets are lazy until evaluated. ".repeat(2000);

        Grade grade = grader.grade(lazy, huge);

        assertThat(grade.covered().get(0)).isTrue();
        List<String> answerBatch = embedder.batches.get(embedder.batches.size() - 1);
        assertThat(answerBatch).hasSizeLessThanOrEqualTo(SemanticGrader.MAX_UNITS);
    }

    @Test
    void nonEnglishTextIsGradedWithoutErrorAndEarnsNothingItDoesNotSay() {
        Grade russian = grader.grade(lazy, "Кверисет ленивый, запрос выполняется при итерации.");
        Grade spanish = grader.grade(lazy, "El QuerySet es perezoso: no ejecuta SQL hasta que lo recorres.");

        assertThat(russian.covered()).containsExactly(false, false, false);
        assertThat(russian.points()).extracting(PointVerdict::reason).containsOnly("not in your answer");
        assertThat(spanish.points()).hasSize(3);
    }

    @Test
    void modelFailureIsReportedAsUnavailableSoACallerCanFallBack() {
        SemanticGrader broken = new SemanticGrader(texts -> {
            throw new GraderUnavailableException("model failed to load");
        }, OVERLAP);
        FallbackGrader withFallback = new FallbackGrader(broken, new KeywordGrader());

        assertThatThrownBy(() -> broken.grade(lazy, "it is lazy")).isInstanceOf(GraderUnavailableException.class);
        Grade grade = withFallback.grade(lazy, "it is lazy");
        assertThat(grade.grader()).isEqualTo("keywords");
        assertThat(grade.covered()).containsExactly(true, false, false);
    }

    @Test
    void sameAnswerGetsTheSameGradeEveryTime() {
        String answer = "lazy until you loop over it, then the results are cached";

        assertThat(grader.grade(lazy, answer)).isEqualTo(grader.grade(lazy, answer));
    }
}
