package dev.dslfix.lang.playbook;

import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Fix;
import dev.dslfix.lang.LexToken;
import dev.dslfix.lang.ParseResult;
import dev.dslfix.lang.SourceText;
import dev.dslfix.lang.SyntaxIssue;
import dev.dslfix.lang.TextEdit;
import dev.dslfix.lang.antlr.TokenNames;
import dev.dslfix.lang.playbook.PlaybookLexerBase.FlowProblem;
import dev.dslfix.lang.playbook.PlaybookLexerBase.IndentProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Syntax issues as playbook authors read them: indentation problems with the columns that would
 * work and fixes that re-indent the line (with its block), unclosed brackets, unquoted Jinja,
 * and parser messages that speak of keys, values, lines and blocks instead of token names.
 * Also the repair hooks: rewrites near an error and the play around an offset.
 */
final class PlaybookIssues {
    static final String INDENTATION = "indentation";
    static final String SYNTAX = "syntax";
    static final String UNQUOTED_JINJA_MESSAGE =
            "a value that starts with '{{' must be quoted: YAML reads '{' as the start of a mapping";

    private PlaybookIssues() {
    }

    // ------------------------------------------------------------------ refining the parse result

    /** Indentation problems whose fixes are ranked by trial parses; later ones keep the lexer's order. */
    private static final int VERIFIED_PROBLEMS = 3;

    /**
     * @param issueCount the number of syntax issues of a text (no refinement), to rank fixes by
     *                   what they leave; null to keep the lexer's order
     */
    static ParseResult refine(ParseResult raw, PlaybookLexer lexer, TokenNames names, java.util.function.ToIntFunction<String> issueCount) {
        if (raw.issues().isEmpty()) {
            return raw;
        }
        SourceText source = raw.source();
        Map<Integer, IndentProblem> indent = new HashMap<>();
        List<FlowProblem> flows = List.of();
        List<IndentProblem> tabs = new ArrayList<>();
        if (lexer != null) {
            for (IndentProblem p : lexer.indentProblems()) {
                indent.put(source.offsetOfCodePoint(p.lineStart()), p);
                if (p.type() == IndentProblem.Type.TAB) {
                    tabs.add(p);
                }
            }
            flows = lexer.flowProblems();
        }
        List<SyntaxIssue> out = new ArrayList<>(raw.issues().size());
        boolean firstTab = true;
        int verified = 0;
        boolean parserIssueSeen = false;
        int lastParserLine = -1;
        for (SyntaxIssue issue : raw.issues()) {
            Diagnostic d = issue.diagnostic();
            if (isParserIssue(issue.kind())) {
                // After a first parser error, complaints about blocks, the input ending or the rest
                // of the same line are its echoes.
                int line = source.lineOf(d.start());
                if (parserIssueSeen && (issue.foundType() == PlaybookLexer.DEDENT || issue.foundType() == Token.EOF
                        || line == lastParserLine)) {
                    continue;
                }
                parserIssueSeen = true;
                lastParserLine = line;
            }
            Diagnostic refined = d;
            int type = issue.foundType();
            if (type == PlaybookLexer.BAD_INDENT || type == PlaybookLexer.TAB_INDENT) {
                IndentProblem p = indent.get(d.start());
                if (p != null) {
                    boolean verify = issueCount != null && verified++ < VERIFIED_PROBLEMS;
                    refined = indentation(source, p, type == PlaybookLexer.TAB_INDENT && firstTab ? tabs : List.of(),
                            verify ? issueCount : null, raw.issues().size());
                    if (type == PlaybookLexer.TAB_INDENT) {
                        firstTab = false;
                    }
                }
            } else if (type == PlaybookLexer.UNCLOSED_FLOW) {
                refined = unclosed(source, raw.tokens(), flows, d);
            } else if (type == PlaybookLexer.UNQUOTED_JINJA) {
                String text = issue.foundText();
                refined = d.withFixes(List.of(Fix.replace("quote the value", d.start(), d.start() + text.length(), quote(text))));
                refined = new Diagnostic(d.start(), d.start() + text.length(), d.severity(), d.code(),
                        d.message() + "; write " + abbreviate(quote(text)), refined.fixes());
            } else if (type == PlaybookLexer.UNTERMINATED_DQ || type == PlaybookLexer.UNTERMINATED_SQ) {
                String quote = type == PlaybookLexer.UNTERMINATED_DQ ? "\"" : "'";
                int end = source.lineEnd(source.lineOf(d.start()));
                String line = source.text().substring(d.start(), end);
                int comment = line.indexOf(" #");
                int at = d.start() + (comment > 0 ? line.substring(0, comment) : line).stripTrailing().length();
                refined = d.withFixes(List.of(Fix.replace("close the string with " + quote, at, at, quote)));
            } else if (type == PlaybookLexer.MARKDOWN_FENCE) {
                int line = source.lineOf(d.start());
                int next = line + 1 < source.lineCount() ? source.lineStart(line + 1) : source.length();
                refined = d.withFixes(List.of(Fix.replace("remove the line " + TokenNames.quote(issue.foundText()),
                        source.lineStart(line), next, "")));
            } else if (isParserIssue(issue.kind())) {
                refined = parserIssue(source, raw.tokens(), issue, names);
            }
            out.add(new SyntaxIssue(issue.kind(), refined, issue.foundType(), issue.foundText(), issue.expectedTypes(),
                    issue.expectedNames()));
        }
        return new ParseResult(source, raw.tokens(), raw.tree(), out);
    }

    private static boolean isParserIssue(SyntaxIssue.Kind kind) {
        return kind == SyntaxIssue.Kind.MISMATCH || kind == SyntaxIssue.Kind.MISSING
                || kind == SyntaxIssue.Kind.EXTRANEOUS || kind == SyntaxIssue.Kind.NO_VIABLE;
    }

    static String spaces(int n) {
        return n == 1 ? "1 space" : n + " spaces";
    }

    private static Diagnostic indentation(SourceText source, IndentProblem p, List<IndentProblem> allTabs,
                                          java.util.function.ToIntFunction<String> issueCount, int baseline) {
        int start = source.offsetOfCodePoint(p.lineStart());
        int contentStart = source.offsetOfCodePoint(p.contentStart());
        int line = source.lineOf(start) + 1;
        List<Integer> levels = p.candidates();
        String message;
        List<Fix> fixes = new ArrayList<>();
        if (p.type() == IndentProblem.Type.TAB) {
            int to = levels.isEmpty() ? p.column() : levels.get(0);
            message = "line " + line + " is indented with a tab; YAML allows only spaces — indent it with " + spaces(to);
            fixes.add(reindent(source, start, p.column(), to, false));
            if (allTabs.size() > 1) {
                List<TextEdit> edits = new ArrayList<>();
                for (IndentProblem t : allTabs) {
                    int ls = source.offsetOfCodePoint(t.lineStart());
                    int target = t.candidates().isEmpty() ? t.column() : t.candidates().get(0);
                    edits.addAll(reindent(source, ls, t.column(), target, false).edits());
                }
                fixes.add(new Fix("replace the tabs with spaces on all " + allTabs.size() + " lines", edits));
            }
        } else {
            // Each column, with the line's block and alone; ranked by what a parse leaves.
            List<Fix> options = new ArrayList<>();
            List<Integer> optionLevels = new ArrayList<>();
            for (int to : levels) {
                Fix block = reindent(source, start, p.column(), to, true);
                Fix single = reindent(source, start, p.column(), to, false);
                options.add(block);
                optionLevels.add(to);
                if (block.edits().size() > 1) {
                    options.add(single);
                    optionLevels.add(to);
                }
            }
            Integer[] order = new Integer[options.size()];
            int[] score = new int[options.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
                score[i] = issueCount == null ? 0 : issueCount.applyAsInt(options.get(i).applyTo(source.text()));
            }
            java.util.Arrays.sort(order, (a, b) -> score[a] != score[b] ? Integer.compare(score[a], score[b]) : Integer.compare(a, b));
            List<Integer> ranked = new ArrayList<>();
            for (int i : order) {
                if (issueCount != null && score[i] >= baseline && i != order[0]) {
                    continue; // leaves as many problems as there are: no fix
                }
                fixes.add(options.get(i));
                if (!ranked.contains(optionLevels.get(i))) {
                    ranked.add(optionLevels.get(i));
                }
            }
            if (issueCount == null || ranked.isEmpty()) {
                for (int to : levels) {
                    if (!ranked.contains(to)) {
                        ranked.add(to);
                    }
                }
            }
            message = p.type() == IndentProblem.Type.UNDER_VALUE
                    ? "line " + line + " is indented " + spaces(p.column()) + ", under the plain value above it — indent it to " + joinOr(ranked)
                    : "line " + line + " is indented " + spaces(p.column()) + "; the block above uses " + p.blockAbove()
                    + " — indent it to " + joinOr(ranked);
            if (p.type() == IndentProblem.Type.UNDER_VALUE) {
                // "- :name x" above: not a value at all, but the item's first entry with its colon misplaced
                colonAbove(source, start).ifPresent(f -> fixes.add(0, f));
            }
        }
        return new Diagnostic(start, Math.max(start, contentStart), dev.dslfix.lang.Severity.ERROR, INDENTATION, message, fixes);
    }

    static String joinOr(List<Integer> levels) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < levels.size(); i++) {
            if (i > 0) {
                sb.append(i == levels.size() - 1 ? " or " : ", ");
            }
            sb.append(levels.get(i));
        }
        return sb.toString();
    }

    /**
     * Moves the line at {@code lineStart} from column {@code from} to {@code to}; with
     * {@code block}, also the lines after it that are indented at least {@code from} (its
     * block, and more lines at the same wrong column), by the same amount.
     */
    static Fix reindent(SourceText source, int lineStart, int from, int to, boolean block) {
        int first = source.lineOf(lineStart);
        List<TextEdit> edits = new ArrayList<>();
        int last = first;
        String text = source.text();
        for (int l = first; l < source.lineCount(); l++) {
            int ls = source.lineStart(l);
            int le = source.lineEnd(l);
            int ws = ls;
            int width = 0;
            while (ws < le && (text.charAt(ws) == ' ' || text.charAt(ws) == '\t')) {
                width += text.charAt(ws) == '\t' ? 2 : 1;
                ws++;
            }
            if (l > first) {
                if (!block) {
                    break;
                }
                if (ws == le) {
                    continue;
                }
                if (width < from) {
                    break;
                }
            }
            edits.add(new TextEdit(ls, ws, " ".repeat(l == first ? to : Math.max(0, width + to - from))));
            last = l;
        }
        String title = "indent line " + (first + 1) + " to " + spaces(to);
        if (last > first) {
            int more = edits.size() - 1;
            title += ", with the " + (more == 1 ? "line" : more + " lines") + " below it";
        }
        return new Fix(title, edits);
    }

    private static Diagnostic unclosed(SourceText source, List<LexToken> tokens, List<FlowProblem> flows, Diagnostic d) {
        FlowProblem p = null;
        for (FlowProblem f : flows) {
            if (source.offsetOfCodePoint(f.at()) == d.start()) {
                p = f;
            }
        }
        if (p == null) {
            return new Diagnostic(d.start(), d.end(), d.severity(), SYNTAX, "a '[' or '{' is not closed", List.of());
        }
        int at = d.start();
        for (LexToken t : tokens) {
            if (t.end() > d.start()) {
                break;
            }
            if (!t.hidden() && t.end() > t.start()) {
                at = t.end();
            }
        }
        int opener = source.offsetOfCodePoint(p.openerIndex());
        String close = p.closers();
        String message = "'" + p.opener() + "' opened on line " + (source.lineOf(opener) + 1) + " is not closed: add '" + close
                + "' at the end of line " + (source.lineOf(at) + 1);
        return new Diagnostic(at, at, d.severity(), SYNTAX, message, List.of(Fix.replace("insert '" + close + "'", at, at, close)));
    }

    static String quote(String text) {
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 39) + "…" : s;
    }

    // ------------------------------------------------------------------ parser messages

    private static Diagnostic parserIssue(SourceText source, List<LexToken> tokens, SyntaxIssue issue, TokenNames names) {
        Diagnostic d = issue.diagnostic();
        IntervalSet expected = new IntervalSet();
        for (int t : issue.expectedTypes()) {
            expected.add(t);
        }
        List<String> expectedNames = describeExpected(names, expected);
        int found = issue.foundType();
        LexToken prev = previousVisible(tokens, d.start());
        String message;
        List<Fix> fixes = new ArrayList<>();
        int start = d.start();
        int end = d.end();
        LexToken glued = gluedKey(source, tokens, d.start());
        if (glued != null) {
            String text = glued.text();
            int colon = text.indexOf(':');
            message = "missing space after ':' in " + TokenNames.quote(text) + ": write '" + text.substring(0, colon + 1) + " "
                    + text.substring(colon + 1) + "'";
            fixes.add(Fix.replace("insert a space after ':'", glued.start() + colon + 1, glued.start() + colon + 1, " "));
            return new Diagnostic(glued.start(), glued.end(), d.severity(), SYNTAX, message, fixes);
        }
        if (found == PlaybookLexer.DASH && (expected.contains(PlaybookLexer.PLAIN) || expected.contains(PlaybookLexer.DEDENT))) {
            message = "a list item ('- ') cannot follow 'key: value' lines at the same indentation; indent it under a key"
                    + " that ends with ':' or move it to the column of its list";
        } else if (found == PlaybookLexer.COLON && prev != null && isScalar(prev.type())) {
            message = "unexpected ':' after " + TokenNames.quote(prev.text())
                    + ": a mapping cannot start on the line of another key's value; quote the value if it contains ': '";
            flowMappingFixes(source, prev).forEach(fixes::add);
        } else if (found == PlaybookLexer.NEWLINE && expected.contains(PlaybookLexer.COLON) && prev != null && isScalar(prev.type())) {
            String text = prev.text();
            int colon = text.indexOf(':');
            if (prev.type() == PlaybookLexer.PLAIN && colon > 0 && GLUED.matcher(text).matches()) {
                message = "missing space after ':' in " + TokenNames.quote(text) + ": write '" + text.substring(0, colon + 1) + " "
                        + text.substring(colon + 1) + "'";
                fixes.add(Fix.replace("insert a space after ':'", prev.start() + colon + 1, prev.start() + colon + 1, " "));
            } else {
                String word = text.split("[\\s=]", 2)[0];
                boolean known = word.length() < text.length() && text.charAt(word.length()) == ' '
                        && (ModuleCatalog.get().resolve(word) != null || PlaybookChecker.TASK_KEYS.contains(word));
                if (known) {
                    message = "missing ':' after '" + word + "': write '" + word + ": " + abbreviate(text.substring(word.length() + 1)) + "'";
                    fixes.add(Fix.replace("insert ':' after '" + word + "'", prev.start() + word.length(), prev.start() + word.length(), ":"));
                } else {
                    message = TokenNames.quote(text) + " is not a 'key: value' entry: add ':' after the key, or start a list item with '- '";
                    keyColonFix(text, prev.start()).ifPresent(fixes::add);
                    if (source.text().substring(prev.end()).isBlank()) {
                        // the file ends on this word: an LLM's output cut short
                        int line = source.lineOf(prev.start());
                        int from = source.lineStart(line);
                        fixes.add(Fix.replace("delete the unfinished last line", from, source.text().length(), ""));
                        int item = enclosingItem(source, line);
                        if (item >= 0) {
                            fixes.add(Fix.replace("delete the unfinished last item", source.lineStart(item), source.text().length(), ""));
                        }
                    }
                }
            }
            start = prev.start();
            end = prev.end();
        } else {
            slippedValue(source, d.start()).ifPresent(fixes::add);
            if (expected.contains(PlaybookLexer.COMMA) && prev != null && isScalar(prev.type()) && isScalar(found)) {
                fixes.add(Fix.replace("insert ',' after " + TokenNames.quote(prev.text()), prev.end(), prev.end(), ","));
            }
            colonAbove(source, d.start()).ifPresent(fixes::add);
            dashAfterItem(source, d.start()).ifPresent(fixes::add);
            String what = describeFound(issue);
            String alternatives = TokenNames.joinAlternatives(expectedNames);
            message = switch (issue.kind()) {
                case MISSING -> "missing " + alternatives + " before " + what;
                default -> expectedNames.isEmpty() || expectedNames.size() > 12 ? "unexpected " + what
                        : "unexpected " + what + "; expected " + alternatives;
            };
        }
        return new Diagnostic(start, Math.max(start, end), d.severity(), SYNTAX, message, fixes);
    }

    /**
     * "name:" with nothing after it, and the next line starting at column 0 with what looks like
     * its value ("name:\nSmoke test  hosts: all"): the value slipped past the line break. The fix
     * moves it back; what followed it on that line (after two or more spaces) keeps its line.
     */
    private static Optional<Fix> slippedValue(SourceText source, int errorAt) {
        int line = source.lineOf(errorAt);
        if (line == 0 || errorAt != source.lineStart(line)) {
            return Optional.empty();
        }
        String above = source.lineText(line - 1);
        if (!above.stripTrailing().endsWith(":") || above.isBlank()) {
            return Optional.empty();
        }
        String here = source.text().substring(errorAt, source.lineEnd(line));
        int gap = here.indexOf("  ");
        String value = (gap < 0 ? here : here.substring(0, gap)).stripTrailing();
        if (value.isEmpty() || value.startsWith("- ") || value.startsWith("#")) {
            return Optional.empty();
        }
        int breakAt = source.lineStart(line - 1) + above.stripTrailing().length();
        return Optional.of(Fix.replace("move '" + abbreviate(value) + "' back after '" + above.strip() + "'",
                breakAt, errorAt + value.length(), " " + value + "\n"));
    }

    /**
     * A key whose plain value runs into the next key on one line ("{ name: a value: 1 }", or
     * "- name: a, value: 1 }" whose '{' is missing): the comma before the last word, or the
     * opening brace the line's '}' needs.
     */
    private static List<Fix> flowMappingFixes(SourceText source, LexToken value) {
        List<Fix> fixes = new ArrayList<>();
        int line = source.lineOf(value.start());
        int lineStart = source.lineStart(line);
        String text = source.lineText(line);
        int open = text.lastIndexOf('{', value.start() - lineStart);
        String trimmed = text.stripTrailing();
        if (open >= 0 && text.indexOf('}', open) > value.start() - lineStart) {
            int space = value.text().lastIndexOf(' ');
            if (space > 0 && !value.text().substring(0, space).strip().endsWith(",")) {
                int at = value.start() + value.text().substring(0, space).stripTrailing().length();
                fixes.add(Fix.replace("insert ',' before '" + value.text().substring(space + 1) + "'", at, at, ","));
            }
        } else if (open < 0 && trimmed.endsWith("}") && trimmed.indexOf('{') < 0) {
            String content = text.stripLeading();
            int at = lineStart + text.length() - content.length() + (content.startsWith("- ") ? 2 : 0);
            fixes.add(Fix.replace("insert the '{' that the line's '}' closes", at, at, "{ "));
        }
        return fixes;
    }

    /**
     * ":dest /opt" (or "- :name x") alone on the line above the error: a mapping's entry whose
     * colon slipped before its key; the parser, or the indentation check, only trips on the next line.
     */
    /** The line of the list item ("- ...", less indented) that a line belongs to, or -1. */
    private static int enclosingItem(SourceText source, int line) {
        int indent = indentOf(source, line);
        for (int l = line - 1; l >= 0 && l >= line - 40; l--) {
            String text = source.lineText(l);
            String content = text.stripLeading();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            int at = text.length() - content.length();
            if (at < indent && content.startsWith("- ")) {
                return l;
            }
            if (at < indent && !content.startsWith("- ")) {
                indent = at; // a key above: the item must be less indented than it
            }
        }
        return -1;
    }

    private static int indentOf(SourceText source, int line) {
        String text = source.lineText(line);
        return text.length() - text.stripLeading().length();
    }

    /** "api.example.com -" among list items: the item's dash slipped to the end of its line. */
    private static Optional<Fix> dashAfterItem(SourceText source, int errorAt) {
        int line = source.lineOf(errorAt);
        int from = source.lineStart(line);
        String text = source.lineText(line).stripTrailing();
        String content = text.stripLeading();
        int at = from + text.length() - content.length();
        if (errorAt != at || !content.endsWith(" -") || content.startsWith("-") || content.contains(": ")) {
            return Optional.empty();
        }
        String item = content.substring(0, content.length() - 2).stripTrailing();
        return Optional.of(Fix.replace("move the '-' before '" + abbreviate(item) + "'", at, at + content.length(), "- " + item));
    }

    static Optional<Fix> colonAbove(SourceText source, int errorAt) {
        int line = source.lineOf(errorAt);
        if (line == 0) {
            return Optional.empty();
        }
        int from = source.lineStart(line - 1);
        String above = source.lineText(line - 1).stripTrailing();
        String entry = above.stripLeading();
        int at = from + above.length() - entry.length();
        if (entry.startsWith("- ")) { // "- :name Start": a list item's first entry
            at += 2;
            entry = entry.substring(2);
        }
        if (!entry.startsWith(":") || entry.startsWith(": ") || entry.contains(" #")) {
            return Optional.empty();
        }
        return keyColonFix(entry, at);
    }

    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    /**
     * The 'key: value' a plain line was meant to be: ":dest /opt" has its colon before the key
     * (it goes after it), "copy" or "dest /opt" lacks it after its first word.
     */
    static Optional<Fix> keyColonFix(String text, int at) {
        boolean before = text.startsWith(":");
        String body = before ? text.substring(1) : text;
        int space = body.indexOf(' ');
        String key = space < 0 ? body : body.substring(0, space);
        if (!KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        if (before) {
            return Optional.of(Fix.replace("move ':' after '" + key + "'", at, at + text.length(), key + ":" + body.substring(key.length())));
        }
        return Optional.of(Fix.replace("insert ':' after '" + key + "'", at + key.length(), at + key.length(), ":"));
    }

    private static final java.util.regex.Pattern GLUED = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*:[^\\s/:].*");

    /**
     * A line that holds nothing but "key:value" (no space after the colon), on the line of an
     * error or the line before: YAML reads it as one string, and the error shows up after it.
     */
    private static LexToken gluedKey(SourceText source, List<LexToken> tokens, int errorAt) {
        int errorLine = source.lineOf(errorAt);
        for (int i = 0; i < tokens.size(); i++) {
            LexToken t = tokens.get(i);
            if (t.start() > errorAt) {
                break;
            }
            if (t.type() != PlaybookLexer.PLAIN || !GLUED.matcher(t.text()).matches()) {
                continue;
            }
            int line = source.lineOf(t.start());
            if (line != errorLine && line != errorLine - 1) {
                continue;
            }
            LexToken before = previousOnLine(tokens, i, source, line);
            LexToken after = i + 1 < tokens.size() ? nextVisible(tokens, i) : null;
            boolean alone = (before == null || before.type() == PlaybookLexer.DASH)
                    && (after == null || after.type() == PlaybookLexer.NEWLINE);
            if (alone) {
                return t;
            }
        }
        return null;
    }

    private static LexToken previousOnLine(List<LexToken> tokens, int i, SourceText source, int line) {
        for (int k = i - 1; k >= 0; k--) {
            LexToken p = tokens.get(k);
            if (source.lineOf(p.start()) != line || (p.type() == PlaybookLexer.NEWLINE && !p.hidden())) {
                return null;
            }
            if (!p.hidden() && p.end() > p.start()) {
                return p;
            }
        }
        return null;
    }

    private static LexToken nextVisible(List<LexToken> tokens, int i) {
        for (int k = i + 1; k < tokens.size(); k++) {
            LexToken n = tokens.get(k);
            if (!n.hidden()) {
                return n;
            }
        }
        return null;
    }

    private static List<String> describeExpected(TokenNames names, IntervalSet expected) {
        List<String> out = new ArrayList<>();
        for (String s : names.describeExpected(expected)) {
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean isScalar(int type) {
        return type == PlaybookLexer.PLAIN || type == PlaybookLexer.DQ || type == PlaybookLexer.SQ;
    }

    private static String describeFound(SyntaxIssue issue) {
        return switch (issue.foundType()) {
            case Token.EOF -> "end of input";
            case PlaybookLexer.NEWLINE -> "end of the line";
            case PlaybookLexer.INDENT -> "a more indented line";
            case PlaybookLexer.DEDENT -> "end of the block";
            case PlaybookLexer.DASH -> "'- '";
            default -> TokenNames.quote(issue.foundText());
        };
    }

    private static LexToken previousVisible(List<LexToken> tokens, int offset) {
        LexToken best = null;
        for (LexToken t : tokens) {
            if (t.start() >= offset) {
                break;
            }
            if (!t.hidden() && t.end() > t.start()) {
                best = t;
            }
        }
        return best;
    }

    // ------------------------------------------------------------------ repair hooks

    /**
     * Edits that may repair the document near {@code offset}: the line there (or the nearest
     * line with an indentation problem after it) re-indented to each column that the blocks
     * above it use, with and without its block; tabs replaced; an unquoted "{{" value quoted;
     * an unclosed bracket closed.
     */
    static List<Fix> rewritesNear(PlaybookLanguage language, String text, int offset) {
        ParseResult parsed = language.parse(text);
        SourceText source = parsed.source();
        Map<String, Fix> out = new LinkedHashMap<>();
        int line = source.lineOf(Math.max(0, Math.min(offset, text.length())));
        for (SyntaxIssue issue : parsed.issues()) {
            Diagnostic d = issue.diagnostic();
            int l = source.lineOf(d.start());
            if ((l == line || l == line + 1 || l == line - 1) && !d.fixes().isEmpty()) {
                for (Fix f : d.fixes()) {
                    out.putIfAbsent(f.title(), f);
                }
            }
        }
        // Re-indenting the line itself to each column in use above it.
        int ls = source.lineStart(line);
        int le = source.lineEnd(line);
        int ws = ls;
        int width = 0;
        while (ws < le && (text.charAt(ws) == ' ' || text.charAt(ws) == '\t')) {
            width += text.charAt(ws) == '\t' ? 2 : 1;
            ws++;
        }
        if (ws < le) {
            for (int col : columnsAbove(source, line)) {
                if (col != width) {
                    Fix block = reindent(source, ls, width, col, true);
                    out.putIfAbsent(block.title(), block);
                    Fix single = reindent(source, ls, width, col, false);
                    out.putIfAbsent(single.title(), single);
                }
            }
        }
        return List.copyOf(out.values());
    }

    /** The indentation columns of the lines with content above {@code line} that are still open there, deepest first. */
    private static List<Integer> columnsAbove(SourceText source, int line) {
        Set<Integer> cols = new LinkedHashSet<>();
        int limit = Integer.MAX_VALUE;
        String text = source.text();
        for (int l = line - 1; l >= 0 && limit > 0; l--) {
            int ls = source.lineStart(l);
            int le = source.lineEnd(l);
            int ws = ls;
            while (ws < le && text.charAt(ws) == ' ') {
                ws++;
            }
            if (ws == le || text.charAt(ws) == '#') {
                continue;
            }
            int col = ws - ls;
            if (col < limit) {
                if (l == line - 1) {
                    // a deeper block may start right under the previous line
                    int content = ws;
                    if (text.charAt(content) == '-' && content + 1 < le && text.charAt(content + 1) == ' ') {
                        int c = content + 1;
                        while (c < le && text.charAt(c) == ' ') {
                            c++;
                        }
                        cols.add(c - ls);
                    }
                    if (text.substring(ws, le).stripTrailing().endsWith(":")) {
                        cols.add(col + 2);
                    }
                }
                cols.add(col);
                limit = col;
            }
        }
        return new ArrayList<>(cols);
    }

    /** The play (a top-level "- " item at column 0) around {@code offset}, or null. */
    static int[] playAround(List<LexToken> tokens, int length, int offset) {
        List<Integer> starts = new ArrayList<>();
        int lineStart = 0;
        boolean atLineStart = true;
        for (LexToken t : tokens) {
            if (t.type() == PlaybookLexer.NEWLINE || t.type() == PlaybookLexer.FLOW_NEWLINE) {
                atLineStart = true;
                lineStart = t.end();
                continue;
            }
            if (t.type() == PlaybookLexer.INDENT || t.type() == PlaybookLexer.DEDENT || t.end() == t.start()) {
                continue;
            }
            if (t.hidden() && t.type() != PlaybookLexer.BAD_INDENT && t.type() != PlaybookLexer.TAB_INDENT) {
                continue;
            }
            if (atLineStart && t.start() == lineStart && t.type() != PlaybookLexer.BLOCK_TEXT) {
                if (t.type() == PlaybookLexer.DASH) {
                    starts.add(t.start());
                } else if (t.type() != PlaybookLexer.DOC_START && t.type() != PlaybookLexer.DOC_END) {
                    return null; // not a pure sequence of plays
                }
            }
            atLineStart = false;
        }
        if (starts.isEmpty() || offset < starts.get(0)) {
            return null;
        }
        int docEnd = length;
        for (LexToken t : tokens) {
            if (t.type() == PlaybookLexer.DOC_END && t.start() > starts.get(starts.size() - 1)) {
                docEnd = t.start();
                break;
            }
        }
        for (int i = starts.size() - 1; i >= 0; i--) {
            if (starts.get(i) <= offset) {
                int end = i + 1 < starts.size() ? starts.get(i + 1) : docEnd;
                return offset <= end ? new int[] {starts.get(i), end} : null;
            }
        }
        return null;
    }

    /** Lexes a Jinja expression (used by the checker). */
    static List<Token> jinjaTokens(String expression) {
        JinjaLexer lexer = new JinjaLexer(CharStreams.fromString(expression));
        lexer.removeErrorListeners();
        @SuppressWarnings("unchecked")
        List<Token> tokens = (List<Token>) lexer.getAllTokens();
        return tokens;
    }
}
