package dev.dslfix.models.corrupt;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/** Chat output around the code: markdown fences, or a sentence of preamble and explanation. */
final class WrapperMutator implements Mutator {
    private static final String[] PREAMBLES = {
        "Here is the corrected %s:",
        "Sure! Here's the fixed %s:",
        "Here's the %s you asked for:",
        "Certainly. The following %s should work:",
        "Below is the updated %s.",
    };
    private static final String[] TRAILERS = {
        "This %s should now run without errors.",
        "Let me know if you need anything else!",
        "I fixed the syntax error and kept the rest unchanged.",
        "This %s returns the result you described.",
        "Note that the %s above keeps your original names.",
    };

    private final ErrorKind kind;

    WrapperMutator(ErrorKind kind) {
        this.kind = kind;
    }

    @Override
    public List<Supplier<Candidate>> propose(Doc doc, Random rnd) {
        return switch (kind) {
            case MARKDOWN_FENCE -> fences(doc, rnd);
            case PROSE -> prose(doc, rnd);
            default -> throw new IllegalArgumentException(kind.id());
        };
    }

    private static List<Supplier<Candidate>> fences(Doc doc, Random rnd) {
        String tag = doc.hints.fenceTag();
        List<Supplier<Candidate>> closed = new ArrayList<>();
        closed.add(() -> fenced(doc, tag, true));
        closed.add(() -> fenced(doc, "", true));
        List<Supplier<Candidate>> open = new ArrayList<>();
        open.add(() -> fenced(doc, tag, false));
        open.add(() -> fenced(doc, "", false));
        return Proposals.preferring(closed, open, 0.7, rnd);
    }

    private static Candidate fenced(Doc doc, String tag, boolean close) {
        String text = doc.text;
        String nl = doc.newline();
        String opening = "```" + tag + nl;
        if (!close) {
            return new Candidate(opening + text, "added an opening ```" + tag + " fence without a closing one");
        }
        String closing = text.endsWith("\n") ? "```" + nl : nl + "```";
        return new Candidate(opening + text + closing, "wrapped the text in ```" + tag + " fences");
    }

    private static List<Supplier<Candidate>> prose(Doc doc, Random rnd) {
        String noun = doc.hints.noun();
        List<Supplier<Candidate>> out = new ArrayList<>();
        for (int n = 0; n < 6; n++) {
            String pre = String.format(PREAMBLES[rnd.nextInt(PREAMBLES.length)], noun);
            String post = String.format(TRAILERS[rnd.nextInt(TRAILERS.length)], noun);
            int shape = rnd.nextInt(3);
            out.add(() -> withProse(doc.text, doc.newline(), shape == 1 ? null : pre, shape == 0 ? null : post));
        }
        return out;
    }

    private static Candidate withProse(String text, String nl, String pre, String post) {
        String out = text;
        if (pre != null) {
            out = pre + nl + nl + out;
        }
        if (post != null) {
            out = text.endsWith("\n") ? out + nl + post + nl : out + nl + nl + post;
        }
        String what = pre != null && post != null ? "added prose before and after the code"
                : pre != null ? "added prose before the code" : "added prose after the code";
        return new Candidate(out, what + ": '" + (pre != null ? pre : post) + "'");
    }
}
