// The POSIX sh / Bash subset that real scripts use, written for dslfix.
//
// Words are opaque: one token per shell word, however many parts it glues together
// ("$dir"/bin/'x'$(date +%s)). Quotes, $(...), `...`, ${...}, $((...)), <(...) and extglob
// patterns are matched inside the word by recursive lexer fragments, so a word ends exactly where
// bash ends it and a keyword is a keyword only when it is a whole word, as in bash ('fi"x"' and
// 'done.txt' are words). The checker re-parses the bodies of command substitutions on its own.
//
// Reserved words are tokens only where bash reserves them, at the start of a command (the lexer
// members decide); elsewhere they are words ('echo done'; in 'if [ -f x ] then', 'then' is an
// argument of '[', as in bash).
//
// Lexer members do what a grammar cannot, each part commented there: here-document bodies (they
// end at a line the script chooses), which reserved words are reserved where, words whose
// substitution holds a here-document, a nesting limit, and the split of unterminated words.
grammar Shell;

tokens { HEREDOC_BODY, UNTERMINATED_HEREDOC, NESTED_TOO_DEEP }

@lexer::members {
    // ---- Here-documents --------------------------------------------------------------------
    // `cat <<EOF` (or <<-EOF, which strips leading tabs) takes its body from the lines after the
    // command line, up to a line that is exactly the delimiter. The lexer remembers each
    // delimiter (the first word after << or <<-, quotes and backslashes removed); at the next
    // NEWLINE token it reads the bodies itself, in order, and queues them as hidden HEREDOC_BODY
    // tokens (UNTERMINATED_HEREDOC, to the end of input, when no delimiter line comes).
    // ---- Reserved words ----------------------------------------------------------------------
    // As in bash, 'if', 'then', 'done', '{', '!' ... are reserved only where a command can start
    // (after ; & | && || ( ) newline, after another reserved word or a closing one), 'in' and
    // 'do' also as the third word of for/case, ']]' only inside [[ ]]. Elsewhere they are plain
    // words: 'echo done', and 'if [ -f x ] then' where 'then' is an argument of '['.
    // ---- Here-documents inside $( ... ) -------------------------------------------------------
    // The lexer's fragments match a substitution by balancing quotes and parentheses, which the
    // free text of a here-document body breaks ("$(cat <<'EOF'\nIt's done\nEOF\n)"). Where a
    // line has '$(' or '`' and a '<<' follows within three lines, ShellWords measures the word
    // first; a word that holds such a body becomes one WORD token without the fragments.
    // ---- Nesting -----------------------------------------------------------------------------
    // Past MAX_NESTING open blocks the rest of the input becomes one NESTED_TOO_DEEP token: no
    // script nests that deep, and ANTLR's error recovery over thousands of unclosed levels takes
    // time quadratic in the depth.
    // ---- Unterminated quotes -----------------------------------------------------------------
    // An UNTERMINATED_* token covers a whole word (foo"bar... to the end of input); it is split
    // so that the error token starts at the quote or $( that is never closed.

    private final java.util.ArrayDeque<Token> queued = new java.util.ArrayDeque<>();
    /** The whole input, and the lines (1-based) where a substitution may hold a here-document. */
    private String inputText;
    private java.util.BitSet substitutionHeredocLines;
    private final java.util.List<String> delimiters = new java.util.ArrayList<>();
    private final java.util.List<Boolean> stripTabs = new java.util.ArrayList<>();
    /** Type of the << operator whose delimiter word comes next, or 0. */
    private int awaitingDelimiter;
    /** Types of the last three tokens the parser sees. */
    private int last1 = NEWLINE;
    private int last2 = NEWLINE;
    private int last3 = NEWLINE;
    private boolean inTest;
    private boolean inArray;
    public static final int MAX_NESTING = 1000;
    /** Blocks open now: ( { if case do [[ and array assignments. */
    private int nesting;

    /** Whether a reserved word may come next: bash recognises them where a command can start. */
    private boolean reservedWordPosition() {
        if (inArray || inTest) {
            return false;
        }
        switch (last1) {
            case NEWLINE: case SEMI: case AMP: case AND_IF: case OR_IF: case PIPE: case PIPE_AMP: case LPAREN: case RPAREN:
            case DSEMI: case SEMI_AMP: case DSEMI_AMP: case IF: case THEN: case ELSE: case ELIF: case DO: case WHILE:
            case UNTIL: case LBRACE: case BANG: case TIME: case FI: case DONE: case ESAC: case RBRACE: case DRBRACKET:
            case ARITH_COMMAND:
                return true;
            default:
                return last2 == FUNCTION; // function NAME {
        }
    }

    /** The token's type as bash reads it here: a reserved word, or a plain WORD. */
    private int reclassify(int type) {
        switch (type) {
            case DRBRACKET:
                return inTest ? type : WORD;
            case IN:
                return reservedWordPosition() || last2 == CASE || last2 == FOR || last2 == SELECT ? type : WORD;
            case DO:
                return reservedWordPosition() || last2 == FOR || last2 == SELECT ? type : WORD;
            case ESAC:
                return reservedWordPosition() || last1 == IN && last3 == CASE ? type : WORD; // case x in esac
            case IF: case THEN: case ELSE: case ELIF: case FI: case FOR: case SELECT: case DONE: case WHILE: case UNTIL:
            case CASE: case FUNCTION: case TIME: case LBRACE: case RBRACE: case BANG: case DLBRACKET:
                return reservedWordPosition() ? type : WORD;
            default:
                return type;
        }
    }

    /** Follows the tokens the parser sees, for {@link #reclassify}. */
    private void track(Token t) {
        int type = t.getType();
        if (type == DLBRACKET) {
            inTest = true;
        } else if (type == DRBRACKET || inTest && (type == SEMI || type == AMP || type == NEWLINE && last1 != AND_IF && last1 != OR_IF)) {
            inTest = false;
        } else if (type == ARRAY_OPEN) {
            inArray = true;
        } else if (type == RPAREN) {
            inArray = false;
        }
        switch (type) {
            case LPAREN: case ARRAY_OPEN: case LBRACE: case IF: case CASE: case DO: case DLBRACKET:
                nesting++;
                break;
            case RPAREN: case RBRACE: case FI: case ESAC: case DONE: case DRBRACKET:
                nesting = Math.max(0, nesting - 1);
                break;
            default:
                break;
        }
        last3 = last2;
        last2 = last1;
        last1 = type;
    }

    /** The token {@code t} and all input after it, as one NESTED_TOO_DEEP token. */
    private Token tooDeep(Token t) {
        while (_input.LA(1) != IntStream.EOF) {
            getInterpreter().consume(_input);
        }
        return make(ShellParser.NESTED_TOO_DEEP, t.getStartIndex(), _input.index() - 1, t.getLine(), t.getCharPositionInLine());
    }

    @Override
    public Token nextToken() {
        if (!queued.isEmpty()) {
            return queued.poll();
        }
        Token t = wordWithHeredoc();
        if (t == null) {
            t = super.nextToken();
        }
        if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != Token.EOF) {
            int as = reclassify(t.getType());
            if (as != t.getType()) {
                ((WritableToken) t).setType(as);
            }
            track(t);
            if (nesting > MAX_NESTING) {
                nesting = 0;
                queued.clear();
                delimiters.clear();
                return tooDeep(t);
            }
        }
        int type = t.getType();
        if (t.getChannel() == Token.DEFAULT_CHANNEL && type != Token.EOF && awaitingDelimiter != 0 && type != NEWLINE) {
            delimiters.add(ShellWords.heredocDelimiter(t.getText()));
            stripTabs.add(awaitingDelimiter == DLESSDASH);
            awaitingDelimiter = 0;
        }
        if (type == DLESS || type == DLESSDASH) {
            awaitingDelimiter = type;
        } else if (type == NEWLINE) {
            awaitingDelimiter = 0;
            readHeredocBodies();
        } else if (type == Token.EOF && !delimiters.isEmpty()) {
            // `cat <<EOF` on the last line: the body never starts.
            queued.add(t);
            delimiters.clear();
            stripTabs.clear();
            return make(ShellParser.UNTERMINATED_HEREDOC, _input.index(), _input.index() - 1, getLine(), getCharPositionInLine());
        } else if (type == UNTERMINATED_SQ || type == UNTERMINATED_DQ || type == UNTERMINATED_BACKTICK
                || type == UNTERMINATED_SUBST || type == UNTERMINATED_PARAM) {
            int cut = ShellWords.unclosedStart(t.getText());
            if (cut > 0 && cut < t.getText().length()) {
                int start = t.getStartIndex();
                Token rest = make(type, start + cut, t.getStopIndex(), t.getLine(), t.getCharPositionInLine() + cut);
                queued.add(rest);
                return make(WORD, start, start + cut - 1, t.getLine(), t.getCharPositionInLine());
            }
        }
        return t;
    }

    @Override
    public void reset() {
        super.reset();
        queued.clear();
        delimiters.clear();
        stripTabs.clear();
        awaitingDelimiter = 0;
        inputText = null;
        substitutionHeredocLines = null;
        last1 = last2 = last3 = NEWLINE;
        inTest = inArray = false;
        nesting = 0;
    }

    /** A word holding a command substitution with a here-document in it, read by ShellWords; else null. */
    private Token wordWithHeredoc() {
        if (substitutionHeredocLines == null) {
            inputText = _input.getText(org.antlr.v4.runtime.misc.Interval.of(0, _input.size() - 1));
            substitutionHeredocLines = new java.util.BitSet();
            String[] lines = inputText.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                int open = Math.max(lines[i].indexOf("$("), lines[i].indexOf('`'));
                boolean heredoc = open >= 0 && lines[i].indexOf("<<", open) >= 0;
                for (int k = i + 1; k < Math.min(lines.length, i + 4) && open >= 0 && !heredoc; k++) {
                    heredoc = lines[k].contains("<<");
                }
                if (heredoc) {
                    substitutionHeredocLines.set(i + 1);
                }
            }
        }
        int c = _input.LA(1);
        if (!substitutionHeredocLines.get(getLine()) || c == IntStream.EOF || c == ' ' || c == '\t' || c == '\n' || c == '#') {
            return null;
        }
        int index = _input.index();
        int from = inputText.length() == _input.size() ? index : inputText.offsetByCodePoints(0, index);
        int end = ShellWords.wordWithHeredocEnd(inputText, from);
        if (end < 0) {
            return null;
        }
        String word = inputText.substring(from, end);
        int type = word.matches("(?s)[A-Za-z_][A-Za-z0-9_]*(\\[[^\\]]*\\])?\\+?=.*") ? ASSIGNMENT_WORD : WORD;
        int line = getLine();
        int column = getCharPositionInLine();
        for (int n = word.codePointCount(0, word.length()); n > 0; n--) {
            getInterpreter().consume(_input);
        }
        return make(type, index, _input.index() - 1, line, column);
    }

    private Token make(int type, int start, int stop, int line, int column) {
        int channel = type == ShellParser.HEREDOC_BODY ? Token.HIDDEN_CHANNEL : Token.DEFAULT_CHANNEL;
        return _factory.create(_tokenFactorySourcePair, type, null, channel, start, stop, line, column);
    }

    /** Reads the pending here-document bodies, which start right after the current NEWLINE. */
    private void readHeredocBodies() {
        for (int h = 0; h < delimiters.size(); h++) {
            int start = _input.index();
            int line = getLine();
            int column = getCharPositionInLine();
            boolean closed = false;
            while (_input.LA(1) != IntStream.EOF && !closed) {
                StringBuilder text = new StringBuilder();
                while (_input.LA(1) != IntStream.EOF && _input.LA(1) != '\n') {
                    text.appendCodePoint(_input.LA(1));
                    getInterpreter().consume(_input);
                }
                if (_input.LA(1) == '\n') {
                    getInterpreter().consume(_input);
                }
                String content = text.length() > 0 && text.charAt(text.length() - 1) == '\r' ? text.substring(0, text.length() - 1) : text.toString();
                if (stripTabs.get(h)) {
                    content = content.replaceFirst("^\t+", "");
                }
                closed = content.equals(delimiters.get(h));
            }
            if (closed) {
                queued.add(make(ShellParser.HEREDOC_BODY, start, _input.index() - 1, line, column));
            } else {
                queued.add(make(ShellParser.UNTERMINATED_HEREDOC, start, _input.index() - 1, line, column));
                break;
            }
        }
        delimiters.clear();
        stripTabs.clear();
    }
}

// ================================================================ parser

program
    : NEWLINE* list? EOF
    ;

// Commands joined by ; & and newlines; a trailing separator is allowed.
list
    : andOr (separator andOr)* separator?
    ;

separator
    : (SEMI | AMP) NEWLINE*
    | NEWLINE+
    ;

// The body of if/while/for/case/{ }/( ): may start with blank lines.
compoundList
    : NEWLINE* list
    ;

andOr
    : pipeline ((AND_IF | OR_IF) NEWLINE* pipeline)*
    ;

pipeline
    : TIME? BANG? command ((PIPE | PIPE_AMP) NEWLINE* command)*
    ;

command
    : functionDef
    | simpleCommand
    | compoundCommand redirect*
    ;

compoundCommand
    : braceGroup
    | subshell
    | ifClause
    | forClause
    | selectClause
    | whileClause
    | untilClause
    | caseClause
    | arithCommand
    | testCommand
    ;

braceGroup
    : LBRACE compoundList RBRACE
    ;

subshell
    : LPAREN compoundList RPAREN
    ;

ifClause
    : IF compoundList THEN compoundList elifPart* elsePart? FI
    ;

elifPart
    : ELIF compoundList THEN compoundList
    ;

elsePart
    : ELSE compoundList
    ;

forClause
    : FOR WORD (NEWLINE* IN word* sequentialSeparator | sequentialSeparator)? doGroup
    | FOR ARITH_COMMAND sequentialSeparator? doGroup
    ;

selectClause
    : SELECT WORD (NEWLINE* IN word* sequentialSeparator | sequentialSeparator)? doGroup
    ;

sequentialSeparator
    : SEMI NEWLINE*
    | NEWLINE+
    ;

whileClause
    : WHILE compoundList doGroup
    ;

untilClause
    : UNTIL compoundList doGroup
    ;

doGroup
    : DO compoundList DONE
    ;

caseClause
    : CASE word NEWLINE* IN NEWLINE* caseItemList? ESAC
    ;

caseItemList
    : caseItem (caseSeparator caseItem)* caseSeparator?
    ;

caseItem
    : LPAREN? pattern (PIPE pattern)* RPAREN caseBody
    ;

caseBody
    : compoundList
    | NEWLINE*
    ;

caseSeparator
    : (DSEMI | SEMI_AMP | DSEMI_AMP) NEWLINE*
    ;

// After a newline or ';;' a pattern may spell a reserved word ('done)'); any but 'esac', which ends the case.
pattern
    : WORD | ASSIGNMENT_WORD
    | IF | THEN | ELSE | ELIF | FI | FOR | SELECT | IN | DO | DONE | WHILE | UNTIL | CASE | FUNCTION | TIME
    | LBRACE | RBRACE | BANG | DLBRACKET
    ;

arithCommand
    : ARITH_COMMAND
    ;

// [[ ... ]]: operators inside are not redirections or pipes; the regex after =~ may hold ( | ).
testCommand
    : DLBRACKET testItem+ DRBRACKET
    ;

testItem
    : WORD | ASSIGNMENT_WORD
    | LPAREN | RPAREN | PIPE | REDIRECT
    | (AND_IF | OR_IF) NEWLINE*
    ;

functionDef
    : WORD LPAREN RPAREN NEWLINE* functionBody
    | FUNCTION WORD (LPAREN RPAREN)? NEWLINE* functionBody
    ;

functionBody
    : compoundCommand redirect*
    ;

simpleCommand
    : commandPrefix (commandName commandSuffix*)?
    | commandName commandSuffix*
    ;

commandPrefix
    : (assignment | redirect)+
    ;

commandName
    : WORD
    ;

commandSuffix
    : word
    | arrayLiteral
    | redirect
    ;

assignment
    : ASSIGNMENT_WORD
    | arrayLiteral
    ;

arrayLiteral
    : ARRAY_OPEN (word | NEWLINE)* RPAREN
    ;

redirect
    : (REDIRECT | DLESS | DLESSDASH | TLESS) word
    ;

word
    : WORD
    | ASSIGNMENT_WORD
    ;

// ================================================================ lexer

// LLM output often keeps the markdown fence around the script: a token of its own, reported.
// (No word starts with two backticks, so this wins over a backtick substitution.)
MARKDOWN_FENCE : '```' ~[\r\n]* ;

COMMENT : '#' ~[\r\n]* -> channel(HIDDEN) ;
LINE_CONTINUATION : '\\' '\r'? '\n' -> channel(HIDDEN) ;
WS : [ \t\f\u000B]+ -> channel(HIDDEN) ;
NEWLINE : '\r'? '\n' ;

// Reserved words: as long as the word they spell, so they win only when they are the whole word.
IF : 'if' ; THEN : 'then' ; ELSE : 'else' ; ELIF : 'elif' ; FI : 'fi' ;
FOR : 'for' ; SELECT : 'select' ; IN : 'in' ; DO : 'do' ; DONE : 'done' ;
WHILE : 'while' ; UNTIL : 'until' ; CASE : 'case' ; ESAC : 'esac' ;
FUNCTION : 'function' ; TIME : 'time' ;
LBRACE : '{' ; RBRACE : '}' ; BANG : '!' ; DLBRACKET : '[[' ; DRBRACKET : ']]' ;

AND_IF : '&&' ; OR_IF : '||' ;
DSEMI_AMP : ';;&' ; DSEMI : ';;' ; SEMI_AMP : ';&' ; SEMI : ';' ;
PIPE_AMP : '|&' ; PIPE : '|' ; AMP : '&' ;
LPAREN : '(' ; RPAREN : ')' ;
TLESS : '<<<' ; DLESSDASH : '<<-' ; DLESS : '<<' ;
REDIRECT
    : [0-9]* ('>' | '>>' | '<' | '>&' | '<&' | '>|' | '<>')
    | '&>' | '&>>'
    ;

// (( ... )) as a command or in for ((...)): on one line, parentheses nested three deep at most
// (a failed try at '((((' ... then ends early instead of scanning the rest of the input).
ARITH_COMMAND : '((' ARITH_ITEM* '))' ;

// name=( ... ): the elements follow as words.
ARRAY_OPEN : NAME SUBSCRIPT? '+'? '=(' ;
ASSIGNMENT_WORD : NAME SUBSCRIPT? '+'? '=' WORD_PART* '$'? ;
WORD : WORD_START WORD_PART* '$'? | '$' ;

// A word with a quote or substitution that never closes runs to the end of input; the lexer
// members split off the complete parts in front of it.
UNTERMINATED_SQ : WORD_PREFIX? '\'' ~'\''* EOF ;
UNTERMINATED_DQ : WORD_PREFIX? '"' DQ_ITEM* '$'? EOF ;
UNTERMINATED_BACKTICK : WORD_PREFIX? '`' (~[`\\] | '\\' .)* EOF ;
UNTERMINATED_SUBST : WORD_PREFIX? ('$(' | [<>] '(') SUBST_ITEM* '$'? INNER_UNCLOSED? EOF ;
UNTERMINATED_PARAM : WORD_PREFIX? '${' PARAM_ITEM* '$'? INNER_UNCLOSED? EOF ;

fragment WORD_PREFIX : WORD_START WORD_PART* '$'? | '$' ;
fragment INNER_UNCLOSED : '"' DQ_ITEM* '$'? | '\'' ~'\''* | '`' (~[`\\] | '\\' .)* ;

fragment NAME : [a-zA-Z_] [a-zA-Z0-9_]* ;
fragment SUBSCRIPT : '[' (~[\]'"$\r\n] | SQ | DQ | DOLLAR)* '$'? ']' ;

// '#' starts a comment at the start of a word, and is an ordinary character inside one; a
// backslash-newline inside a word joins its parts, in front of one it is only a line continuation.
fragment WORD_START : PLAIN | '\\' ~[\r\n] | SQ | DQ | BACKTICK | DOLLAR | PROCESS_SUBST | EXTGLOB ;
fragment WORD_PART : WORD_START | '#' | '\\' '\r'? '\n' ;
fragment PLAIN : ~[ \t\f\u000B\r\n;&|<>()'"`\\$#] ;
fragment ESCAPE : '\\' . ;

fragment SQ : '\'' ~'\''* '\'' ;
fragment DQ : '"' DQ_ITEM* '$'? '"' ;
fragment DQ_ITEM : ~["\\`$] | ESCAPE | BACKTICK | DQ_DOLLAR ;
// Never empty: two backticks in a row start a markdown fence, not a word.
fragment BACKTICK : '`' (~[`\\] | ESCAPE)+ '`' ;

// A '$' that starts no expansion is a plain character, matched together with the character after
// it; one at the very end of a word, string or substitution is matched by the rule around it
// ('$'? before its closing character). So "$(" and "${" can only ever read as expansions: were
// '$' on its own a word part, every nested "$(" would double the lexer's work.
fragment EXPANSION
    : '$' NAME
    | '$' [0-9@*#?$!-]
    | '${' PARAM_ITEM* '$'? '}'
    | '$(' SUBST_ITEM* '$'? ')'          // also $(( ... ))
    ;

fragment DOLLAR
    : EXPANSION
    | '$\'' (~['\\] | ESCAPE)* '\''     // $'...' with C escapes
    | '$"' DQ_ITEM* '$'? '"'             // $"..." (locale)
    | '$' ~[({}\]'"a-zA-Z_0-9@*#?$!\-\\` \t\f\u000B\r\n;&|<>)]
    | '$' '\\' ~[\r\n]
    ;

// Inside double quotes $' and $" are a plain dollar sign and a quote.
fragment DQ_DOLLAR
    : EXPANSION
    | '$' ~[({"a-zA-Z_0-9@*#?$!\-\\`]
    | '$' (ESCAPE | BACKTICK)
    ;

fragment PARAM_ITEM
    : ~[{}'"`\\$] | ESCAPE | SQ | DQ | BACKTICK | EXPANSION
    | '$' ~[({}'"a-zA-Z_0-9@*#?$!\-\\`]
    | '{' PARAM_ITEM* '}'
    ;

// Inside $( ... ): anything with balanced parentheses and closed quotes. A case statement may
// hold the unbalanced ')' of its patterns.
fragment SUBST_ITEM
    : ~[()'"`\\$]
    | ESCAPE | SQ | DQ | BACKTICK | EXPANSION
    | '$\'' (~['\\] | ESCAPE)* '\''
    | '$"' DQ_ITEM* '$'? '"'
    | '$' ~[(){}'"a-zA-Z_0-9@*#?$!\-\\`]
    | '(' SUBST_ITEM* '$'? ')'
    | 'case' [ \t] (SUBST_ITEM | ')')* [ \t\r\n;] 'esac'
    ;

fragment PROCESS_SUBST : [<>] '(' SUBST_ITEM* ')' ;
fragment EXTGLOB : [?*+@!] '(' SUBST_ITEM* ')' ;
fragment ARITH_ITEM : ~[()\r\n] | '(' ARITH_INNER* ')' ;
fragment ARITH_INNER : ~[()\r\n] | '(' ARITH_DEEPEST* ')' ;
fragment ARITH_DEEPEST : ~[()\r\n] | '(' ~[()\r\n]* ')' ;
