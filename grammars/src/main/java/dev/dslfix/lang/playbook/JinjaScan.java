package dev.dslfix.lang.playbook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * Variable names that Jinja expressions read, found with {@link JinjaLexer}: in templates
 * ({@code "{{ x }}"}, {@code "{% for a in b %}"}) and in bare expressions ({@code when: x > 1}).
 * A name is a variable unless it is an attribute ({@code a.b}), a filter ({@code | default}), a
 * test ({@code is defined}), a keyword argument ({@code f(x=1)}), a keyword, or defined by the
 * template itself ({@code for}, {@code set}). Names the expression guards itself with
 * {@code is defined}, {@code is undefined} or {@code | default} are collected separately.
 */
final class JinjaScan {
    /** A variable read at UTF-16 offsets [start, end) of the document. */
    record Use(String name, int start, int end) {
    }

    private static final Set<String> KEYWORDS = Set.of(
            "and", "or", "not", "in", "is", "if", "else", "elif", "endif", "true", "false", "none", "True", "False",
            "None", "for", "endfor", "set", "endset", "recursive", "with", "endwith", "without", "context", "import",
            "from", "as", "include", "block", "endblock", "macro", "endmacro", "filter", "endfilter", "call",
            "endcall", "do", "raw", "endraw", "ignore", "missing", "extends", "autoescape", "endautoescape",
            "continue", "break", "trans", "endtrans", "pluralize");

    final List<Use> uses = new ArrayList<>();
    final Set<String> guarded = new HashSet<>();
    /** Names a template defines for its own use (loop variables, set). */
    private final Set<String> locals = new HashSet<>();
    /** Whether the text had any "{{" or "{%" (for templates) . */
    boolean sawTemplate;

    /** Scans a template: the parts between {{ }} and {% %}; {# #} comments and raw blocks are skipped. */
    void template(String text, int base) {
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            if (open < 0 || open + 1 >= text.length()) {
                return;
            }
            char kind = text.charAt(open + 1);
            if (kind == '#') {
                int close = text.indexOf("#}", open + 2);
                i = close < 0 ? text.length() : close + 2;
                continue;
            }
            if (kind != '{' && kind != '%') {
                i = open + 1;
                continue;
            }
            sawTemplate = true;
            String closer = kind == '{' ? "}}" : "%}";
            int close = text.indexOf(closer, open + 2);
            int end = close < 0 ? text.length() : close;
            String inner = text.substring(open + 2, end);
            if (kind == '%' && inner.strip().replace("-", "").strip().equals("raw")) {
                int endraw = text.indexOf("endraw", end);
                i = endraw < 0 ? text.length() : endraw;
                continue;
            }
            expression(inner, base + open + 2, kind == '%');
            i = close < 0 ? text.length() : close + 2;
        }
    }

    /** Scans a bare expression (the value of when:, changed_when:, failed_when:, until:, that:, var:). */
    void expression(String text, int base) {
        expression(text, base, false);
    }

    private void expression(String text, int base, boolean statement) {
        List<Token> tokens;
        try {
            tokens = PlaybookIssues.jinjaTokens(text);
        } catch (RuntimeException e) {
            return;
        }
        boolean surrogates = text.chars().anyMatch(c -> Character.isSurrogate((char) c));
        int n = tokens.size();
        int from = 0;
        if (statement && n > 0 && tokens.get(0).getType() == JinjaLexer.NAME) {
            String head = tokens.get(0).getText();
            from = 1;
            if (head.equals("for")) {
                int k = 1;
                while (k < n && !(tokens.get(k).getType() == JinjaLexer.NAME && tokens.get(k).getText().equals("in"))) {
                    if (tokens.get(k).getType() == JinjaLexer.NAME) {
                        locals.add(tokens.get(k).getText());
                    }
                    k++;
                }
                locals.add("loop");
                from = k;
            } else if (head.equals("set") && n > 1 && tokens.get(1).getType() == JinjaLexer.NAME) {
                locals.add(tokens.get(1).getText());
                from = 2;
            } else if (head.equals("macro") && n > 1) {
                for (Token t : tokens) {
                    if (t.getType() == JinjaLexer.NAME) {
                        locals.add(t.getText());
                    }
                }
                return;
            }
        }
        List<Character> brackets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            int type = t.getType();
            if (type == JinjaLexer.LPAREN || type == JinjaLexer.LBRACK || type == JinjaLexer.LBRACE) {
                brackets.add(t.getText().charAt(0));
                continue;
            }
            if (type == JinjaLexer.RPAREN || type == JinjaLexer.RBRACK || type == JinjaLexer.RBRACE) {
                if (!brackets.isEmpty()) {
                    brackets.remove(brackets.size() - 1);
                }
                continue;
            }
            if (type != JinjaLexer.NAME || i < from) {
                continue;
            }
            String name = t.getText();
            Token prev = i > 0 ? tokens.get(i - 1) : null;
            if (prev != null && (prev.getType() == JinjaLexer.DOT || prev.getType() == JinjaLexer.PIPE)) {
                continue;
            }
            if (prev != null && prev.getType() == JinjaLexer.NAME && (prev.getText().equals("is")
                    || (prev.getText().equals("not") && i > 1 && tokens.get(i - 2).getText().equals("is")))) {
                continue;
            }
            if (KEYWORDS.contains(name) || locals.contains(name)) {
                continue;
            }
            Token next = i + 1 < n ? tokens.get(i + 1) : null;
            if (next != null && next.getType() == JinjaLexer.ASSIGN && !brackets.isEmpty() && brackets.get(brackets.size() - 1) == '(') {
                continue; // keyword argument
            }
            int j = skipChain(tokens, i + 1);
            if (j + 1 < n && tokens.get(j).getType() == JinjaLexer.PIPE && tokens.get(j + 1).getType() == JinjaLexer.NAME
                    && (tokens.get(j + 1).getText().equals("default") || tokens.get(j + 1).getText().equals("d"))) {
                guarded.add(name);
            }
            if (j + 1 < n && tokens.get(j).getType() == JinjaLexer.NAME && tokens.get(j).getText().equals("is")) {
                int k = j + 1;
                if (k < n && tokens.get(k).getText().equals("not")) {
                    k++;
                }
                if (k < n && (tokens.get(k).getText().equals("defined") || tokens.get(k).getText().equals("undefined"))) {
                    guarded.add(name);
                }
            }
            int start = t.getStartIndex();
            int stop = t.getStopIndex() + 1;
            if (surrogates) {
                start = text.offsetByCodePoints(0, start);
                stop = text.offsetByCodePoints(0, stop);
            }
            uses.add(new Use(name, base + start, base + stop));
        }
    }

    /** Past a name's attributes, subscripts and calls: {@code a.b['c'](d)}. */
    private static int skipChain(List<Token> tokens, int i) {
        int n = tokens.size();
        while (i < n) {
            int type = tokens.get(i).getType();
            if (type == JinjaLexer.DOT && i + 1 < n && tokens.get(i + 1).getType() == JinjaLexer.NAME) {
                i += 2;
            } else if (type == JinjaLexer.LBRACK || type == JinjaLexer.LPAREN) {
                int depth = 0;
                for (; i < n; i++) {
                    int tt = tokens.get(i).getType();
                    if (tt == JinjaLexer.LBRACK || tt == JinjaLexer.LPAREN) {
                        depth++;
                    } else if ((tt == JinjaLexer.RBRACK || tt == JinjaLexer.RPAREN) && --depth == 0) {
                        break;
                    }
                }
                i++;
            } else {
                break;
            }
        }
        return i;
    }
}
