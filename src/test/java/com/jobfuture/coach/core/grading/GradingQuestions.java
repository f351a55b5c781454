package com.jobfuture.coach.core.grading;

import com.jobfuture.coach.core.deck.Family;
import com.jobfuture.coach.core.deck.KeyPoint;
import com.jobfuture.coach.core.deck.Level;
import com.jobfuture.coach.core.deck.OpenQuestion;
import com.jobfuture.coach.core.deck.Topic;
import java.util.List;
import java.util.Optional;

/** Hand-made open questions for grader tests, written like the shipped decks. */
public final class GradingQuestions {
    private GradingQuestions() {
    }

    /** QuerySet laziness: a positive point, a point about evaluation triggers and one about caching. */
    public static OpenQuestion laziness() {
        return question("qs-lazy", "What is a QuerySet, and when does Django actually run its SQL?",
                "A QuerySet describes a query and is lazy: building and chaining filters runs no SQL. It is "
                        + "evaluated when you iterate it, slice it with a step, call len(), list() or bool(). The "
                        + "results are then cached on the QuerySet.",
                List.of(new KeyPoint("lazy until evaluated", List.of("lazy", "no sql", "deferred")),
                        new KeyPoint("iteration, len() and list() evaluate it",
                                List.of("iterat", "len(", "list(", "loop")),
                        new KeyPoint("results are cached on the QuerySet", List.of("cache"))));
    }

    /** select_related against prefetch_related: code names that embeddings barely tell apart. */
    public static OpenQuestion relatedLoading() {
        return question("orm-select-vs-prefetch", "When do you use select_related and when prefetch_related?",
                "select_related follows foreign keys with a SQL JOIN in the same query. prefetch_related runs a "
                        + "separate query per relation and joins the results in Python.",
                List.of(new KeyPoint("select_related uses a SQL JOIN", List.of("join")),
                        new KeyPoint("prefetch_related runs a separate query per relation",
                                List.of("separate query", "extra query", "second query"))));
    }

    /** Async ORM calls: aget() and acount() against get() and count(). */
    public static OpenQuestion asyncCalls() {
        return question("orm-async-calls", "In an async view, how do you fetch one object and count rows?",
                "Use the a-prefixed methods with await: await Book.objects.aget(pk=pk) for one object and "
                        + "await qs.acount() to count.",
                List.of(new KeyPoint("aget() with await for a single object", List.of("aget")),
                        new KeyPoint("acount() to count", List.of("acount"))));
    }

    /** Static against media files: two subjects that share every other word. */
    public static OpenQuestion staticAndMedia() {
        return question("static-media", "What is the difference between static files and media files?",
                "Static files are the CSS, JavaScript and images that ship with the code. Media files are what "
                        + "users upload at run time.",
                List.of(new KeyPoint("Static files ship with the code (CSS/JS/images)", List.of("css", "ship")),
                        new KeyPoint("Media files are user uploads", List.of("upload"))));
    }

    /** sync_to_async's thread_sensitive flag: a setting whose two values mean opposite things. */
    public static OpenQuestion threadSensitive() {
        return question("thread-sensitive", "What does thread_sensitive mean in sync_to_async()?",
                "With thread_sensitive=True all sync calls run in one shared thread; thread_sensitive=False runs "
                        + "each call in a new thread.",
                List.of(new KeyPoint("Runs sync code in one shared thread", List.of("shared thread", "one thread")),
                        new KeyPoint("thread_sensitive=False uses a new thread each time",
                                List.of("new thread"))));
    }

    /** gather() against TaskGroup when a task fails, with authored wrong claims (the confident contradictions). */
    public static OpenQuestion taskFailure() {
        return question("gather-taskgroup", "You run three API calls concurrently and one fails. How do gather() "
                        + "and TaskGroup behave?",
                "gather() propagates the first exception but does not cancel the other tasks, which keep running. "
                        + "A TaskGroup cancels the remaining tasks as soon as one fails.",
                List.of(new KeyPoint("gather() propagates the first exception and the other tasks keep running",
                                List.of("keep running", "not cancel"),
                                List.of("gather() cancels all the other tasks as soon as one fails")),
                        new KeyPoint("TaskGroup cancels the remaining tasks when one fails",
                                List.of("cancels the remaining", "cancelled"),
                                List.of("TaskGroup lets the remaining tasks run to completion",
                                        "TaskGroup ignores the failure and returns partial results"))));
    }

    static OpenQuestion question(String id, String prompt, String answer, List<KeyPoint> points) {
        return new OpenQuestion(id, new Topic("grading-test", "Grading test", Family.ORM), Level.JUNIOR, prompt,
                answer, points, "https://docs.djangoproject.com/en/5.2/", Optional.empty(), List.of());
    }
}
