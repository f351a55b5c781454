package com.jobfuture.coach.grading;

import com.jobfuture.coach.core.grading.GraderUnavailableException;
import com.jobfuture.coach.core.grading.SentenceEmbedder;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * all-MiniLM-L6-v2 (quantized ONNX, shipped inside the LangChain4j artifact) run in process on the CPU. Nothing is
 * loaded at start-up: the model loads on a background thread when {@link #prepare()} is first called (the quiz
 * does when it shows an open question, so it is ready by the time the answer is typed) or on the first
 * {@link #embed}, which waits for it (at most {@code waitForLoad}) and throws {@link GraderUnavailableException}
 * if it failed to load or is still loading. Thread-safe.
 */
public final class OnnxSentenceEmbedder implements SentenceEmbedder {
    private static final Logger LOG = LoggerFactory.getLogger(OnnxSentenceEmbedder.class);
    private final Supplier<EmbeddingModel> loader;
    private final CompletableFuture<EmbeddingModel> model = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private final Duration waitForLoad;

    OnnxSentenceEmbedder(Supplier<EmbeddingModel> loader, Duration waitForLoad) {
        this.loader = loader;
        this.waitForLoad = waitForLoad;
    }

    /** The shipped model, loaded on first use or {@link #prepare()} (nothing happens before). */
    public static OnnxSentenceEmbedder lazy(Duration waitForLoad) {
        return new OnnxSentenceEmbedder(OnnxSentenceEmbedder::loadShippedModel, waitForLoad);
    }

    /** Starts loading the model on a daemon thread, once; returns at once. */
    @Override
    public void prepare() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            long startedAt = System.nanoTime();
            try {
                EmbeddingModel loaded = loader.get();
                loaded.embed("warm up");
                System.gc(); // once: hand back the heap the model file was read through (tens of MB)
                LOG.info("Sentence-embedding model loaded in {} ms", (System.nanoTime() - startedAt) / 1_000_000);
                model.complete(loaded);
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("The sentence-embedding model could not be loaded ({}); open answers are graded by "
                        + "keywords", e.toString());
                model.completeExceptionally(e);
            }
        }, "embedding-model-loader");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Whether the model has finished loading (successfully or not). */
    public boolean settled() {
        return model.isDone();
    }

    /**
     * Waits (at most {@code limit}) until loading has finished, successfully or not. Call it before the process
     * exits: ONNX Runtime aborts the JVM if it exits while the native model is still being loaded.
     */
    public void awaitSettled(Duration limit) {
        if (!started.get()) {
            return;
        }
        try {
            model.handle((loaded, failure) -> null).get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            LOG.warn("The sentence-embedding model was still loading at shutdown");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        prepare();
        EmbeddingModel loaded;
        try {
            loaded = model.get(waitForLoad.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new GraderUnavailableException("the sentence-embedding model is still loading");
        } catch (ExecutionException e) {
            throw new GraderUnavailableException("the sentence-embedding model failed to load: " + e.getCause(),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraderUnavailableException("interrupted while the model loads", e);
        }
        try {
            List<Embedding> embeddings = loaded.embedAll(texts.stream().map(TextSegment::from).toList()).content();
            return embeddings.stream().map(Embedding::vector).toList();
        } catch (RuntimeException e) {
            throw new GraderUnavailableException("the sentence-embedding model failed: " + e, e);
        }
    }

    private static EmbeddingModel loadShippedModel() {
        useWritableNativeCache();
        return LeanMiniLmModel.load();
    }

    /**
     * DJL unpacks its tokenizer library under ~/.djl.ai; where the home folder is not writable (the Docker image's
     * user), it uses a folder under the temporary directory instead. An explicit DJL_CACHE_DIR wins.
     */
    private static void useWritableNativeCache() {
        if (System.getenv("DJL_CACHE_DIR") != null || System.getProperty("DJL_CACHE_DIR") != null) {
            return;
        }
        Path home = Path.of(System.getProperty("user.home", "."));
        Path cache = home.resolve(".djl.ai");
        if (Files.isWritable(cache) || !Files.exists(cache) && Files.isWritable(home)) {
            return;
        }
        System.setProperty("DJL_CACHE_DIR",
                Path.of(System.getProperty("java.io.tmpdir"), "interview-coach-djl").toString());
    }
}
