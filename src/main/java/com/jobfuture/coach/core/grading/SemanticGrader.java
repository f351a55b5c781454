package com.jobfuture.coach.core.grading;

import com.jobfuture.coach.core.deck.KeyPoint;
import com.jobfuture.coach.core.deck.KeyPointMatcher;
import com.jobfuture.coach.core.deck.OpenQuestion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Grades by meaning: each sentence and clause of the answer is embedded and compared with each key point's
 * references (similarity partly measured with the prompt's own direction removed, so text that only restates
 * the question's subject scores low); a unit covers a point when it is similar enough (a deck phrase adds a bonus),
 * adds something the prompt does not already say, does not negate what the point states (or affirm what it
 * denies), does not name a rival code name (get for aget, prefetch_related for select_related), does not speak of
 * another of the subjects the question contrasts (see {@link Subjects}) and does not give the point's setting
 * another value (see {@link Assignments}), and is clearly closer to the point than to any of the point's authored
 * wrong claims ({@link com.jobfuture.coach.core.deck.KeyPoint#wrong()}). Deterministic for a given embedder. Thread-safe; prepared questions are
 * kept in a small LRU cache.
 */
public final class SemanticGrader implements AnswerGrader {
    public static final String NAME = "semantic";
    /** At most this many sentences and clauses of an answer are compared (bounds the cost of huge answers). */
    static final int MAX_UNITS = 24;
    /** Text beyond this many characters is not read. */
    static final int MAX_CHARS = 4000;
    private static final int CACHED_QUESTIONS = 256;
    private final SentenceEmbedder embedder;
    private final SemanticThresholds thresholds;
    private final KeyPointMatcher matcher = new KeyPointMatcher();
    private final Map<OpenQuestion, QuestionReferences> prepared = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<OpenQuestion, QuestionReferences> eldest) {
            return size() > CACHED_QUESTIONS;
        }
    };

    /** How much of a similarity is measured after removing the prompt's direction (see {@link Vectors}). */
    private final double residualWeight;
    /** Wrong claims that hold for a whole question (the automatic bank), if any. */
    private final Function<OpenQuestion, List<String>> bank;

    public SemanticGrader(SentenceEmbedder embedder, SemanticThresholds thresholds) {
        this(embedder, thresholds, thresholds.residualWeight(), question -> List.of());
    }

    /**
     * A grader that also compares each unit with {@code bank}'s wrong claims for the question (see
     * {@link ChoiceOptionBank}), under {@link SemanticThresholds#bankMargin()}.
     */
    public SemanticGrader(SentenceEmbedder embedder, SemanticThresholds thresholds,
                          Function<OpenQuestion, List<String>> bank) {
        this(embedder, thresholds, thresholds.residualWeight(), bank);
    }

    SemanticGrader(SentenceEmbedder embedder, SemanticThresholds thresholds, double residualWeight,
                   Function<OpenQuestion, List<String>> bank) {
        this.embedder = embedder;
        this.thresholds = thresholds;
        this.residualWeight = residualWeight;
        this.bank = bank;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void prepare() {
        embedder.prepare();
    }

    @Override
    public Grade grade(OpenQuestion question, String typedAnswer) {
        if (typedAnswer == null || typedAnswer.isBlank()) {
            return new Grade(NAME, question.keyPoints().stream()
                    .map(p -> new PointVerdict(false, Reasons.NOTHING_TYPED)).toList());
        }
        return decide(evidence(question, typedAnswer), thresholds);
    }

    /**
     * What each unit of the answer shows about each key point (outer list: key points in deck order; inner:
     * units), before any threshold is applied. Embeds the answer; the question's references are cached.
     */
    List<List<Evidence>> evidence(OpenQuestion question, String typedAnswer) {
        String text = typedAnswer.length() > MAX_CHARS ? typedAnswer.substring(0, MAX_CHARS) : typedAnswer;
        List<Unit> units = units(text);
        QuestionReferences references = references(question);
        List<float[]> vectors = units.isEmpty() ? List.of() : embedder.embed(units.stream().map(Unit::text).toList());
        List<List<Evidence>> evidence = new ArrayList<>();
        Subjects subjects = references.subjects();
        for (int p = 0; p < references.points().size(); p++) {
            QuestionReferences.PointReferences point = references.points().get(p);
            List<Evidence> perUnit = new ArrayList<>();
            for (int i = 0; i < units.size(); i++) {
                Evidence found = evidence(point, units.get(i), vectors.get(i), references.promptStems(),
                        references.names(), references.prompt(), references.bank());
                if (!subjects.of(p).isEmpty() && units.get(i).text().equals(units.get(i).sentence())
                        && subjects.mixed(units.get(i).sentence())) {
                    found = found.unusable();
                }
                Optional<String> otherSubject = subjects.otherSubject(p, units.get(i).text(), text);
                if (otherSubject.isPresent() && found.mismatch().isEmpty()) {
                    found = found.withMismatch(Reasons.otherSubject(subjects.written(otherSubject.get()),
                            point.point().point()));
                }
                String unitText = units.get(i).text();
                boolean otherPointsPhrase = !found.phrase() && references.points().stream()
                        .filter(other -> other != point)
                        .anyMatch(other -> matcher.matchedPhrase(other.point(), unitText).isPresent());
                perUnit.add(found.withOtherPointsPhrase(otherPointsPhrase));
            }
            evidence.add(perUnit);
        }
        return evidence;
    }

    /** The grade the evidence earns under the thresholds: per point, the best unit that may count. */
    static Grade decide(List<List<Evidence>> evidence, SemanticThresholds thresholds) {
        int unitCount = evidence.isEmpty() ? 0 : evidence.get(0).size();
        double[] unitBest = new double[unitCount];
        for (List<Evidence> point : evidence) {
            for (int u = 0; u < unitCount; u++) {
                unitBest[u] = Math.max(unitBest[u], point.get(u).similarity());
            }
        }
        List<PointVerdict> verdicts = new ArrayList<>();
        for (List<Evidence> point : evidence) {
            verdicts.add(verdict(point, unitBest, thresholds));
        }
        return new Grade(NAME, verdicts);
    }

    private static List<Unit> units(String text) {
        List<Unit> units = new ArrayList<>();
        List<String> sentences = TextUnits.sentences(text);
        for (String unit : TextUnits.units(text, MAX_UNITS)) {
            String sentence = sentences.stream().filter(s -> s.contains(unit)).findFirst().orElse(unit);
            units.add(new Unit(unit, sentence, CodeNames.in(unit), CodeNames.in(sentence)));
        }
        return units;
    }

    private static PointVerdict verdict(List<Evidence> units, double[] unitBest, SemanticThresholds thresholds) {
        Evidence bestCovering = null;
        double bestCoveringScore = 0;
        String bestRefusal = null;
        double bestRefusedScore = 0;
        for (int u = 0; u < units.size(); u++) {
            Evidence unit = units.get(u);
            String refusal = refusal(unit, thresholds);
            if (refusal == null && unit.similarity() < unitBest[u] - thresholds.exclusivity()) {
                refusal = Reasons.OTHER_POINT;
            }
            double bonus = (unit.phrase() ? thresholds.phraseBonus() : 0) + (unit.named() ? thresholds.nameBonus() : 0);
            double score = (refusal == null ? unit.consistentSimilarity() : unit.similarity()) + bonus;
            if (score < thresholds.cover()) {
                continue;
            }
            if (refusal == null) {
                if (bestCovering == null || score > bestCoveringScore) {
                    bestCovering = unit;
                    bestCoveringScore = score;
                }
            } else if (bestRefusal == null || score > bestRefusedScore) {
                bestRefusal = refusal;
                bestRefusedScore = score;
            }
        }
        if (bestCovering != null) {
            return new PointVerdict(true, Reasons.said(bestCovering.unit()));
        }
        return new PointVerdict(false, bestRefusal != null ? bestRefusal : Reasons.MISSING);
    }

    /** Why a unit cannot count for the point, or null when it can. */
    private static String refusal(Evidence unit, SemanticThresholds thresholds) {
        if (unit.novelty() < thresholds.minNovelty()) {
            return Reasons.ECHO;
        }
        if (!unit.phrase() && !unit.named()
                && unit.similarity() < unit.promptSimilarity() + thresholds.promptMargin()) {
            return Reasons.ECHO;
        }
        if (unit.mismatch().isPresent()) {
            return unit.mismatch().get();
        }
        if (unit.consistentSimilarity() < 0) {
            return Reasons.contradicted(unit.unit());
        }
        Optional<WrongClaim> wrong = closerWrong(unit.similarity(), unit.wrongs(), thresholds.wrongMargin(),
                thresholds)
                .or(() -> closerWrong(unit.similarity(), unit.bank(), thresholds.bankMargin(), thresholds));
        if (wrong.isPresent()) {
            return Reasons.misconception(unit.unit(), wrong.get().claim());
        }
        if (unit.otherPointsPhrase()) {
            return Reasons.OTHER_POINT;
        }
        return null;
    }

    /**
     * The wrong claim (most similar first) that the unit is not clearly closer to the point than, by
     * {@code margin} (its lead in similarity, plus the word weight per point's own word it uses, minus it per
     * claim's own word), and shares enough of the claim's own words with; empty when none.
     */
    private static Optional<WrongClaim> closerWrong(double similarity, List<WrongClaim> claims, double margin,
                                                    SemanticThresholds thresholds) {
        if (margin <= SemanticThresholds.OFF) {
            return Optional.empty();
        }
        double weight = thresholds.wordWeight();
        return claims.stream().filter(c -> c.sharedWords() >= thresholds.wrongWords()
                        && similarity - c.similarity() + weight * (c.pointWords() - c.sharedWords()) < margin)
                .max(java.util.Comparator.comparingDouble(WrongClaim::similarity));
    }

    /** The unit compared with each of {@code claims}: similarity and how many of the claim's own words it uses. */
    private List<WrongClaim> wrongClaims(List<QuestionReferences.WrongReference> claims, Unit unit, float[] vector,
                                         float[] prompt) {
        if (claims.isEmpty()) {
            return List.of();
        }
        Set<String> stems = new HashSet<>(Words.contentStems(unit.text()));
        List<WrongClaim> compared = new ArrayList<>();
        for (QuestionReferences.WrongReference claim : claims) {
            int shared = (int) claim.ownStems().stream().filter(stems::contains).count();
            int point = (int) claim.pointStems().stream().filter(stems::contains).count();
            compared.add(new WrongClaim(claim.text(), similarity(vector, claim.vector(), prompt), shared, point));
        }
        return List.copyOf(compared);
    }

    private double similarity(float[] unit, float[] reference, float[] prompt) {
        return (1 - residualWeight) * Vectors.cosine(unit, reference)
                + residualWeight * Vectors.residualCosine(unit, reference, prompt);
    }

    /** What one unit shows about one point. */
    private Evidence evidence(QuestionReferences.PointReferences point, Unit unit, float[] vector,
                              Set<String> promptStems, Set<String> questionNames, float[] prompt,
                              List<QuestionReferences.WrongReference> bankClaims) {
        double best = -1;
        double bestConsistent = -1;
        for (QuestionReferences.Reference reference : point.references()) {
            double similarity = similarity(vector, reference.vector(), prompt);
            best = Math.max(best, similarity);
            if (samePolarity(point.point(), unit.text(), reference.text())) {
                bestConsistent = Math.max(bestConsistent, similarity);
            }
        }
        boolean named = !point.names().isEmpty() && CodeNames.mentions(unit.names(), point.names());
        Optional<String> rival = CodeNames.rivalOf(unit.names(), point.names());
        if (rival.isEmpty() && unit.names().isEmpty() && !CodeNames.mentions(unit.sentenceNames(), point.names())) {
            rival = CodeNames.rivalOf(unit.sentenceNames(), point.names());
        }
        if (rival.isEmpty() && !point.names().isEmpty() && !named) {
            rival = CodeNames.rivalOf(unit.names(), questionNames);
        }
        Optional<String> mismatch = rival.map(r -> Reasons.otherName(r, String.join(" / ", point.names())))
                .or(() -> Assignments.conflict(unit.sentence(), point.point().point()));
        return new Evidence(unit.text(), best, bestConsistent, hasPhrase(point.point(), unit.text()), named,
                mismatch, novelty(unit.text(), promptStems), point.promptSimilarity(), false,
                wrongClaims(point.wrongs(), unit, vector, prompt), wrongClaims(bankClaims, unit, vector, prompt));
    }

    /**
     * A wrong claim compared with a unit: their similarity, how many of the claim's own words the unit uses and how
     * many of the point's own words (against this claim).
     */
    record WrongClaim(String claim, double similarity, int sharedWords, int pointWords) {
    }

    /**
     * What one unit of an answer shows about one key point: its best cosine similarity to the point's references
     * (and the best among references of the same polarity, -1 if none), whether it contains a deck phrase or the
     * point's code name, a rival code name it uses, its share of words new to the prompt, and how similar the
     * prompt itself is to the point, whether it has another point's deck phrase but none of this one's (it
     * is about the other point: "select_related runs a separate query" says nothing right about the JOIN), and
     * and the unit compared with each of the point's authored wrong claims and the question's automatic bank.
     */
    record Evidence(String unit, double similarity, double consistentSimilarity, boolean phrase, boolean named,
                    Optional<String> mismatch, double novelty, double promptSimilarity, boolean otherPointsPhrase,
                    List<WrongClaim> wrongs, List<WrongClaim> bank) {
        /** The same evidence, refused for {@code reason} (it speaks of another subject). */
        Evidence withMismatch(String reason) {
            return new Evidence(unit, similarity, consistentSimilarity, phrase, named, Optional.of(reason),
                    novelty, promptSimilarity, otherPointsPhrase, wrongs, bank);
        }

        /** The same unit, not compared (a sentence about two subjects is judged by its clauses). */
        Evidence unusable() {
            return new Evidence(unit, -1, -1, false, false, mismatch, novelty, promptSimilarity, otherPointsPhrase,
                    List.of(), List.of());
        }

        Evidence withOtherPointsPhrase(boolean other) {
            return new Evidence(unit, similarity, consistentSimilarity, phrase, named, mismatch, novelty,
                    promptSimilarity, other, wrongs, bank);
        }
    }

    /**
     * Whether a unit and a reference say the point with the same polarity, judged on the clause that carries the
     * point in each (the one with the same deck phrase, else any deck phrase, else sharing most words). When the
     * reference's clause is negative ("not a new one per call", "is None"), the unit's must be too; when it is
     * positive, the unit's may be negative only through one of the point's own phrases ("no auth", "can't").
     * "it is not lazy" against "lazy until evaluated" differs. A negation counts only when the other clause
     * mentions what it negates: "keeps the event loop free" does not contradict "the event loop is not
     * blocked", nor "can't be trusted" "untrusted". Without a shared clause there is nothing to compare.
     */
    boolean samePolarity(KeyPoint point, String unit, String reference) {
        Optional<Carrier> unitClause = carrier(point, unit, reference, Optional.empty());
        if (unitClause.isEmpty()) {
            return true;
        }
        Optional<Carrier> referenceClause = carrier(point, reference, unitClause.get().clause(),
                unitClause.get().phrase());
        if (referenceClause.isEmpty()) {
            return true;
        }
        String referenceText = referenceClause.get().clause();
        String unitText = unitClause.get().clause();
        boolean referenceNegative = Words.negates(referenceText);
        boolean unitNegative = Words.negates(unitText);
        if (referenceNegative) {
            return unitNegative || !Words.mentionsAny(unitText, Words.negatedStems(referenceText));
        }
        return !unitNegative || !Words.mentionsAny(referenceText, Words.negatedStems(unitText))
                || Words.negates(String.join(" ", negativePhrases(point, unitText)))
                && !Words.negates(withoutPhrases(point, unitText));
    }

    /** The clause of {@code text} that carries the point, and the deck phrase found in it if any. */
    private Optional<Carrier> carrier(KeyPoint point, String text, String other, Optional<String> samePhrase) {
        List<String> clauses = TextUnits.polarityClauses(text);
        if (samePhrase.isPresent()) {
            KeyPoint only = new KeyPoint(point.point(), List.of(samePhrase.get()));
            for (String clause : clauses) {
                if (matcher.matchedPhrase(only, clause).isPresent()) {
                    return Optional.of(new Carrier(clause, samePhrase));
                }
            }
        }
        for (String clause : clauses) {
            Optional<String> phrase = matcher.matchedPhrase(point, clause);
            if (phrase.isPresent()) {
                return Optional.of(new Carrier(clause, phrase));
            }
        }
        Set<String> otherStems = new HashSet<>(Words.contentStems(other));
        String best = null;
        long bestShared = 0;
        for (String clause : clauses) {
            long shared = Words.contentStems(clause).stream().filter(otherStems::contains).distinct().count();
            if (shared > bestShared) {
                best = clause;
                bestShared = shared;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Carrier(best, Optional.empty()));
    }

    /** The point's phrases that contain a negation and occur in the clause ("no auth", "never expire"). */
    private List<String> negativePhrases(KeyPoint point, String clause) {
        return point.match().stream().filter(Words::negates)
                .filter(p -> matcher.matchedPhrase(new KeyPoint(point.point(), List.of(p)), clause).isPresent())
                .toList();
    }

    /** The clause with the point's negative phrases taken out. */
    private String withoutPhrases(KeyPoint point, String clause) {
        String folded = Words.fold(clause);
        for (String phrase : negativePhrases(point, clause)) {
            folded = folded.replace(Words.fold(phrase), " ");
        }
        return folded;
    }

    private boolean hasPhrase(KeyPoint point, String unit) {
        if (matcher.matchedPhrase(point, unit).isPresent()) {
            return true;
        }
        List<String> words = List.of(KeyPointMatcher.normalize(unit).split(" "));
        for (String phrase : point.match()) {
            String p = KeyPointMatcher.normalize(phrase);
            if (p.length() < 5 || p.contains(" ")) {
                continue;
            }
            for (String word : words) {
                for (int k = p.length() - 1; k <= p.length() + 1; k++) {
                    if (word.length() >= k && CodeNames.distance(word.substring(0, k), p) <= 1) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The share of a unit's content words that the prompt does not already contain (0 for no content). */
    private static double novelty(String unit, Set<String> promptStems) {
        List<String> stems = Words.contentStems(unit);
        if (stems.isEmpty()) {
            return 0;
        }
        long novel = stems.stream().filter(s -> !promptStems.contains(s)).count();
        return (double) novel / stems.size();
    }

    private QuestionReferences references(OpenQuestion question) {
        List<String> bankClaims = bank.apply(question);
        synchronized (prepared) {
            QuestionReferences cached = prepared.get(question);
            if (cached != null && cached.bankClaims().equals(bankClaims)) {
                return cached;
            }
        }
        QuestionReferences fresh = QuestionReferences.prepare(question, embedder, bankClaims);
        synchronized (prepared) {
            prepared.put(question, fresh);
        }
        return fresh;
    }

    /** A sentence or clause of the answer, its sentence, the code names it mentions and those of its sentence. */
    private record Unit(String text, String sentence, Set<String> names, Set<String> sentenceNames) {
    }

    /** The clause that carries a point, and the deck phrase that shows it there, if any. */
    private record Carrier(String clause, Optional<String> phrase) {
    }

}
