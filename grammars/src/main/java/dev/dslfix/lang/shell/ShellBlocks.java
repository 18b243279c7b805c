package dev.dslfix.lang.shell;

import dev.dslfix.lang.LexToken;
import java.util.ArrayList;
import java.util.List;

/**
 * The block structure of a script read from its tokens alone (the lexer has already told reserved
 * words from plain ones). It follows broken scripts too, so that a parse error can be explained
 * ("'if' at line 3 is never closed"), and it remembers words that spell a reserved word but were
 * read as arguments ("echo hi fi"), which is usually why.
 */
final class ShellBlocks {

    enum Kind {
        IF("if", "fi"), FOR("for", "done"), SELECT("select", "done"), WHILE("while", "done"), UNTIL("until", "done"),
        CASE("case", "esac"), GROUP("{", "}"), SUBSHELL("(", ")"), TEST("[[", "]]"), ARRAY("(", ")");

        final String opener;
        final String closer;

        Kind(String opener, String closer) {
            this.opener = opener;
            this.closer = closer;
        }

        boolean loop() {
            return this == FOR || this == SELECT || this == WHILE || this == UNTIL;
        }
    }

    /** Where inside its block the reading is. */
    enum State {
        /** if/elif condition, while/until condition, for/select/case header. */
        HEAD,
        /** then/do/case item body, or the inside of { } ( ) [[ ]]. */
        BODY,
        /** after else. */
        ELSE,
        /** case patterns, before ')'. */
        PATTERN
    }

    /** A reserved word read as an argument of {@code command} (null: a word of a for list). */
    record Stray(LexToken token, String command) {
    }

    static final class Block {
        final Kind kind;
        final LexToken opener;
        /** The token that began the current head: if, elif, while, until, for, select, case. */
        LexToken head;
        State state;
        /** The 'else' of an if, once seen. */
        LexToken elseToken;
        /** for/select: a ';' or newline ended the word list. */
        boolean headerEnded;
        int headerWords;
        /** Name of the function whose body this { } is, or null. */
        String functionName;
        final List<Stray> strays = new ArrayList<>();
        /** Commands named like another language's keyword for this block ("endif", "elsif"). */
        final List<LexToken> foreign = new ArrayList<>();
        /**
         * Another language's word for 'done' ("end") in a loop nested in this one, which this
         * loop's own 'done' then closed: the nested loop was meant to end there.
         */
        final List<LexToken> nestedForeign = new ArrayList<>();
        /** Commands one slip away from the word this block awaits ("thne" for 'then', "dnoe" for 'done'). */
        final List<LexToken> misspelled = new ArrayList<>();

        /** The last command spelled like {@code keyword} with one slip, or null. */
        LexToken misspelling(String keyword) {
            for (int i = misspelled.size() - 1; i >= 0; i--) {
                if (ShellForeignWords.misspells(misspelled.get(i).text(), keyword)) {
                    return misspelled.get(i);
                }
            }
            return null;
        }

        Block(Kind kind, LexToken opener, State state) {
            this.kind = kind;
            this.opener = opener;
            this.head = opener;
            this.state = state;
        }

        /** What closes the block from its current state: 'then', 'do', 'in' or its closer. */
        String awaited() {
            if (state == State.HEAD) {
                return switch (kind) {
                    case IF -> "then";
                    case FOR, SELECT, WHILE, UNTIL -> "do";
                    case CASE -> "in";
                    default -> kind.closer;
                };
            }
            return kind.closer;
        }
    }

    private final List<Block> stack = new ArrayList<>();
    /** The next token is the target of a redirection. */
    private boolean redirectTarget;
    /** The next token names a function ('function NAME'). */
    private boolean functionKeyword;
    /** A function header was read; its body comes next. */
    private String pendingFunction;
    /** Name of the command being read, for messages about its arguments. */
    private String currentCommand;
    private LexToken previous;
    /** Depth 0 ends: token index after which the top level is between commands (for regions). */
    private final List<LexToken> visible;
    private int next;

    ShellBlocks(List<LexToken> visible) {
        this.visible = visible;
    }

    static List<LexToken> visible(List<LexToken> tokens) {
        List<LexToken> out = new ArrayList<>();
        for (LexToken t : tokens) {
            if (!t.hidden()) {
                out.add(t);
            }
        }
        return out;
    }

    List<Block> stack() {
        return stack;
    }

    Block top() {
        return stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    LexToken previous() {
        return previous;
    }

    /** Index of the next token to read. */
    int position() {
        return next;
    }

    /** Reads the tokens before index {@code index}. */
    void advanceTo(int index) {
        while (next < index && next < visible.size()) {
            read(visible.get(next), next);
            next++;
        }
    }

    /** Skips the token at the current position without reading it. */
    void skip() {
        if (next < visible.size()) {
            previous = visible.get(next);
            next++;
        }
    }

    /** Reads one token. */
    void readNext() {
        if (next < visible.size()) {
            read(visible.get(next), next);
            next++;
        }
    }

    Block pop() {
        return stack.remove(stack.size() - 1);
    }

    /** The innermost open block of this kind family that {@code closerType} would close, or -1. */
    int indexClosedBy(int closerType) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (closes(closerType, stack.get(i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean closes(int type, Block b) {
        return switch (type) {
            case ShellLexer.FI, ShellLexer.ELSE, ShellLexer.ELIF, ShellLexer.THEN -> b.kind == Kind.IF;
            case ShellLexer.DONE, ShellLexer.DO -> b.kind.loop();
            case ShellLexer.ESAC, ShellLexer.DSEMI, ShellLexer.SEMI_AMP, ShellLexer.DSEMI_AMP -> b.kind == Kind.CASE;
            case ShellLexer.RBRACE -> b.kind == Kind.GROUP;
            case ShellLexer.RPAREN -> b.kind == Kind.SUBSHELL || b.kind == Kind.ARRAY;
            case ShellLexer.DRBRACKET -> b.kind == Kind.TEST;
            default -> false;
        };
    }

    private void push(Kind kind, LexToken opener, State state) {
        Block b = new Block(kind, opener, state);
        if (kind == Kind.GROUP && pendingFunction != null) {
            b.functionName = pendingFunction;
        }
        pendingFunction = null;
        stack.add(b);
    }

    private void read(LexToken t, int index) {
        int type = t.type();
        Block top = top();
        LexToken before = previous;
        previous = t;
        if (redirectTarget) {
            redirectTarget = false;
            return;
        }
        if (top != null && top.kind == Kind.TEST) {
            if (type == ShellLexer.DRBRACKET) {
                pop();
            } else if (isSeparator(type) && !(before != null && (before.type() == ShellLexer.AND_IF || before.type() == ShellLexer.OR_IF))) {
                // '[[' never closed on its line: bash gives up on it; read on after it.
                pop();
                read(t, index);
            }
            return;
        }
        if (top != null && top.kind == Kind.ARRAY) {
            if (type == ShellLexer.RPAREN) {
                pop();
            }
            return;
        }
        if (top != null && top.kind == Kind.CASE && top.state == State.HEAD) {
            if (type == ShellLexer.IN) {
                top.state = State.PATTERN;
            }
            return;
        }
        if (top != null && top.kind == Kind.CASE && top.state == State.PATTERN) {
            if (type == ShellLexer.ESAC) {
                pop();
            } else if (type == ShellLexer.RPAREN) {
                top.state = State.BODY;
                currentCommand = null;
            }
            return;
        }
        if (top != null && (top.kind == Kind.FOR || top.kind == Kind.SELECT) && top.state == State.HEAD) {
            if (type == ShellLexer.DO) {
                top.state = State.BODY;
                currentCommand = null;
            } else if (type == ShellLexer.SEMI || type == ShellLexer.NEWLINE) {
                top.headerEnded = top.headerWords > 0;
            } else if (!top.headerEnded) {
                if (t.text().equals("do")) {
                    top.strays.add(new Stray(t, null));
                }
                top.headerWords++;
            }
            return;
        }
        if (functionKeyword) {
            functionKeyword = false;
            pendingFunction = t.text();
            skipParens();
            return;
        }
        switch (type) {
            case ShellLexer.NEWLINE, ShellLexer.SEMI, ShellLexer.AMP, ShellLexer.AND_IF, ShellLexer.OR_IF,
                 ShellLexer.PIPE, ShellLexer.PIPE_AMP -> currentCommand = null;
            case ShellLexer.DSEMI, ShellLexer.SEMI_AMP, ShellLexer.DSEMI_AMP -> {
                if (top != null && top.kind == Kind.CASE) {
                    top.state = State.PATTERN;
                }
                currentCommand = null;
            }
            case ShellLexer.RPAREN -> {
                if (top != null && top.kind == Kind.SUBSHELL) {
                    pop();
                }
            }
            case ShellLexer.REDIRECT, ShellLexer.DLESS, ShellLexer.DLESSDASH, ShellLexer.TLESS -> redirectTarget = true;
            case ShellLexer.WORD, ShellLexer.ASSIGNMENT_WORD -> {
                if (currentCommand == null && type == ShellLexer.WORD) {
                    if (lookingAtParens()) {
                        pendingFunction = t.text();
                        skipParens(); // name() — the body comes next
                        return;
                    }
                    currentCommand = t.text();
                    if (top != null && (ShellForeignWords.closerFor(top.kind, t.text()) != null
                            || top.kind == Kind.IF && top.state == State.BODY && ShellForeignWords.elif(t.text()) != null)) {
                        top.foreign.add(t);
                    } else if (top != null && ShellForeignWords.misspells(t.text(), top.awaited())) {
                        top.misspelled.add(t);
                    }
                } else {
                    stray(t, top);
                }
            }
            case ShellLexer.IF -> push(Kind.IF, t, State.HEAD);
            case ShellLexer.THEN -> {
                if (top != null && top.kind == Kind.IF && top.state == State.HEAD) {
                    top.state = State.BODY;
                }
            }
            case ShellLexer.ELIF -> {
                if (top != null && top.kind == Kind.IF && top.state == State.BODY) {
                    top.state = State.HEAD;
                    top.head = t;
                }
            }
            case ShellLexer.ELSE -> {
                if (top != null && top.kind == Kind.IF && top.state == State.BODY) {
                    top.state = State.ELSE;
                    top.elseToken = t;
                }
            }
            case ShellLexer.FI -> {
                if (top != null && top.kind == Kind.IF && top.state != State.HEAD) {
                    pop();
                }
            }
            case ShellLexer.FOR -> push(Kind.FOR, t, State.HEAD);
            case ShellLexer.SELECT -> push(Kind.SELECT, t, State.HEAD);
            case ShellLexer.WHILE -> push(Kind.WHILE, t, State.HEAD);
            case ShellLexer.UNTIL -> push(Kind.UNTIL, t, State.HEAD);
            case ShellLexer.DO -> {
                if (top != null && top.kind.loop() && top.state == State.HEAD) {
                    top.state = State.BODY;
                }
            }
            case ShellLexer.DONE -> {
                if (top != null && top.kind.loop() && top.state == State.BODY) {
                    Block closed = pop();
                    Block parent = stack.isEmpty() ? null : stack.get(stack.size() - 1);
                    if (parent != null && parent.kind.loop()) {
                        closed.foreign.stream().filter(f -> "done".equals(ShellForeignWords.closerFor(closed.kind, f.text()))).forEach(parent.nestedForeign::add);
                    }
                }
            }
            case ShellLexer.CASE -> push(Kind.CASE, t, State.HEAD);
            case ShellLexer.ESAC -> {
                if (top != null && top.kind == Kind.CASE) {
                    pop();
                }
            }
            case ShellLexer.LBRACE -> push(Kind.GROUP, t, State.BODY);
            case ShellLexer.RBRACE -> {
                if (top != null && top.kind == Kind.GROUP) {
                    pop();
                }
            }
            case ShellLexer.LPAREN -> push(Kind.SUBSHELL, t, State.BODY);
            case ShellLexer.DLBRACKET -> push(Kind.TEST, t, State.BODY);
            case ShellLexer.ARRAY_OPEN -> push(Kind.ARRAY, t, State.BODY);
            case ShellLexer.FUNCTION -> functionKeyword = true;
            default -> {
            }
        }
        if (isKeyword(type)) {
            currentCommand = null;
        }
    }

    private static boolean isKeyword(int type) {
        return switch (type) {
            case ShellLexer.IF, ShellLexer.THEN, ShellLexer.ELSE, ShellLexer.ELIF, ShellLexer.WHILE, ShellLexer.UNTIL,
                 ShellLexer.DO, ShellLexer.LBRACE, ShellLexer.BANG, ShellLexer.TIME -> true;
            default -> false;
        };
    }

    /** A reserved word read as an argument: remember it when it would have closed or continued the block. */
    private void stray(LexToken t, Block top) {
        if (top == null || t.type() != ShellLexer.WORD) {
            return;
        }
        boolean relevant = switch (t.text()) {
            case "then" -> top.kind == Kind.IF && top.state == State.HEAD;
            case "fi", "else", "elif" -> top.kind == Kind.IF && top.state != State.HEAD;
            case "do" -> top.kind.loop() && top.state == State.HEAD;
            case "done" -> top.kind.loop() && top.state == State.BODY;
            case "}" -> top.kind == Kind.GROUP;
            case "esac" -> top.kind == Kind.CASE;
            default -> false;
        };
        if (relevant) {
            top.strays.add(new Stray(t, currentCommand));
        }
    }

    private boolean lookingAtParens() {
        return next + 2 < visible.size() && visible.get(next + 1).type() == ShellLexer.LPAREN
                && visible.get(next + 2).type() == ShellLexer.RPAREN;
    }

    private void skipParens() {
        if (lookingAtParens()) {
            next += 2;
            previous = visible.get(next);
        }
    }

    static boolean isSeparator(int type) {
        return type == ShellLexer.NEWLINE || type == ShellLexer.SEMI || type == ShellLexer.AMP || type == ShellLexer.DSEMI
                || type == ShellLexer.SEMI_AMP || type == ShellLexer.DSEMI_AMP;
    }

    /**
     * The top-level command (a function definition, an if ... fi, a pipeline) around
     * {@code offset}, as {start, end}: it parses on its own. Its end takes in the here-document
     * bodies that belong to it. The end of the text when the block never closes.
     */
    static int[] topLevelCommandAround(List<LexToken> tokens, int textLength, int offset) {
        List<LexToken> visible = visible(tokens);
        ShellBlocks blocks = new ShellBlocks(visible);
        int start = 0;
        boolean atStart = true;
        int index = 0;
        int pendingEnd = -1; // a boundary was read; the region ends after the here-documents that follow
        for (LexToken t : tokens) {
            if (pendingEnd >= 0) {
                if (t.type() == ShellParser.HEREDOC_BODY || t.type() == ShellParser.UNTERMINATED_HEREDOC) {
                    pendingEnd = t.end();
                    continue;
                }
                if (!t.hidden()) {
                    if (pendingEnd > offset) {
                        return new int[] {start, pendingEnd};
                    }
                    pendingEnd = -1;
                    atStart = true;
                }
            }
            if (t.hidden()) {
                continue;
            }
            if (atStart && t.type() != ShellLexer.NEWLINE) {
                start = t.start();
                atStart = false;
            }
            blocks.advanceTo(++index);
            boolean boundary = !atStart && blocks.stack.isEmpty() && (t.type() == ShellLexer.NEWLINE || t.type() == ShellLexer.SEMI
                    || t.type() == ShellLexer.AMP) && !blocks.redirectTarget && blocks.pendingFunction == null;
            if (boundary) {
                pendingEnd = t.end();
            }
        }
        if (pendingEnd >= 0 && pendingEnd > offset) {
            return new int[] {start, pendingEnd};
        }
        return new int[] {Math.min(start, textLength), textLength};
    }
}
