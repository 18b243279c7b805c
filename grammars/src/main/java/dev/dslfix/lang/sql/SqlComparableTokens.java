package dev.dslfix.lang.sql;

import dev.dslfix.lang.LexToken;
import dev.dslfix.lang.ParseResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * SQL tokens as similarity compares them: keywords in upper case, names unquoted and folded to
 * lower case (a keyword used as a name, such as {@code key}, counts as a name), and table aliases replaced by their table (declarations dropped, qualifiers renamed),
 * so that {@code SELECT u.name FROM Users AS u} reads as {@code SELECT users.name FROM users}.
 * Tree walks are iterative: nesting depth costs heap, not call stack.
 */
final class SqlComparableTokens {
    /** Canonical text of keyword token types (the literal without quotes); null for other types. */
    private static final String[] KEYWORDS = keywords();

    private final String[] out;
    /** Alias key -> table key, for the statement being walked. */
    private final Map<String, String> aliases = new HashMap<>();
    /** Aliases that name different tables within one statement: left as written. */
    private final Set<String> ambiguous = new HashSet<>();

    private SqlComparableTokens(String[] out) {
        this.out = out;
    }

    static List<String> of(ParseResult parsed) {
        List<LexToken> tokens = parsed.tokens();
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = lexical(tokens.get(i));
        }
        if (parsed.tree() != null) {
            new SqlComparableTokens(out).statements(parsed.tree());
        }
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    /** What a token compares as without looking at the tree. */
    private static String lexical(LexToken t) {
        if (t.hidden()) {
            return null;
        }
        if (t.type() == SqlLexer.IDENTIFIER || t.type() == SqlLexer.QUOTED_IDENTIFIER) {
            return SqlNames.key(t.text());
        }
        if (t.type() >= 0 && t.type() < KEYWORDS.length && KEYWORDS[t.type()] != null) {
            return KEYWORDS[t.type()];
        }
        return t.text();
    }

    /** Aliases are scoped per statement; statements do not nest. */
    private void statements(ParserRuleContext root) {
        Deque<ParserRuleContext> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            ParserRuleContext node = stack.pop();
            if (node instanceof SqlParser.StatementContext statement) {
                statement(statement);
            } else {
                pushChildren(stack, node);
            }
        }
    }

    private void statement(SqlParser.StatementContext statement) {
        aliases.clear();
        ambiguous.clear();
        List<ParserRuleContext> uses = new ArrayList<>();
        Deque<ParserRuleContext> stack = new ArrayDeque<>();
        stack.push(statement);
        while (!stack.isEmpty()) {
            ParserRuleContext rule = stack.pop();
            if (rule instanceof SqlParser.NameContext name && name.nonReservedWord() != null) {
                // A keyword used as a name is a name: `key` and "key" are the same column.
                setKey(name.getStart());
            } else if (rule instanceof SqlParser.NamedTableContext t) {
                declare(t.tableName(), t.AS(), t.alias());
            } else if (rule instanceof SqlParser.UpdateStatementContext u) {
                declare(u.tableName(), u.AS(), u.alias());
            } else if (rule instanceof SqlParser.DeleteStatementContext d) {
                declare(d.tableName(), d.AS(), d.alias());
            } else if (rule instanceof SqlParser.ColumnReferenceContext c && c.qualifier() != null) {
                uses.add(c.qualifier());
            } else if (rule instanceof SqlParser.TableAllColumnsContext all) {
                uses.add(all.tableName());
            }
            pushChildren(stack, rule);
        }
        // After the walk: every declaration in the statement is known, wherever it stands.
        for (ParserRuleContext use : uses) {
            rename(use);
        }
    }

    private void declare(SqlParser.TableNameContext table, TerminalNode as,
                         SqlParser.AliasContext alias) {
        if (alias == null || table == null || table.name().isEmpty()) {
            return;
        }
        String aliasKey = SqlNames.key(alias.getText());
        String tableKey = SqlNames.key(table.name(table.name().size() - 1).getText());
        String earlier = aliases.putIfAbsent(aliasKey, tableKey);
        if (earlier != null && !earlier.equals(tableKey)) {
            ambiguous.add(aliasKey);
        }
        if (as != null) {
            clear(as.getSymbol(), as.getSymbol());
        }
        clear(alias.getStart(), alias.getStop());
    }

    /** A single-name qualifier (or `t.*`) that is an alias compares as its table. */
    private void rename(ParserRuleContext use) {
        if (use == null || use.getChildCount() != 1 || !(use.getChild(0) instanceof SqlParser.NameContext name)) {
            return;
        }
        int index = name.getStart().getTokenIndex();
        if (index < 0 || index >= out.length || out[index] == null) {
            return;
        }
        String table = aliases.get(out[index]);
        if (table != null && !ambiguous.contains(out[index])) {
            out[index] = table;
        }
    }

    private void setKey(Token token) {
        int index = token.getTokenIndex();
        if (index >= 0 && index < out.length && out[index] != null) {
            out[index] = SqlNames.key(token.getText());
        }
    }

    private void clear(Token start, Token stop) {
        if (start == null || stop == null) {
            return;
        }
        int from = Math.max(0, start.getTokenIndex());
        int to = Math.min(out.length - 1, stop.getTokenIndex());
        for (int i = from; i <= to; i++) {
            out[i] = null;
        }
    }

    private static void pushChildren(Deque<ParserRuleContext> stack, ParserRuleContext rule) {
        for (int i = rule.getChildCount() - 1; i >= 0; i--) {
            if (rule.getChild(i) instanceof ParserRuleContext child) {
                stack.push(child);
            }
        }
    }

    private static String[] keywords() {
        String[] out = new String[SqlLexer.VOCABULARY.getMaxTokenType() + 1];
        for (int type = 0; type < out.length; type++) {
            String literal = SqlLexer.VOCABULARY.getLiteralName(type);
            if (literal != null && literal.length() > 2 && alphabetic(literal.substring(1, literal.length() - 1))) {
                out[type] = literal.substring(1, literal.length() - 1);
            }
        }
        return out;
    }

    private static boolean alphabetic(String word) {
        if (!Character.isLetter(word.charAt(0))) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) && c != '_') {
                return false;
            }
        }
        return true;
    }
}
