package com.jobfuture.coach.core.grading;

import com.jobfuture.coach.core.deck.KeyPoint;
import com.jobfuture.coach.core.deck.KeyPointMatcher;
import com.jobfuture.coach.core.deck.OpenQuestion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the semantic grader compares an answer with, prepared once per question: for each key point its
 * references (the point's own text and the clause of the model answer that states it) with their embeddings, the
 * code names the point is about, and how similar the prompt alone already is to it; and the prompt's words.
 */
final class QuestionReferences {
    /** A model-answer clause shorter than this many words is replaced by its whole sentence. */
    private static final int MIN_CLAUSE_WORDS = 4;
    private final Set<String> promptStems;
    private final float[] prompt;
    private final List<PointReferences> points;
    private final Subjects subjects;
    private final List<WrongReference> bank;

    private QuestionReferences(Set<String> promptStems, float[] prompt, List<PointReferences> points,
                               Subjects subjects, List<WrongReference> bank) {
        this.promptStems = promptStems;
        this.prompt = prompt;
        this.points = points;
        this.subjects = subjects;
        this.bank = bank;
    }

    /** The texts of {@link #bank()}, as given (a changed bank means the question must be prepared again). */
    List<String> bankClaims() {
        return bank.stream().map(WrongReference::text).toList();
    }

    /** Wrong claims that hold for the whole question (an automatic bank; empty unless one is given). */
    List<WrongReference> bank() {
        return bank;
    }

    /** What the question contrasts, and which point is about which. */
    Subjects subjects() {
        return subjects;
    }

    /** The embedding of the whole prompt. */
    float[] prompt() {
        return prompt;
    }

    Set<String> promptStems() {
        return promptStems;
    }

    List<PointReferences> points() {
        return points;
    }

    /** The code names of all the question's key points. */
    Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        points.forEach(p -> names.addAll(p.names()));
        return names;
    }

    /** A text a point is compared through, with its embedding. */
    record Reference(String text, float[] vector) {
    }

    /**
     * A wrong claim with its embedding, its own words: the content stems it has that the prompt, the model
     * answer and the point (its text and phrases) do not ("expire after a few minutes" in "DRF tokens expire after
     * a few minutes by default"), and the point's own words against it: those of the point's text, model-answer
     * clause and phrases that neither the claim nor the prompt has ("cancel" against "lets them run").
     */
    record WrongReference(String text, float[] vector, Set<String> ownStems, Set<String> pointStems) {
    }

    /**
     * One key point's references, its authored wrong claims (embedded the same way), code names and the prompt's
     * own similarity to it.
     */
    record PointReferences(KeyPoint point, List<Reference> references, List<WrongReference> wrongs, Set<String> names,
                           double promptSimilarity) {
    }

    static QuestionReferences prepare(OpenQuestion question, SentenceEmbedder embedder) {
        return prepare(question, embedder, List.of());
    }

    /** Prepares the question with {@code bankClaims}: wrong claims that hold for every point of it. */
    static QuestionReferences prepare(OpenQuestion question, SentenceEmbedder embedder, List<String> bankClaims) {
        KeyPointMatcher matcher = new KeyPointMatcher();
        List<String> promptUnits = new ArrayList<>(TextUnits.sentences(question.prompt()));
        promptUnits.add(0, question.prompt().strip());
        List<List<String>> pointTexts = new ArrayList<>();
        List<String> all = new ArrayList<>(promptUnits);
        for (KeyPoint point : question.keyPoints()) {
            Set<String> texts = new LinkedHashSet<>();
            texts.add(point.point());
            answerClause(matcher, point, question.answer()).ifPresent(texts::add);
            pointTexts.add(List.copyOf(texts));
            all.addAll(texts);
            all.addAll(point.wrong());
        }
        all.addAll(bankClaims);
        List<float[]> vectors = embedder.embed(all);
        List<float[]> promptVectors = vectors.subList(0, promptUnits.size());
        int at = promptUnits.size();
        List<PointReferences> points = new ArrayList<>();
        for (int i = 0; i < question.keyPoints().size(); i++) {
            KeyPoint point = question.keyPoints().get(i);
            List<Reference> references = new ArrayList<>();
            double promptSimilarity = 0;
            for (String text : pointTexts.get(i)) {
                float[] vector = vectors.get(at++);
                references.add(new Reference(text, vector));
                for (float[] prompt : promptVectors) {
                    promptSimilarity = Math.max(promptSimilarity, Vectors.cosine(prompt, vector));
                }
            }
            Set<String> known = new HashSet<>(Words.contentStems(question.prompt() + " " + question.answer() + " "
                    + point.point() + " " + String.join(" ", point.match())));
            List<WrongReference> wrongs = new ArrayList<>();
            StringBuilder pointText = new StringBuilder(String.join(" ", point.match()));
            references.forEach(r -> pointText.append(' ').append(r.text()));
            Set<String> promptStems = new HashSet<>(Words.contentStems(question.prompt()));
            for (String claim : point.wrong()) {
                Set<String> claimAndPrompt = new HashSet<>(promptStems);
                claimAndPrompt.addAll(Words.contentStems(claim));
                wrongs.add(new WrongReference(claim, vectors.get(at++), ownStems(claim, known),
                        ownStems(pointText.toString(), claimAndPrompt)));
            }
            points.add(new PointReferences(point, List.copyOf(references), List.copyOf(wrongs),
                    CodeNames.in(point.point()), promptSimilarity));
        }
        StringBuilder questionText = new StringBuilder(question.prompt() + " " + question.answer());
        question.keyPoints().forEach(p -> questionText.append(' ').append(p.point()).append(' ')
                .append(String.join(" ", p.match())));
        Set<String> questionStems = new HashSet<>(Words.contentStems(questionText.toString()));
        List<WrongReference> bank = new ArrayList<>();
        for (String claim : bankClaims) {
            bank.add(new WrongReference(claim, vectors.get(at++), ownStems(claim, questionStems), Set.of()));
        }
        return new QuestionReferences(new HashSet<>(Words.contentStems(question.prompt())), promptVectors.get(0),
                List.copyOf(points), Subjects.of(question.prompt(),
                question.keyPoints().stream().map(KeyPoint::point).toList()), List.copyOf(bank));
    }

    private static Set<String> ownStems(String claim, Set<String> known) {
        Set<String> own = new LinkedHashSet<>(Words.contentStems(claim));
        own.removeAll(known);
        return Set.copyOf(own);
    }

    /** The clause (or short sentence) of the model answer that contains one of the point's phrases. */
    private static java.util.Optional<String> answerClause(KeyPointMatcher matcher, KeyPoint point, String answer) {
        for (String sentence : TextUnits.sentences(answer)) {
            if (matcher.matchedPhrase(point, sentence).isEmpty()) {
                continue;
            }
            for (String clause : TextUnits.clauses(sentence)) {
                if (matcher.matchedPhrase(point, clause).isPresent()) {
                    return java.util.Optional.of(Words.tokens(clause).size() >= MIN_CLAUSE_WORDS ? clause : sentence);
                }
            }
            return java.util.Optional.of(sentence);
        }
        return java.util.Optional.empty();
    }
}
