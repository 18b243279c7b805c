package dev.dslfix.lang.similarity;

import java.util.Arrays;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The multiset of subtree hashes of a parse tree. Iterative post-order walk with
 * its own stack, so tree depth costs heap, not call stack.
 */
final class SubtreeHashes {
    private ParseTree[] nodes = new ParseTree[64];
    private int[] next = new int[64];
    private long[] acc = new long[64];
    private boolean[] counted = new boolean[64];
    private int depth;
    private long[] out = new long[256];
    private int size;

    private SubtreeHashes() {
    }

    /**
     * @param tokenHashes hash of each token's comparable text by token index, {@link Hashes#NONE}
     *                    for tokens that do not count
     */
    static HashMultiset of(ParserRuleContext root, long[] tokenHashes) {
        SubtreeHashes walk = new SubtreeHashes();
        walk.run(root, tokenHashes);
        return HashMultiset.of(walk.out, walk.size);
    }

    /** The subtrees below the root, and the root's own hash ({@link Hashes#NONE} when nothing counts). */
    record Split(HashMultiset below, long root) {
    }

    /** The same walk as {@link #of}, with the root kept apart: the walk emits it last. */
    static Split split(ParserRuleContext root, long[] tokenHashes) {
        SubtreeHashes walk = new SubtreeHashes();
        walk.run(root, tokenHashes);
        return walk.size == 0 ? new Split(HashMultiset.of(walk.out, 0), Hashes.NONE)
                : new Split(HashMultiset.of(walk.out, walk.size - 1), walk.out[walk.size - 1]);
    }

    private void run(ParserRuleContext root, long[] tokenHashes) {
        push(root);
        while (depth > 0) {
            int top = depth - 1;
            ParseTree node = nodes[top];
            if (next[top] < node.getChildCount()) {
                ParseTree child = node.getChild(next[top]++);
                if (child instanceof ParserRuleContext rule) {
                    push(rule);
                } else if (child instanceof TerminalNode terminal) {
                    add(top, terminalHash(terminal, tokenHashes));
                }
                continue;
            }
            // All children done: a node that covers no counted token is skipped like a null terminal.
            depth--;
            nodes[top] = null;
            if (counted[top]) {
                emit(acc[top]);
                if (depth > 0) {
                    add(depth - 1, acc[top]);
                }
            }
        }
    }

    private static long terminalHash(TerminalNode terminal, long[] tokenHashes) {
        if (terminal instanceof ErrorNode) {
            String text = terminal.getText();
            return text == null ? Hashes.NONE : Hashes.ofText(text);
        }
        Token symbol = terminal.getSymbol();
        if (symbol.getType() == Token.EOF) {
            return Hashes.NONE;
        }
        int index = symbol.getTokenIndex();
        if (index >= 0 && index < tokenHashes.length) {
            return tokenHashes[index];
        }
        // A token the parser made up, not from the lexer's list: only its text is known.
        String text = symbol.getText();
        return text == null ? Hashes.NONE : Hashes.ofText(text);
    }

    private void add(int frame, long hash) {
        if (hash != Hashes.NONE) {
            acc[frame] = Hashes.append(acc[frame], hash);
            counted[frame] = true;
        }
    }

    private void push(ParserRuleContext rule) {
        if (depth == nodes.length) {
            int n = depth * 2;
            nodes = Arrays.copyOf(nodes, n);
            next = Arrays.copyOf(next, n);
            acc = Arrays.copyOf(acc, n);
            counted = Arrays.copyOf(counted, n);
        }
        nodes[depth] = rule;
        next[depth] = 0;
        acc[depth] = Hashes.ofRule(rule.getRuleIndex());
        counted[depth] = false;
        depth++;
    }

    private void emit(long hash) {
        if (size == out.length) {
            out = Arrays.copyOf(out, size * 2);
        }
        out[size++] = hash;
    }
}
