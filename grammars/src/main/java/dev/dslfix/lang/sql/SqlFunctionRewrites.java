package dev.dslfix.lang.sql;

import dev.dslfix.lang.Fix;
import dev.dslfix.lang.SourceText;
import dev.dslfix.lang.sql.SqlParser.FunctionCallContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;

/** Fixes for functions borrowed from other SQL dialects: the SQLite call that does the same. */
final class SqlFunctionRewrites {
    /** Same arguments, another name. */
    private static final Map<String, String> RENAMES = Map.ofEntries(
            Map.entry("len", "length"), Map.entry("nvl", "coalesce"), Map.entry("isnull", "ifnull"),
            Map.entry("lcase", "lower"), Map.entry("ucase", "upper"), Map.entry("rand", "random"),
            Map.entry("listagg", "group_concat"), Map.entry("array_agg", "json_group_array"),
            Map.entry("character_length", "length"), Map.entry("char_length", "length"), Map.entry("btrim", "trim"),
            Map.entry("to_date", "date"), Map.entry("str_to_date", "date"), Map.entry("ceiling_", "ceiling"));

    private SqlFunctionRewrites() {
    }

    static List<Fix> fixes(FunctionCallContext call, SourceText source) {
        String name = call.functionName().getText();
        String key = name.toLowerCase(Locale.ROOT);
        List<String> args = call.expr().stream().map(e -> text(source, e)).toList();
        List<Fix> out = new ArrayList<>();
        String renamed = RENAMES.get(key);
        if (renamed != null) {
            out.add(Fix.replace("replaced " + name + " with SQLite's " + renamed, start(source, call.functionName()),
                    end(source, call.functionName()), renamed));
            return out;
        }
        if (args.isEmpty() && List.of("now", "getdate", "sysdate", "current_timestamp", "getutcdate", "sysdatetime").contains(key)
                && call.filterClause() == null && call.overClause() == null) {
            // the standard keyword first: the same text as datetime('now'), and what NOW() means elsewhere
            out.add(Fix.replace("rewrote " + name + "() as CURRENT_TIMESTAMP", start(source, call), end(source, call), "CURRENT_TIMESTAMP"));
            out.add(Fix.replace("rewrote " + name + "() as datetime('now')", start(source, call), end(source, call), "datetime('now')"));
            return out;
        }
        String whole = switch (key) {
            case "curdate", "current_date" -> args.isEmpty() ? "date('now')" : null;
            // MySQL's DATE_FORMAT(date, format) is strftime(format, date); a format first is only renamed
            case "date_format" -> args.size() == 2 ? args.get(0).startsWith("'%") ? "strftime(" + args.get(0) + ", " + args.get(1) + ")"
                    : "strftime(" + args.get(1) + ", " + args.get(0) + ")" : null;
            case "charindex", "locate" -> args.size() == 2 ? "instr(" + args.get(1) + ", " + args.get(0) + ")" : null;
            case "datediff" -> args.size() == 2 ? "(julianday(" + args.get(0) + ") - julianday(" + args.get(1) + "))"
                    : args.size() == 3 && args.get(0).equalsIgnoreCase("day")
                    ? "(julianday(" + args.get(2) + ") - julianday(" + args.get(1) + "))" : null;
            case "left" -> args.size() == 2 ? "substr(" + args.get(0) + ", 1, " + args.get(1) + ")" : null;
            case "right" -> args.size() == 2 ? "substr(" + args.get(0) + ", -(" + args.get(1) + "))" : null;
            case "year" -> args.size() == 1 ? "CAST(strftime('%Y', " + args.get(0) + ") AS INTEGER)" : null;
            case "month" -> args.size() == 1 ? "CAST(strftime('%m', " + args.get(0) + ") AS INTEGER)" : null;
            case "day" -> args.size() == 1 ? "CAST(strftime('%d', " + args.get(0) + ") AS INTEGER)" : null;
            default -> null;
        };
        if (whole != null && call.filterClause() == null && call.overClause() == null) {
            out.add(Fix.replace("rewrote " + name + "(...) as " + whole, start(source, call), end(source, call), whole));
        }
        return out;
    }

    private static String text(SourceText source, ParserRuleContext ctx) {
        return source.text().substring(start(source, ctx), end(source, ctx));
    }

    private static int start(SourceText source, ParserRuleContext ctx) {
        return source.offsetOfCodePoint(ctx.start.getStartIndex());
    }

    private static int end(SourceText source, ParserRuleContext ctx) {
        return source.offsetOfCodePoint(ctx.stop.getStopIndex() + 1);
    }
}
