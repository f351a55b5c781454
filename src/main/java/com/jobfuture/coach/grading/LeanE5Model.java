package com.jobfuture.coach.grading;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.output.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The e5-small-v2 quantized model and tokenizer that LangChain4j ships (mean pooling; every text is embedded as
 * "query: …", the form e5 uses for symmetric similarity), run with ONNX Runtime's memory arena
 * and memory-pattern planning off: answers are short and vary in length, and with them on the runtime keeps
 * growing buffers for the longest input seen (about 60 MB more resident memory after a few hundred answers).
 * Embeddings are identical; the calling thread runs the inference.
 */
final class LeanE5Model extends AbstractInProcessEmbeddingModel {
    static final String MODEL = "/e5-small-v2-q.onnx";
    static final String TOKENIZER = "/e5-small-v2-q-tokenizer.json";
    /** e5 is trained with this prefix on both sides of a symmetric comparison. */
    static final String PREFIX = "query: ";
    static final int DIMENSION = 384;
    private final OnnxBertBiEncoder encoder;

    private LeanE5Model(OnnxBertBiEncoder encoder) {
        super(Runnable::run);
        this.encoder = encoder;
    }

    /** Loads the model from the classpath (the LangChain4j artifact). */
    static LeanE5Model load() {
        try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER)) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setCPUArenaAllocator(false);
            options.setMemoryPatternOptimization(false);
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            return new LeanE5Model(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load the shipped model", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream stream = LeanE5Model.class.getResourceAsStream(name);
        if (stream == null) {
            throw new IOException(name + " is not on the classpath");
        }
        return stream;
    }

    /** Embeds each text as e5 expects it ("query: " + text). */
    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return super.embedAll(segments.stream().map(s -> TextSegment.from(PREFIX + s.text())).toList());
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSION;
    }
}
