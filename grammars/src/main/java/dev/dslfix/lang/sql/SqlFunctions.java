package dev.dslfix.lang.sql;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The functions SQLite provides (core, aggregate, window, date, math and JSON), by lower-case name. */
final class SqlFunctions {
    private SqlFunctions() {
    }

    static final Set<String> SCALAR_AND_AGGREGATE = Set.of(
            // core
            "abs", "changes", "char", "coalesce", "concat", "concat_ws", "format", "glob", "hex", "ifnull", "iif",
            "if", "instr", "last_insert_rowid", "length", "like", "likelihood", "likely", "load_extension", "lower",
            "ltrim", "max", "min", "nullif", "octet_length", "printf", "quote", "random", "randomblob", "replace",
            "round", "rtrim", "sign", "soundex", "sqlite_compileoption_get", "sqlite_compileoption_used",
            "sqlite_offset", "sqlite_source_id", "sqlite_version", "substr", "substring", "total_changes", "trim",
            "typeof", "unhex", "unicode", "unistr", "unistr_quote", "unlikely", "upper", "zeroblob",
            // aggregate
            "avg", "count", "group_concat", "string_agg", "sum", "total", "median", "percentile",
            "percentile_cont", "percentile_disc",
            // window
            "row_number", "rank", "dense_rank", "percent_rank", "cume_dist", "ntile", "lag", "lead",
            "first_value", "last_value", "nth_value",
            // date and time
            "date", "time", "datetime", "julianday", "unixepoch", "strftime", "timediff",
            // math
            "acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "ceil", "ceiling", "cos", "cosh",
            "degrees", "exp", "floor", "ln", "log", "log10", "log2", "mod", "pi", "pow", "power", "radians",
            "sin", "sinh", "sqrt", "tan", "tanh", "trunc",
            // JSON
            "json", "jsonb", "json_array", "jsonb_array", "json_array_length", "json_error_position",
            "json_extract", "jsonb_extract", "json_insert", "jsonb_insert", "json_object", "jsonb_object",
            "json_patch", "jsonb_patch", "json_pretty", "json_remove", "jsonb_remove", "json_replace",
            "jsonb_replace", "json_set", "jsonb_set", "json_type", "json_valid", "json_quote",
            "json_group_array", "jsonb_group_array", "json_group_object", "jsonb_group_object",
            // full-text search auxiliaries
            "highlight", "snippet", "bm25", "matchinfo", "offsets");

    /** Table-valued functions with the columns they return; null columns mean "not known". */
    static final Map<String, List<String>> TABLE_FUNCTIONS = Map.of(
            "json_each", List.of("key", "value", "type", "atom", "id", "parent", "fullkey", "path", "json", "root"),
            "json_tree", List.of("key", "value", "type", "atom", "id", "parent", "fullkey", "path", "json", "root"),
            "generate_series", List.of("value", "start", "stop", "step"),
            "pragma_table_info", List.of("cid", "name", "type", "notnull", "dflt_value", "pk"),
            "pragma_table_xinfo", List.of("cid", "name", "type", "notnull", "dflt_value", "pk", "hidden"),
            "pragma_index_list", List.of("seq", "name", "unique", "origin", "partial"),
            "pragma_index_info", List.of("seqno", "cid", "name"),
            "pragma_foreign_key_list", List.of("id", "seq", "table", "from", "to", "on_update", "on_delete", "match"));

    static boolean isKnown(String name) {
        return SCALAR_AND_AGGREGATE.contains(SqlNames.key(name));
    }
}
