package dev.dslfix.lang.shell;

import dev.dslfix.lang.Fix;
import dev.dslfix.lang.LexToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Block keywords of other languages that LLMs and people write in shell scripts (csh's "endif",
 * Perl's "elsif", Lua's "end"): as commands they only fail at run time, and the block they were
 * meant to close stays open.
 */
final class ShellForeignWords {
    private ShellForeignWords() {
    }

    /** Foreign word to the shell word for it, by the kind of block it would close or continue. */
    private static final Map<String, String> FOR_IF = Map.of("endif", "fi", "end", "fi");
    private static final Map<String, String> FOR_LOOP = Map.of("end", "done", "endfor", "done", "endwhile", "done", "enddo", "done");
    private static final Map<String, String> FOR_CASE = Map.of("endcase", "esac", "endsw", "esac", "end", "esac");
    private static final Map<String, String> FOR_GROUP = Map.of("end", "}");
    private static final Map<String, String> ELSE_IF = Map.of("elsif", "elif", "elseif", "elif");

    /** The shell word {@code word} stands for as the closer of a block of this kind, or null. */
    static String closerFor(ShellBlocks.Kind kind, String word) {
        return switch (kind) {
            case IF -> FOR_IF.get(word);
            case FOR, SELECT, WHILE, UNTIL -> FOR_LOOP.get(word);
            case CASE -> FOR_CASE.get(word);
            case GROUP -> FOR_GROUP.get(word);
            default -> null;
        };
    }

    /**
     * Whether {@code word} is {@code keyword} with one slip (a letter wrong, missing, extra, or two
     * swapped: "dnoe", "thne", "fii"), and long enough not to be some other short command.
     */
    static boolean misspells(String word, String keyword) {
        return word.length() >= 3 && !word.equals(keyword) && word.chars().allMatch(Character::isLowerCase)
                && dev.dslfix.lang.Suggestions.distance(word, keyword, 1) <= 1;
    }

    /** 'elif' for "elsif" and "elseif", else null. */
    static String elif(String word) {
        return ELSE_IF.get(word);
    }

    /**
     * Replacements for foreign keywords used as command names before {@code offset} (the first
     * syntax error): the block they were meant for is still open there.
     */
    static List<Fix> rewrites(List<LexToken> tokens, int offset) {
        List<Fix> out = new ArrayList<>();
        LexToken previous = null;
        for (LexToken t : tokens) {
            if (t.hidden()) {
                continue;
            }
            if (t.start() > offset) {
                break;
            }
            boolean commandStart = previous == null || ShellBlocks.isSeparator(previous.type())
                    || previous.type() == ShellLexer.AND_IF || previous.type() == ShellLexer.OR_IF;
            if (commandStart && t.type() == ShellLexer.WORD) {
                String shell = ELSE_IF.getOrDefault(t.text(), switch (t.text()) {
                    case "endif" -> "fi";
                    case "endfor", "endwhile", "enddo" -> "done";
                    case "endcase", "endsw" -> "esac";
                    default -> null;
                });
                if (shell != null) {
                    out.add(Fix.replace("replace '" + t.text() + "' with '" + shell + "'", t.start(), t.end(), shell));
                }
            }
            previous = t;
        }
        return out;
    }
}
