package com.jobfuture.coach.grading;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The all-MiniLM-L6-v2 quantized model and tokenizer that LangChain4j ships, run with ONNX Runtime's memory arena
 * and memory-pattern planning off: answers are short and vary in length, and with them on the runtime keeps
 * growing buffers for the longest input seen (about 60 MB more resident memory after a few hundred answers).
 * Embeddings are identical; the calling thread runs the inference.
 */
final class LeanMiniLmModel extends AbstractInProcessEmbeddingModel {
    static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    static final int DIMENSION = 384;
    private final OnnxBertBiEncoder encoder;

    private LeanMiniLmModel(OnnxBertBiEncoder encoder) {
        super(Runnable::run);
        this.encoder = encoder;
    }

    /** Loads the model from the classpath (the LangChain4j artifact). */
    static LeanMiniLmModel load() {
        try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER)) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setCPUArenaAllocator(false);
            options.setMemoryPatternOptimization(false);
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            return new LeanMiniLmModel(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load the shipped model", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream stream = LeanMiniLmModel.class.getResourceAsStream(name);
        if (stream == null) {
            throw new IOException(name + " is not on the classpath");
        }
        return stream;
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
