package com.jobfuture.coach.core.grading;

/** Vector arithmetic for embeddings. */
final class Vectors {
    private Vectors() {
    }

    /** Cosine similarity; 0 when either vector is all zeros. */
    static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of different dimensions: " + a.length + ", " + b.length);
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /**
     * Cosine similarity of what is left of each vector once its component along {@code away} is removed: how
     * similar two texts are in what neither of them shares with {@code away} (the prompt).
     */
    static double residualCosine(float[] a, float[] b, float[] away) {
        return cosine(reject(a, away), reject(b, away));
    }

    private static float[] reject(float[] v, float[] away) {
        double dot = 0;
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            dot += v[i] * away[i];
            norm += away[i] * away[i];
        }
        float[] result = new float[v.length];
        double scale = norm == 0 ? 0 : dot / norm;
        for (int i = 0; i < v.length; i++) {
            result[i] = (float) (v[i] - scale * away[i]);
        }
        return result;
    }
}
