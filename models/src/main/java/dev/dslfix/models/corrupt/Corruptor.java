package dev.dslfix.models.corrupt;

import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Language;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.CRC32;

/**
 * Makes realistic broken versions of a valid program, for any {@link Language}: the mistakes of
 * LLMs and people, found from the lexer's tokens plus optional {@link Hints}. A corruption is kept
 * only when it changes the text and the language's checker reports more errors than for the
 * original (so at least one; valid input has none). Positions are tried in a seeded random order:
 * a document is given up for a kind after 16 failed checks with nothing kept (6 for
 * indentation), and each further corruption wanted allows 8 more checks. Output depends only on
 * the text, the kind, the seed and the language, never on global randomness. Thread-safe:
 * instances hold no mutable state.
 */
public final class Corruptor {
    /** Extra checks allowed for each corruption wanted after the first. */
    static final int CHECKS_PER_MORE = 8;

    private final Language language;
    private final Hints hints;

    public Corruptor(Language language) {
        this(language, Hints.forLanguage(language));
    }

    public Corruptor(Language language, Hints hints) {
        this.language = Objects.requireNonNull(language, "language");
        this.hints = Objects.requireNonNull(hints, "hints");
    }

    public Language language() {
        return language;
    }

    public Hints hints() {
        return hints;
    }

    /** One corruption of the kind, or empty when none the checker flags was found. */
    public Optional<Corruption> corrupt(String valid, ErrorKind kind, long seed) {
        return corruptions(valid, kind, seed, 1).stream().findFirst();
    }

    /** Up to {@code count} different corruptions of one kind; the first is what {@link #corrupt} gives. */
    public List<Corruption> corruptions(String valid, ErrorKind kind, long seed, int count) {
        Prepared p = prepare(valid);
        return generate(p, kind, seed, count);
    }

    /** Up to {@code perKind} different corruptions of every kind, in {@link ErrorKind} order. */
    public List<Corruption> corruptions(String valid, long seed, int perKind) {
        Prepared p = prepare(valid);
        List<Corruption> out = new ArrayList<>();
        for (ErrorKind kind : ErrorKind.values()) {
            out.addAll(generate(p, kind, seed, perKind));
        }
        return out;
    }

    private record Prepared(Doc doc, long baselineErrors) {
    }

    private Prepared prepare(String valid) {
        Objects.requireNonNull(valid, "valid");
        return new Prepared(new Doc(language, valid, hints), errors(valid));
    }

    private List<Corruption> generate(Prepared p, ErrorKind kind, long seed, int count) {
        List<Corruption> out = new ArrayList<>();
        if (count <= 0) {
            return out;
        }
        Random rnd = new Random(seedFor(seed, kind));
        Mutator mutator = mutator(kind);
        int budget = mutator.firstTries() + CHECKS_PER_MORE * (count - 1);
        int checks = 0;
        Set<String> tried = new HashSet<>();
        for (Supplier<Candidate> proposal : mutator.propose(p.doc(), rnd)) {
            if (out.size() >= count || checks >= budget || (out.isEmpty() && checks >= mutator.firstTries())) {
                break;
            }
            Candidate c = proposal.get();
            if (c == null || c.corrupted().equals(p.doc().text) || !tried.add(c.corrupted())) {
                continue;
            }
            checks++;
            if (errors(c.corrupted()) > p.baselineErrors()) {
                out.add(new Corruption(kind, p.doc().text, c.corrupted(), c.description()));
            }
        }
        return out;
    }

    private long errors(String text) {
        return language.check(text).stream().filter(Diagnostic::isError).count();
    }

    private static Mutator mutator(ErrorKind kind) {
        return switch (kind) {
            case MISSING_CLOSER, MISSING_OPENER, EXTRA_CLOSER -> new BracketMutator(kind);
            case MISSING_SEPARATOR, EXTRA_SEPARATOR -> new SeparatorMutator(kind);
            case MISSPELLED_KEYWORD, FOREIGN_KEYWORD -> new KeywordMutator(kind);
            case SWAPPED_TOKENS -> new SwapMutator();
            case MISSPELLED_NAME, UNDECLARED_NAME -> new NameMutator(kind);
            case WRONG_LITERAL_TYPE -> new LiteralMutator();
            case TRUNCATED -> new TruncationMutator();
            case MARKDOWN_FENCE, PROSE -> new WrapperMutator(kind);
            case INDENTATION -> new IndentationMutator();
        };
    }

    /**
     * The random seed for one kind: the caller's seed mixed with a CRC of the kind's stable id
     * (not its ordinal or an object hash), so adding a kind never changes the others' output.
     */
    static long seedFor(long seed, ErrorKind kind) {
        CRC32 crc = new CRC32();
        crc.update(kind.id().getBytes(StandardCharsets.UTF_8));
        return mix(seed ^ mix(crc.getValue()));
    }

    /** A 64-bit finaliser (MurmurHash3's) so that nearby seeds give unrelated streams. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
