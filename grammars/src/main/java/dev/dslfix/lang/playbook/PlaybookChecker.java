package dev.dslfix.lang.playbook;

import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Fix;
import dev.dslfix.lang.ParseResult;
import dev.dslfix.lang.Severity;
import dev.dslfix.lang.SourceText;
import dev.dslfix.lang.Suggestions;
import dev.dslfix.lang.SyntaxIssue;
import dev.dslfix.lang.TextEdit;
import dev.dslfix.lang.playbook.ModuleCatalog.Arg;
import dev.dslfix.lang.playbook.ModuleCatalog.ArgType;
import dev.dslfix.lang.playbook.ModuleCatalog.Module;
import dev.dslfix.lang.playbook.ModuleCatalog.Spec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Static checks of a playbook: play and task keywords, modules and their arguments (from
 * {@link ModuleCatalog}), value types, variables that nothing defines, handlers that nothing
 * defines, and the shape of the document (a list of plays, tasks as lists of mappings).
 *
 * <p>Variables: a play's {@code vars} and {@code vars_prompt}, block and task {@code vars},
 * loop variables, and — anywhere in the file — {@code register}, {@code set_fact} and
 * {@code include_vars name:} define names; facts ({@code ansible_*}) and magic variables are
 * always defined. Where a play also takes variables from elsewhere (vars_files, roles, included
 * files) a name it does not define is reported only when it looks like a typo of one it does,
 * as a warning; names guarded by {@code is defined} or {@code | default} are never reported.
 *
 * <p>Plays with syntax errors (parser errors, not lexical ones) are not checked: their trees
 * are guesses.
 */
final class PlaybookChecker {

    static final String UNKNOWN_MODULE = "unknown-module";
    static final String UNKNOWN_ARGUMENT = "unknown-argument";
    static final String MISSING_ARGUMENT = "missing-argument";
    static final String INVALID_CHOICE = "invalid-choice";
    static final String MUTUALLY_EXCLUSIVE = "mutually-exclusive";
    static final String TYPE_MISMATCH = "type-mismatch";
    static final String UNKNOWN_KEY = "unknown-key";
    static final String MISSING_KEY = "missing-key";
    static final String UNDEFINED_VARIABLE = "undefined-variable";
    static final String MISSING_MODULE = "missing-module";
    static final String MULTIPLE_MODULES = "multiple-modules";
    static final String UNKNOWN_HANDLER = "unknown-handler";
    static final String DUPLICATE_KEY = "duplicate-key";
    static final String JINJA_IN_CONDITION = "jinja-in-condition";
    static final String EMPTY_PLAYBOOK = "empty-playbook";

    // ------------------------------------------------------------------ keywords

    static final Set<String> PLAY_KEYS = Set.of("name", "hosts", "gather_facts", "gather_subset", "gather_timeout",
            "fact_path", "become", "become_user", "become_method", "become_flags", "become_exe", "vars", "vars_files",
            "vars_prompt", "tasks", "pre_tasks", "post_tasks", "handlers", "roles", "serial", "strategy",
            "max_fail_percentage", "any_errors_fatal", "ignore_errors", "ignore_unreachable", "connection",
            "remote_user", "port", "environment", "tags", "collections", "module_defaults", "order", "throttle",
            "run_once", "check_mode", "diff", "debugger", "force_handlers", "no_log", "timeout");
    /** Keys that only plays have: a mapping with one of them is a play. */
    private static final Set<String> PLAY_ONLY = Set.of("hosts", "tasks", "pre_tasks", "post_tasks", "handlers",
            "roles", "gather_facts", "vars_files", "vars_prompt", "serial", "strategy", "import_playbook",
            "ansible.builtin.import_playbook");
    private static final Set<String> IMPORT_PLAYBOOK_KEYS = Set.of("import_playbook", "ansible.builtin.import_playbook",
            "name", "vars", "when", "tags");
    static final Set<String> TASK_KEYS = Set.of("name", "action", "local_action", "args", "async", "poll", "become",
            "become_user", "become_method", "become_flags", "become_exe", "changed_when", "failed_when", "check_mode",
            "diff", "collections", "connection", "debugger", "delay", "delegate_to", "delegate_facts", "environment",
            "ignore_errors", "ignore_unreachable", "loop", "loop_control", "module_defaults", "no_log", "notify", "port",
            "register", "remote_user", "retries", "run_once", "tags", "throttle", "timeout", "until", "vars", "when",
            "any_errors_fatal", "listen");
    private static final Set<String> BLOCK_KEYS = Set.of("block", "rescue", "always", "name", "when", "become",
            "become_user", "become_method", "become_flags", "become_exe", "tags", "vars", "ignore_errors",
            "ignore_unreachable", "any_errors_fatal", "check_mode", "collections", "connection", "debugger",
            "delegate_to", "delegate_facts", "diff", "environment", "module_defaults", "no_log", "notify", "port",
            "remote_user", "run_once", "throttle", "timeout");
    private static final Set<String> LOOP_KEYS = Set.of("with_items", "with_dict", "with_fileglob", "with_together",
            "with_nested", "with_sequence", "with_subelements", "with_first_found", "with_indexed_items",
            "with_flattened", "with_list", "with_random_choice", "with_lines", "with_file", "with_template",
            "with_inventory_hostnames", "with_cartesian", "with_url", "with_env", "with_password", "with_k8s");
    private static final Set<String> LOOP_CONTROL_KEYS = Set.of("loop_var", "index_var", "label", "pause", "extended",
            "extended_allitems", "break_when");
    private static final Set<String> VARS_PROMPT_KEYS = Set.of("name", "prompt", "private", "default", "confirm",
            "encrypt", "salt_size", "salt", "unsafe");
    /** Keywords Ansible removed, with what replaces them. */
    private static final Map<String, String> REMOVED = Map.of("sudo", "become", "sudo_user", "become_user", "su", "become",
            "su_user", "become_user", "always_run", "check_mode", "include", "include_tasks");
    private static final Set<String> CONDITION_KEYS = Set.of("when", "changed_when", "failed_when", "until");
    private static final Set<String> TASK_LIST_KEYS = Set.of("tasks", "pre_tasks", "post_tasks", "handlers", "block",
            "rescue", "always");

    private enum KwType { BOOL, INT, STR, STR_OR_LIST, LIST, DICT, TASKS, CONDITION, LOOP, ANY }

    private static final Map<String, KwType> KEYWORD_TYPES = Map.ofEntries(
            Map.entry("become", KwType.BOOL), Map.entry("gather_facts", KwType.BOOL), Map.entry("ignore_errors", KwType.BOOL),
            Map.entry("ignore_unreachable", KwType.BOOL), Map.entry("no_log", KwType.BOOL), Map.entry("run_once", KwType.BOOL),
            Map.entry("check_mode", KwType.BOOL), Map.entry("diff", KwType.BOOL), Map.entry("any_errors_fatal", KwType.BOOL),
            Map.entry("force_handlers", KwType.BOOL), Map.entry("delegate_facts", KwType.BOOL),
            Map.entry("retries", KwType.INT), Map.entry("delay", KwType.INT), Map.entry("async", KwType.INT),
            Map.entry("poll", KwType.INT), Map.entry("throttle", KwType.INT), Map.entry("timeout", KwType.INT),
            Map.entry("port", KwType.INT), Map.entry("gather_timeout", KwType.INT),
            Map.entry("name", KwType.STR), Map.entry("become_user", KwType.STR), Map.entry("become_method", KwType.STR),
            Map.entry("delegate_to", KwType.STR), Map.entry("remote_user", KwType.STR), Map.entry("connection", KwType.STR),
            Map.entry("register", KwType.STR), Map.entry("strategy", KwType.STR), Map.entry("debugger", KwType.STR),
            Map.entry("order", KwType.STR), Map.entry("become_flags", KwType.STR), Map.entry("become_exe", KwType.STR),
            Map.entry("fact_path", KwType.STR),
            Map.entry("tags", KwType.STR_OR_LIST), Map.entry("notify", KwType.STR_OR_LIST), Map.entry("hosts", KwType.STR_OR_LIST),
            Map.entry("vars_files", KwType.STR_OR_LIST), Map.entry("listen", KwType.STR_OR_LIST),
            Map.entry("collections", KwType.STR_OR_LIST), Map.entry("gather_subset", KwType.STR_OR_LIST),
            Map.entry("roles", KwType.LIST), Map.entry("vars_prompt", KwType.LIST),
            Map.entry("environment", KwType.DICT), Map.entry("loop_control", KwType.DICT), Map.entry("args", KwType.DICT),
            Map.entry("module_defaults", KwType.ANY), Map.entry("vars", KwType.ANY),
            Map.entry("tasks", KwType.TASKS), Map.entry("pre_tasks", KwType.TASKS), Map.entry("post_tasks", KwType.TASKS),
            Map.entry("handlers", KwType.TASKS), Map.entry("block", KwType.TASKS), Map.entry("rescue", KwType.TASKS),
            Map.entry("always", KwType.TASKS),
            Map.entry("when", KwType.CONDITION), Map.entry("changed_when", KwType.CONDITION),
            Map.entry("failed_when", KwType.CONDITION), Map.entry("until", KwType.CONDITION),
            Map.entry("loop", KwType.LOOP));
    private static final Map<String, List<String>> KEYWORD_CHOICES = Map.of(
            "order", List.of("inventory", "reverse_inventory", "sorted", "reverse_sorted", "shuffle"),
            "debugger", List.of("always", "never", "on_failed", "on_unreachable", "on_skipped"));
    private static final List<String> META_ACTIONS = List.of("clear_facts", "clear_host_errors", "end_host", "end_play",
            "flush_handlers", "noop", "refresh_inventory", "reset_connection", "end_batch", "end_role");

    /** Variables Ansible always defines, and Jinja's global functions. */
    private static final Set<String> MAGIC = Set.of("hostvars", "groups", "group_names", "inventory_hostname",
            "inventory_hostname_short", "inventory_dir", "inventory_file", "play_hosts", "playbook_dir", "role_name",
            "role_names", "role_path", "omit", "environment", "lookup", "query", "q", "range", "dict", "lipsum",
            "cycler", "joiner", "namespace", "now", "undef", "vars", "zip");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern KEY_VALUE = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)=");
    private static final Pattern WHOLE_TEMPLATE = Pattern.compile("\\s*\\{\\{.*\\}\\}\\s*", Pattern.DOTALL);
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern NUMBER = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");

    /** What people write for a choice, and the words modules use. */
    private static final Map<String, List<String>> CHOICE_SYNONYMS = Map.ofEntries(
            Map.entry("install", List.of("present", "installed")), Map.entry("installed", List.of("present")),
            Map.entry("add", List.of("present")), Map.entry("added", List.of("present")), Map.entry("create", List.of("present", "touch")),
            Map.entry("created", List.of("present")), Map.entry("exists", List.of("present")), Map.entry("exist", List.of("present")),
            Map.entry("uninstall", List.of("absent", "removed")), Map.entry("uninstalled", List.of("absent", "removed")),
            Map.entry("remove", List.of("absent", "removed")), Map.entry("removed", List.of("absent")),
            Map.entry("delete", List.of("absent")), Map.entry("deleted", List.of("absent")), Map.entry("purge", List.of("absent")),
            Map.entry("purged", List.of("absent")), Map.entry("start", List.of("started")), Map.entry("run", List.of("started")),
            Map.entry("running", List.of("started")), Map.entry("up", List.of("started")), Map.entry("stop", List.of("stopped")),
            Map.entry("halt", List.of("stopped")), Map.entry("down", List.of("stopped")), Map.entry("restart", List.of("restarted")),
            Map.entry("reload", List.of("reloaded")), Map.entry("enable", List.of("enabled")), Map.entry("disable", List.of("disabled")),
            Map.entry("dir", List.of("directory")), Map.entry("folder", List.of("directory")), Map.entry("mkdir", List.of("directory")),
            Map.entry("symlink", List.of("link")), Map.entry("hardlink", List.of("hard")), Map.entry("update", List.of("latest")),
            Map.entry("upgrade", List.of("latest")), Map.entry("upgraded", List.of("latest")), Map.entry("newest", List.of("latest")),
            Map.entry("mount", List.of("mounted")), Map.entry("unmount", List.of("unmounted")), Map.entry("umount", List.of("unmounted")),
            Map.entry("post", List.of("POST")), Map.entry("get", List.of("GET")),
            // YAML reads 1 and 0 as numbers where a choice such as on/off is wanted
            Map.entry("1", List.of("on", "yes", "true", "enabled")), Map.entry("0", List.of("off", "no", "false", "disabled")));

    // ------------------------------------------------------------------ state

    private final ParseResult parsed;
    private final SourceText source;
    private final PlaybookSettings settings;
    private final Cancellation cancel;
    private final ModuleCatalog catalog = ModuleCatalog.get();
    private final List<Diagnostic> out = new ArrayList<>();
    /** Names defined anywhere in the file: register, set_fact, include_vars name. */
    private final Set<String> fileDefined = new LinkedHashSet<>();
    /** Keys reported as misplaced module arguments: not reported again as duplicates. */
    private final Set<Integer> explained = new HashSet<>();
    /** Whether the task being checked has module arguments at its own level. */
    private boolean misplaced;
    /** Arguments of the module being checked that an unknown argument looks like a typo of. */
    private final Set<String> typoFor = new HashSet<>();
    /** Where the file's content ends (trailing whitespace left out), and whether it stops mid-line. */
    private final int contentEnd;
    private final boolean cutMidLine;
    /** The innermost task that the end of a file cut mid-line falls in, or null. */
    private YNode cutTask;
    /** The task being checked (innermost), or null outside tasks. */
    private YNode currentTask;
    /** Variables whose value in 'vars' is a list: what a 'loop' with a non-list value may have meant. */
    private final Set<String> listVariables = new LinkedHashSet<>();

    PlaybookChecker(ParseResult parsed, PlaybookSettings settings, Cancellation cancel) {
        this.parsed = parsed;
        this.source = parsed.source();
        this.settings = settings;
        this.cancel = cancel;
        String text = source.text();
        this.contentEnd = text.stripTrailing().length();
        this.cutMidLine = !text.isEmpty() && !text.endsWith("\n");
    }

    /** The variables visible somewhere, chained to the enclosing scope. */
    private static final class Scope {
        final Scope parent;
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> guarded = new HashSet<>();
        /** Variables also come from where this checker cannot see (vars_files, roles, included files). */
        boolean open;
        /** A loop keyword makes 'item' (or the loop_var) defined. */
        boolean loop;

        Scope(Scope parent) {
            this.parent = parent;
            this.open = parent != null && parent.open;
        }

        boolean has(String name) {
            for (Scope s = this; s != null; s = s.parent) {
                if (s.names.contains(name) || s.guarded.contains(name)) {
                    return true;
                }
            }
            return false;
        }

        void collect(Collection<String> into) {
            for (Scope s = this; s != null; s = s.parent) {
                into.addAll(s.names);
            }
        }

        boolean inLoop() {
            for (Scope s = this; s != null; s = s.parent) {
                if (s.loop) {
                    return true;
                }
            }
            return false;
        }
    }

    /** What a play's tasks may notify. */
    private record Handlers(Set<String> names, boolean open) {
    }

    // ------------------------------------------------------------------ entry

    List<Diagnostic> check(PlaybookParser.PlaybookContext ctx) {
        YNode doc;
        try {
            doc = new YamlBuilder(parsed).build(ctx);
        } catch (RuntimeException e) {
            if (parsed.hasErrors()) {
                return List.of(); // a tree that recovery left in pieces
            }
            throw e;
        }
        if (doc == null || (doc.isSeq() && doc.items.stream().allMatch(YNode::isNull))) {
            if (parsed.hasErrors()) {
                return List.of();
            }
            // ansible-playbook stops with "Empty playbook, nothing to do".
            int at = doc == null ? 0 : doc.start;
            return List.of(Diagnostic.error(at, at, EMPTY_PLAYBOOK, "the playbook has no plays: add one, such as '- hosts: all' with its tasks"));
        }
        duplicateKeys(doc);
        collectDefinitions(doc);
        Scope file = new Scope(null);
        file.names.addAll(fileDefined);
        file.names.addAll(settings.variables());
        if (doc.isSeq()) {
            boolean plays = doc.items.stream().anyMatch(this::looksLikePlay);
            if (plays) {
                for (YNode item : doc.items) {
                    cancel.check();
                    checkPlay(item, file);
                }
            } else {
                // A list of tasks (a role's or an included tasks file): variables come from outside.
                file.open = true;
                checkTaskList("tasks", doc, file, new Handlers(Set.of(), true), false);
            }
        } else if (doc.isMap() && looksLikePlay(doc)) {
            out.add(new Diagnostic(doc.start, doc.entries.get(0).key().end, Severity.ERROR, TYPE_MISMATCH,
                    "a playbook is a list of plays: start the play with '- ' and indent its keys under it",
                    List.of(asListItem(doc))));
            checkPlay(doc, file);
        } else if (doc.isMap() || doc.isScalar()) {
            out.add(new Diagnostic(doc.start, Math.min(doc.end, source.lineEnd(source.lineOf(doc.start))), Severity.ERROR, TYPE_MISMATCH,
                    "a playbook is a list of plays (each starts with '- hosts: ...'); this document is " + doc.describe(), List.of()));
        }
        out.removeIf(d -> d.code().equals(DUPLICATE_KEY) && explained.contains(d.start()));
        offerDroppingTheCutTask();
        // A mapping merged in with '<<: *anchor' is checked wherever it is used: report it once.
        List<Diagnostic> unique = new ArrayList<>(new LinkedHashSet<>(out));
        out.clear();
        out.addAll(unique);
        return withoutBrokenPlays(doc);
    }

    /** Drops findings inside plays that have parser errors. */
    private List<Diagnostic> withoutBrokenPlays(YNode doc) {
        List<Integer> errors = new ArrayList<>();
        for (SyntaxIssue i : parsed.issues()) {
            if (i.kind() != SyntaxIssue.Kind.UNEXPECTED_CHARACTER && i.kind() != SyntaxIssue.Kind.UNTERMINATED) {
                errors.add(i.diagnostic().start());
            }
        }
        if (errors.isEmpty()) {
            return out;
        }
        if (!doc.isSeq()) {
            return List.of();
        }
        List<int[]> broken = new ArrayList<>();
        for (int k = 0; k < doc.items.size(); k++) {
            int s = doc.items.get(k).start;
            int e = k + 1 < doc.items.size() ? doc.items.get(k + 1).start : Integer.MAX_VALUE;
            for (int at : errors) {
                if (at >= s && at < e) {
                    broken.add(new int[] {s, e});
                    break;
                }
            }
        }
        int firstItem = doc.items.isEmpty() ? Integer.MAX_VALUE : doc.items.get(0).start;
        boolean beforeFirst = errors.stream().anyMatch(a -> a < firstItem);
        List<Diagnostic> kept = new ArrayList<>();
        for (Diagnostic d : out) {
            boolean inBroken = beforeFirst || broken.stream().anyMatch(r -> d.start() >= r[0] && d.start() < r[1]);
            if (!inBroken) {
                kept.add(d);
            }
        }
        return kept;
    }

    private boolean looksLikePlay(YNode n) {
        if (!n.isMap()) {
            return false;
        }
        for (YNode.Entry e : n.entries) {
            String k = e.key().value;
            if (PLAY_ONLY.contains(k)) {
                return true;
            }
            if (!TASK_KEYS.contains(k) && !isModule(k) && Suggestions.closest(k, PLAY_ONLY).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private Fix asListItem(YNode doc) {
        List<TextEdit> edits = new ArrayList<>();
        int first = source.lineOf(doc.start);
        int last = source.lineOf(Math.max(doc.start, doc.end - 1));
        edits.add(TextEdit.insert(source.lineStart(first), "- "));
        for (int l = first + 1; l <= last; l++) {
            if (source.lineEnd(l) > source.lineStart(l)) {
                edits.add(TextEdit.insert(source.lineStart(l), "  "));
            }
        }
        return new Fix("make the play an item of a list", edits);
    }

    // ------------------------------------------------------------------ definitions

    private void collectDefinitions(YNode node) {
        if (node.isSeq()) {
            node.items.forEach(this::collectDefinitions);
            return;
        }
        if (!node.isMap()) {
            return;
        }
        for (YNode.Entry e : node.entries) {
            String k = e.key().value;
            YNode v = e.value();
            if (k.equals("register") && v.isScalar()) {
                fileDefined.add(v.value.strip());
            } else if (isSetFact(k)) {
                if (v.isMap()) {
                    v.entries.forEach(x -> fileDefined.add(x.key().value));
                } else if (v.isScalar()) {
                    for (KeyValue kv : keyValues(v)) {
                        fileDefined.add(kv.key());
                    }
                }
            } else if (isModuleNamed(k, "include_vars") && v.isMap() && v.get("name") != null && v.get("name").isScalar()) {
                fileDefined.add(v.get("name").value);
            }
            if (v.isMap() || v.isSeq()) {
                collectDefinitions(v);
            }
        }
    }

    private boolean isSetFact(String key) {
        return key.equals("set_fact") || key.equals("ansible.builtin.set_fact") || key.equals("ansible.legacy.set_fact");
    }

    private boolean isModuleNamed(String key, String name) {
        Module m = catalog.resolve(key);
        return m != null && m.name().equals(name);
    }

    /** Whether a play takes variables or tasks from files this checker does not read. */
    private boolean usesOutsideFiles(YNode node) {
        if (node.isSeq()) {
            return node.items.stream().anyMatch(this::usesOutsideFiles);
        }
        if (!node.isMap()) {
            return false;
        }
        for (YNode.Entry e : node.entries) {
            String k = e.key().value;
            Module m = catalog.resolve(k);
            if (m != null && Set.of("include_vars", "include_role", "import_role", "include_tasks", "import_tasks").contains(m.name())) {
                return true;
            }
            if ((e.value().isMap() || e.value().isSeq()) && usesOutsideFiles(e.value())) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ plays

    private void checkPlay(YNode play, Scope file) {
        if (!play.isMap()) {
            if (!play.isNull()) {
                out.add(Diagnostic.error(play.start, play.end, TYPE_MISMATCH,
                        "a play must be a mapping of play keywords (hosts, tasks, ...); this is " + play.describe()));
            }
            return;
        }
        if (play.entries.isEmpty()) {
            return;
        }
        if (play.has("import_playbook") || play.has("ansible.builtin.import_playbook")) {
            for (YNode.Entry e : play.entries) {
                if (!IMPORT_PLAYBOOK_KEYS.contains(e.key().value)) {
                    unknownKeyword(e.key(), IMPORT_PLAYBOOK_KEYS, "import_playbook");
                }
            }
            Scope scope = new Scope(file);
            scope.open = true;
            scanValues(play, scope, Set.of());
            return;
        }
        Scope scope = new Scope(file);
        YNode vars = play.get("vars");
        defineVars(vars, scope);
        YNode prompts = play.get("vars_prompt");
        if (prompts != null && prompts.isSeq()) {
            for (YNode p : prompts.items) {
                if (p.isMap()) {
                    YNode name = p.get("name");
                    if (name != null && name.isScalar()) {
                        scope.names.add(name.value);
                    }
                    for (YNode.Entry e : p.entries) {
                        if (!VARS_PROMPT_KEYS.contains(e.key().value)) {
                            unknownKeyword(e.key(), VARS_PROMPT_KEYS, "vars_prompt");
                        }
                    }
                }
            }
        }
        YNode roles = play.get("roles");
        scope.open = play.has("vars_files") || (roles != null && !roles.isNull()) || usesOutsideFiles(play);
        for (YNode.Entry e : play.entries) {
            String k = e.key().value;
            if (PLAY_KEYS.contains(k)) {
                keywordType(e);
            } else {
                unknownPlayKey(e, play);
            }
        }
        if (!play.has("hosts")) {
            YNode.Entry first = play.entries.get(0);
            out.add(new Diagnostic(first.key().start, first.key().end, Severity.ERROR, MISSING_KEY,
                    "this play has no 'hosts': add 'hosts: all' or the group it runs on", List.of()));
        }
        Handlers handlers = handlers(play.get("handlers"), roles != null && !roles.isNull());
        for (String k : List.of("pre_tasks", "tasks", "post_tasks", "handlers")) {
            YNode list = play.get(k);
            if (list != null) {
                checkTaskList(k, list, scope, handlers, k.equals("handlers"));
            }
        }
        if (roles != null && roles.isSeq()) {
            for (YNode r : roles.items) {
                if (r.isMap() && !r.has("role") && !r.has("name")) {
                    out.add(Diagnostic.error(r.start, r.end, MISSING_KEY, "this role entry has no 'role:' naming the role"));
                }
            }
        }
        scanValues(play, scope, TASK_LIST_KEYS);
    }

    private void unknownPlayKey(YNode.Entry entry, YNode play) {
        YNode key = entry.key();
        String k = key.value;
        if (REMOVED.containsKey(k)) {
            removed(key);
            return;
        }
        if (isModule(k)) {
            out.add(Diagnostic.error(key.start, key.end, UNKNOWN_KEY, "'" + k + "' is a module, not a play keyword: "
                    + "tasks go in a list under 'tasks:' (- name: ... " + k + ": ...)"));
            return;
        }
        if (TASK_KEYS.contains(k) || LOOP_KEYS.contains(k) || k.equals("block")) {
            Optional<String> close = Suggestions.closest(k, PLAY_KEYS);
            out.add(Diagnostic.error(key.start, key.end, UNKNOWN_KEY, "'" + k + "' is a task keyword and cannot be used on a play"
                    + close.map(c -> "; did you mean '" + c + "'?").orElse("")));
            return;
        }
        List<String> fitting = fittingPlayKeys(entry.value());
        if (suggest(k, PLAY_KEYS).isPresent()) {
            // Look-alikes at the same distance ("taks": tags, tasks): those of the value's shape first.
            Optional<String> sameLetters = PLAY_KEYS.stream().filter(c -> c.equalsIgnoreCase(k)).findFirst();
            List<String> close = new ArrayList<>(sameLetters.map(List::of).orElseGet(() -> nearest(k, PLAY_KEYS)));
            close.sort(Comparator.comparingInt(c -> fitting.contains(c) ? fitting.indexOf(c) : fitting.size()));
            out.add(new Diagnostic(key.start, key.end, Severity.ERROR, UNKNOWN_KEY,
                    "unknown play keyword '" + k + "'; did you mean '" + close.get(0) + "'?",
                    close.stream().map(c -> replaceScalar(key, c)).toList()));
            return;
        }
        // An invented keyword ("steps:", "env:", "title:"): offer the keywords the play lacks whose
        // values have this value's shape; the repair verifies each.
        List<String> foreign = ForeignKeywords.play(k).stream().filter(c -> !play.has(c)).toList();
        Set<String> offered = new LinkedHashSet<>(foreign);
        offered.addAll(fitting);
        List<Fix> fixes = offered.stream().filter(c -> !play.has(c)).limit(3).map(c -> replaceScalar(key, c)).toList();
        out.add(new Diagnostic(key.start, key.end, Severity.ERROR, UNKNOWN_KEY, "unknown play keyword '" + k + "'"
                + (foreign.isEmpty() ? "" : "; in Ansible this is '" + foreign.get(0) + "'"), fixes));
    }

    /** Play keywords whose values look like this one, most common first. */
    private static List<String> fittingPlayKeys(YNode value) {
        if (value.isSeq()) {
            boolean mappings = !value.items.isEmpty() && value.items.stream().allMatch(YNode::isMap);
            return mappings ? List.of("tasks", "handlers", "pre_tasks", "post_tasks", "roles") : List.of("roles");
        }
        if (value.isMap()) {
            return List.of("vars", "environment");
        }
        return value.isScalar() ? List.of("name", "hosts") : List.of();
    }

    private void unknownKeyword(YNode key, Collection<String> known, String what) {
        unknownKeyword(key, known, what, null);
    }

    /**
     * @param mapping the mapping the key is in: for an invented key (nothing resembles it), a
     *                missing 'name' is offered, the keyword every task and play should have
     */
    private void unknownKeyword(YNode key, Collection<String> known, String what, YNode mapping) {
        String k = key.value;
        Optional<String> close = suggest(k, known);
        String message = "unknown " + what + " keyword '" + k + "'" + close.map(c -> "; did you mean '" + c + "'?").orElse("");
        Optional<String> instead = close.isPresent() || mapping == null || mapping.get("name") != null || !known.contains("name")
                ? close : Optional.of("name");
        out.add(new Diagnostic(key.start, key.end, Severity.ERROR, UNKNOWN_KEY, message,
                instead.map(c -> List.of(replaceScalar(key, c))).orElse(List.of())));
    }

    /**
     * An unknown task keyword: a look-alike if there is one; else what other tools' word for it
     * means in Ansible ("if" is 'when'), 'notify' when the value names a handler of the play, and
     * 'name' when the task has none.
     */
    private void unknownTaskKey(YNode.Entry entry, Set<String> known, YNode task, Handlers handlers) {
        YNode key = entry.key();
        String k = key.value;
        boolean notifies = namesHandlers(entry.value(), handlers) && !task.has("notify");
        Optional<String> close = suggest(k, known);
        if (close.isPresent() && !notifies) {
            unknownKeyword(key, known, "task", task);
            return;
        }
        List<String> foreign = ForeignKeywords.task(k).stream().filter(known::contains).toList();
        Set<String> offered = new LinkedHashSet<>();
        if (notifies) {
            offered.add("notify");
        }
        close.ifPresent(offered::add);
        offered.addAll(foreign);
        offered.add("name");
        offered.removeIf(task::has);
        String message = "unknown task keyword '" + k + "'" + (foreign.isEmpty() ? "" : "; in Ansible this is '" + foreign.get(0) + "'")
                + (notifies ? "; its value names a handler: did you mean 'notify'?" : "");
        out.add(new Diagnostic(key.start, key.end, Severity.ERROR, UNKNOWN_KEY, message,
                offered.stream().limit(3).map(c -> replaceScalar(key, c)).toList()));
    }

    /** Whether a value is the name of a handler of the play, or a list of such names. */
    private static boolean namesHandlers(YNode value, Handlers handlers) {
        List<YNode> names = value.isSeq() ? value.items : List.of(value);
        return !names.isEmpty() && names.stream().allMatch(n -> n.isScalar() && handlers.names().contains(n.value));
    }

    private void removed(YNode key) {
        String k = key.value;
        String instead = REMOVED.get(k);
        String message = k.equals("include")
                ? "'include' was removed in ansible-core 2.16: use 'include_tasks' (dynamic) or 'import_tasks' (static)"
                : "'" + k + "' was removed from Ansible: use '" + instead + "'";
        out.add(new Diagnostic(key.start, key.end, Severity.ERROR, k.equals("include") ? UNKNOWN_MODULE : UNKNOWN_KEY, message,
                List.of(replaceScalar(key, instead))));
    }

    private void defineVars(YNode vars, Scope scope) {
        if (vars == null) {
            return;
        }
        if (vars.isMap()) {
            vars.entries.forEach(e -> scope.names.add(e.key().value));
            vars.entries.stream().filter(e -> e.value().isSeq()).forEach(e -> listVariables.add(e.key().value));
        } else if (vars.isSeq()) {
            for (YNode item : vars.items) {
                if (item.isMap()) {
                    item.entries.forEach(e -> scope.names.add(e.key().value));
                }
            }
        } else if (vars.isScalar() && vars.templated()) {
            scope.open = true;
        }
    }

    private Handlers handlers(YNode list, boolean roles) {
        Set<String> names = new LinkedHashSet<>();
        boolean open = roles;
        if (list != null && list.isSeq()) {
            for (YNode h : list.items) {
                if (!h.isMap()) {
                    continue;
                }
                YNode name = h.get("name");
                if (name != null && name.isScalar()) {
                    names.add(name.value);
                }
                YNode listen = h.get("listen");
                if (listen != null && listen.isScalar()) {
                    names.add(listen.value);
                } else if (listen != null && listen.isSeq()) {
                    listen.items.stream().filter(YNode::isScalar).forEach(x -> names.add(x.value));
                }
                if (usesOutsideFiles(h) || h.has("block")) {
                    open = true;
                    collectHandlerNames(h, names);
                }
            }
        }
        return new Handlers(names, open);
    }

    private void collectHandlerNames(YNode block, Set<String> names) {
        for (String part : List.of("block", "rescue", "always")) {
            YNode list = block.get(part);
            if (list != null && list.isSeq()) {
                for (YNode h : list.items) {
                    if (h.isMap() && h.get("name") != null && h.get("name").isScalar()) {
                        names.add(h.get("name").value);
                    }
                    if (h.isMap() && h.has("block")) {
                        collectHandlerNames(h, names);
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ tasks

    private void checkTaskList(String key, YNode list, Scope scope, Handlers handlers, boolean handlerList) {
        if (list.isNull()) {
            return;
        }
        if (!list.isSeq()) {
            String message = list.isMap()
                    ? "'" + key + "' must be a list of tasks: start each task with '- '"
                    : "'" + key + "' must be a list of tasks; got " + list.describe();
            out.add(Diagnostic.error(list.start, Math.min(list.end, source.lineEnd(source.lineOf(list.start))), TYPE_MISMATCH, message));
            return;
        }
        for (YNode task : list.items) {
            cancel.check();
            if (task.isMap()) {
                checkTask(task, scope, handlers, handlerList);
            } else if (!task.isNull()) {
                // "- :name Install": a line that was meant to be the task's first 'key: value'
                List<Fix> fixes = task.isScalar() && task.style == YNode.Style.PLAIN && source.lineOf(task.start) == source.lineOf(task.end)
                        ? PlaybookIssues.keyColonFix(source.text().substring(task.start, task.end), task.start).stream().toList()
                        : List.of();
                out.add(new Diagnostic(task.start, task.end, Severity.ERROR, TYPE_MISMATCH,
                        "a task must be a mapping ('- name: ...' with a module on the next line); this is " + task.describe(), fixes));
            }
        }
    }

    private void checkTask(YNode task, Scope parent, Handlers handlers, boolean handler) {
        YNode outer = currentTask;
        currentTask = task;
        try {
            checkTaskEntries(task, parent, handlers, handler);
        } finally {
            currentTask = outer;
        }
    }

    /**
     * When the file ends inside this task, as an LLM's output cut short does: a fix that deletes
     * the unfinished task, since what it was going to say cannot be known.
     *
     * @param cut whether the task looks cut short (no module, a module with nothing under it, or
     *            a file that stops mid-line); a complete-looking task that only lacks an argument
     *            is not offered for deletion
     */
    private List<Fix> unfinished(YNode task, boolean cut) {
        if (task == null || !(cut || cutMidLine) || task.end < contentEnd) {
            return List.of(); // not cut short, or the file goes on after the task
        }
        int from = source.lineStart(source.lineOf(task.start));
        return List.of(Fix.replace("delete the unfinished task at the end of the file", from, source.text().length(), ""));
    }

    /**
     * A file that stops mid-line was cut short: every error inside its last task (a required
     * argument with no value, an 'item' whose loop was cut off) can also be repaired by dropping
     * that task.
     */
    private void offerDroppingTheCutTask() {
        if (cutTask == null) {
            return;
        }
        List<Fix> drop = unfinished(cutTask, false);
        int from = source.lineStart(source.lineOf(cutTask.start));
        out.replaceAll(d -> !d.isError() || d.start() < from || d.fixes().stream().anyMatch(drop::contains) ? d
                : d.withFixes(java.util.stream.Stream.concat(d.fixes().stream(), drop.stream()).toList()));
    }

    private void checkTaskEntries(YNode task, Scope parent, Handlers handlers, boolean handler) {
        if (!unfinished(task, false).isEmpty()) {
            cutTask = task; // the innermost task that reaches the end of a file cut mid-line
        }
        if (task.entries.isEmpty()) {
            return; // only what error recovery left of a mapping
        }
        Scope scope = new Scope(parent);
        defineVars(task.get("vars"), scope);
        boolean loop = task.has("loop") || task.entries.stream().anyMatch(e -> e.key().value.startsWith("with_"));
        if (loop) {
            scope.loop = true;
            YNode control = task.get("loop_control");
            String loopVar = "item";
            if (control != null && control.isMap()) {
                YNode lv = control.get("loop_var");
                if (lv != null && lv.isScalar()) {
                    loopVar = lv.value;
                }
                YNode iv = control.get("index_var");
                if (iv != null && iv.isScalar()) {
                    scope.names.add(iv.value);
                }
            }
            scope.names.add(loopVar);
        }
        guards(task, scope);

        if (task.has("block")) {
            checkBlock(task, scope, handlers, handler);
            return;
        }
        List<YNode.Entry> modules = new ArrayList<>();
        List<YNode.Entry> unknown = new ArrayList<>();
        for (YNode.Entry e : task.entries) {
            String k = e.key().value;
            if (TASK_KEYS.contains(k) && !(k.equals("listen") && !handler) || LOOP_KEYS.contains(k)
                    || (k.startsWith("with_") && Suggestions.closest(k, LOOP_KEYS).isEmpty())) {
                if (k.equals("action") || k.equals("local_action")) {
                    modules.add(e);
                }
                continue;
            }
            if (k.equals("rescue") || k.equals("always")) {
                out.add(Diagnostic.error(e.key().start, e.key().end, UNKNOWN_KEY, "'" + k + "' belongs to a 'block:'; this task has no block"));
                continue;
            }
            if (isModule(k)) {
                modules.add(e);
            } else {
                unknown.add(e);
            }
        }
        Module module = null;
        YNode.Entry moduleEntry = null;
        misplaced = false;
        if (modules.size() > 1) {
            YNode.Entry second = modules.get(1);
            out.add(Diagnostic.error(second.key().start, second.key().end, MULTIPLE_MODULES,
                    "this task has two modules, '" + modules.get(0).key().value + "' and '" + second.key().value
                            + "': a task runs one module; split it into two tasks"));
        }
        if (!modules.isEmpty()) {
            moduleEntry = modules.get(0);
            module = catalog.resolve(moduleEntry.key().value);
        }
        boolean moduleReported = false;
        for (YNode.Entry e : unknown) {
            String k = e.key().value;
            if (REMOVED.containsKey(k)) {
                removed(e.key());
                moduleReported |= k.equals("include");
                continue;
            }
            Optional<String> keyword = suggest(k, handler ? TASK_KEYS : without(TASK_KEYS, "listen"));
            if (keyword.isEmpty()) {
                keyword = suggest(k, LOOP_KEYS);
            }
            if (moduleEntry == null && !moduleReported && (keyword.isEmpty() || moduleSuggestion(k).isPresent())) {
                unknownModule(e.key());
                moduleReported = true;
                continue;
            }
            if (module != null && module.spec() != null && module.spec().byName.containsKey(k)) {
                misplacedArgument(e, moduleEntry);
                continue;
            }
            Optional<String> mod = moduleEntry == null ? Optional.empty() : moduleSuggestion(k);
            if (keyword.isEmpty() && mod.isPresent()) {
                out.add(new Diagnostic(e.key().start, e.key().end, Severity.ERROR, UNKNOWN_KEY,
                        "unknown task keyword '" + k + "' (it looks like the module '" + mod.get() + "', and this task already runs '"
                                + moduleEntry.key().value + "')", List.of()));
                continue;
            }
            Set<String> known = new HashSet<>(handler ? TASK_KEYS : without(TASK_KEYS, "listen"));
            known.addAll(LOOP_KEYS);
            unknownTaskKey(e, known, task, handlers);
        }
        if (modules.isEmpty() && !moduleReported) {
            YNode.Entry first = task.entries.get(0);
            YNode name = task.get("name");
            out.add(new Diagnostic(first.key().start, first.key().end, Severity.ERROR, MISSING_MODULE,
                    "this task" + (name != null && name.isScalar() ? " ('" + name.value + "')" : "")
                            + " has no module to run: add one, such as 'ansible.builtin.command: ...'", unfinished(task, true)));
        }
        if (moduleEntry != null && moduleEntry.value().isNull() && module != null && module.spec() != null) {
            // "apt:" with nothing under it, then "name: nginx" at the task's level: a second 'name'
            Set<String> seen = new HashSet<>();
            boolean after = false;
            for (YNode.Entry e : task.entries) {
                String k = e.key().value;
                boolean duplicate = !seen.add(k);
                if (e == moduleEntry) {
                    after = true;
                } else if (after && duplicate && module.spec().byName.containsKey(k)) {
                    misplacedArgument(e, moduleEntry);
                }
            }
        }
        for (YNode.Entry e : task.entries) {
            if (TASK_KEYS.contains(e.key().value)) {
                keywordType(e);
            }
        }
        if (task.has("loop")) {
            for (YNode.Entry e : task.entries) {
                if (e.key().value.startsWith("with_")) {
                    out.add(Diagnostic.error(e.key().start, e.key().end, MUTUALLY_EXCLUSIVE,
                            "'loop' and '" + e.key().value + "' cannot be used together in one task; keep 'loop'"));
                }
            }
        }
        YNode control = task.get("loop_control");
        if (control != null && control.isMap()) {
            for (YNode.Entry e : control.entries) {
                if (!LOOP_CONTROL_KEYS.contains(e.key().value)) {
                    unknownKeyword(e.key(), LOOP_CONTROL_KEYS, "loop_control");
                }
            }
        }
        YNode register = task.get("register");
        if (register != null && register.isScalar() && !register.templated() && !IDENTIFIER.matcher(register.value).matches()) {
            out.add(Diagnostic.error(register.start, register.end, TYPE_MISMATCH,
                    "'" + register.value + "' is not a valid variable name for 'register': use letters, digits and '_'"));
        }
        if (moduleEntry != null && module != null) {
            checkModule(moduleEntry, module, task.get("args"), scope);
        }
        notify(task.get("notify"), handlers);
        conditions(task);
        Set<String> skip = new HashSet<>(Set.of("register", "tags", "notify", "listen", "loop_control"));
        scanTask(task, moduleEntry, module, scope, skip);
    }

    private static Set<String> without(Set<String> set, String drop) {
        Set<String> s = new HashSet<>(set);
        s.remove(drop);
        return s;
    }

    private void checkBlock(YNode block, Scope scope, Handlers handlers, boolean handler) {
        for (YNode.Entry e : block.entries) {
            String k = e.key().value;
            if (BLOCK_KEYS.contains(k)) {
                keywordType(e);
                continue;
            }
            if (isModule(k)) {
                out.add(Diagnostic.error(e.key().start, e.key().end, UNKNOWN_KEY,
                        "a block cannot run a module: move '" + k + "' into a task inside the block"));
            } else if (REMOVED.containsKey(k)) {
                removed(e.key());
            } else {
                unknownKeyword(e.key(), BLOCK_KEYS, "block");
            }
        }
        notify(block.get("notify"), handlers);
        conditions(block);
        for (String part : List.of("block", "rescue", "always")) {
            YNode list = block.get(part);
            if (list != null) {
                checkTaskList(part, list, scope, handlers, handler);
            }
        }
        Set<String> skip = new HashSet<>(TASK_LIST_KEYS);
        skip.addAll(Set.of("register", "tags", "notify", "listen"));
        scanValues(block, scope, skip);
    }

    private void misplacedArgument(YNode.Entry e, YNode.Entry moduleEntry) {
        String k = e.key().value;
        String mod = moduleEntry.key().value;
        List<Fix> fixes = new ArrayList<>();
        YNode args = moduleEntry.value();
        int keyCol = source.columnOf(e.key().start);
        int line = source.lineOf(e.key().start);
        boolean ownLine = source.lineStart(line) + keyCol == e.key().start
                && source.text().substring(source.lineStart(line), e.key().start).isBlank()
                && source.lineOf(Math.max(e.key().start, e.value().end - 1)) == line;
        if (ownLine && (args.isNull() || (args.isMap() && source.lineOf(args.start) > source.lineOf(moduleEntry.key().start)))) {
            int target = args.isMap() ? source.columnOf(args.start) : source.columnOf(moduleEntry.key().start) + 2;
            fixes.add(Fix.replace("indent '" + k + "' under '" + mod + ":'", source.lineStart(line), e.key().start, " ".repeat(target)));
        }
        out.add(new Diagnostic(e.key().start, e.key().end, Severity.ERROR, UNKNOWN_KEY,
                "'" + k + "' is an argument of '" + mod + "', not a task keyword: indent it under '" + mod + ":'", fixes));
        explained.add(e.key().start);
        misplaced = true;
    }

    private Optional<String> moduleSuggestion(String key) {
        List<String> names = new ArrayList<>(catalog.shortNames());
        names.addAll(settings.modules());
        return Suggestions.closest(key, names);
    }

    private boolean isModule(String key) {
        if (catalog.resolve(key) != null || settings.modules().contains(key)) {
            return true;
        }
        int dots = (int) key.chars().filter(c -> c == '.').count();
        if (dots >= 2 && IDENTIFIER.matcher(key.replace(".", "_")).matches()) {
            String collection = key.substring(0, key.indexOf('.', key.indexOf('.') + 1));
            if (catalog.closedCollection(collection)) {
                return false;
            }
            String shortName = key.substring(collection.length() + 1);
            // An unlisted module of a listed collection counts, unless it is a typo of a listed one.
            return !catalog.collections().contains(collection) || Suggestions.closest(shortName, catalog.namesIn(collection)).isEmpty();
        }
        return false;
    }

    private void unknownModule(YNode key) {
        String k = key.value;
        int dots = (int) k.chars().filter(c -> c == '.').count();
        List<String> fixes;
        String message;
        if (dots >= 2) {
            String collection = k.substring(0, k.indexOf('.', k.indexOf('.') + 1));
            String shortName = k.substring(collection.length() + 1);
            String home = catalog.closedCollection(collection) ? "ansible.builtin" : collection;
            fixes = nearest(shortName, catalog.namesIn(home)).stream().map(c -> collection + "." + c).toList();
            message = "unknown module '" + k + "': " + collection + " has no module '" + shortName + "'";
        } else {
            List<String> names = new ArrayList<>(catalog.shortNames());
            names.addAll(settings.modules());
            fixes = nearest(k, names);
            message = "unknown module '" + k + "': it is neither an Ansible module nor a task keyword";
        }
        if (!fixes.isEmpty()) {
            message += "; did you mean " + String.join(" or ", quoteEach(fixes)) + "?";
        }
        out.add(new Diagnostic(key.start, key.end, Severity.ERROR, UNKNOWN_MODULE, message,
                fixes.stream().map(f -> replaceScalar(key, f)).toList()));
    }

    /** The candidates closest to a name (all of those at the smallest distance, at most three). */
    private static List<String> nearest(String name, Collection<String> candidates) {
        List<String> all = Suggestions.closestAll(name, candidates, 8);
        if (all.isEmpty()) {
            return all;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        int best = Suggestions.distance(lower, all.get(0).toLowerCase(Locale.ROOT), 3);
        return all.stream().filter(c -> Suggestions.distance(lower, c.toLowerCase(Locale.ROOT), 3) == best).limit(3).toList();
    }

    // ------------------------------------------------------------------ module arguments

    /** One argument as given: under the module as a mapping entry, or as key=value in a string. */
    private record Given(String written, int keyStart, int keyEnd, YNode value, String text, int valueStart, int valueEnd) {
        boolean isNull() {
            return value != null ? value.isNull() : text.isEmpty();
        }
    }

    private record KeyValue(String key, int keyStart, String value, int valueStart, int valueEnd) {
    }

    private void checkModule(YNode.Entry entry, Module module, YNode argsKeyword, Scope scope) {
        Spec spec = module.spec();
        String display = entry.key().value;
        YNode v = entry.value();
        if (spec == null || v.kind == YNode.Kind.ALIAS) {
            return;
        }
        Map<String, Given> given = new LinkedHashMap<>();
        boolean freeText = false;
        typoFor.clear();
        if (v.isMap()) {
            collectArgs(spec, display, v, given);
        } else if (v.isSeq()) {
            out.add(Diagnostic.error(v.start, v.end, TYPE_MISMATCH, "the arguments of '" + display + "' must be a mapping (key: value lines); got a list"));
            return;
        } else if (v.isScalar() && !v.isNull()) {
            if (WHOLE_TEMPLATE.matcher(v.value).matches() && !spec.freeForm) {
                return; // arguments computed at run time
            }
            List<KeyValue> kvs = keyValues(v);
            if (spec.freeForm) {
                freeText = true;
                for (KeyValue kv : kvs) {
                    Arg arg = spec.byName.get(kv.key());
                    if (arg != null) {
                        given.putIfAbsent(arg.name(), new Given(kv.key(), kv.keyStart(), kv.keyStart() + kv.key().length(), null,
                                kv.value(), kv.valueStart(), kv.valueEnd()));
                    }
                }
            } else {
                String rest = v.value;
                for (KeyValue kv : kvs) {
                    rest = rest.replace(kv.key() + "=", "");
                    Arg arg = spec.byName.get(kv.key());
                    if (arg == null) {
                        if (!spec.anyKeys) {
                            unknownArgument(spec, display, kv.key(), kv.keyStart(), kv.keyStart() + kv.key().length(),
                                    kvs.stream().map(KeyValue::key).toList());
                        }
                        continue;
                    }
                    given.putIfAbsent(arg.name(), new Given(kv.key(), kv.keyStart(), kv.keyStart() + kv.key().length(), null,
                            kv.value(), kv.valueStart(), kv.valueEnd()));
                }
                if (kvs.isEmpty() && !spec.anyKeys) {
                    // ":name" or "dest /opt" under the module: an argument whose colon slipped or was never written
                    List<Fix> fixes = new ArrayList<>();
                    String written = source.text().substring(v.start, v.end);
                    String first = written.startsWith(":") ? written.substring(1).split("[\\s]", 2)[0] : written.split("[\\s]", 2)[0];
                    if (v.style == YNode.Style.PLAIN && spec.byName.containsKey(first) && source.lineOf(v.start) == source.lineOf(v.end)) {
                        PlaybookIssues.keyColonFix(written, v.start).ifPresent(fixes::add);
                    }
                    fixes.addAll(unfinished(currentTask, false));
                    out.add(new Diagnostic(v.start, v.end, Severity.ERROR, TYPE_MISMATCH, "'" + display + "' takes its arguments as a mapping"
                            + " (key: value lines under it) or as key=value pairs, not a bare value " + v.describe(), fixes));
                    return;
                }
            }
        }
        if (argsKeyword != null && argsKeyword.isMap()) {
            collectArgs(spec, display, argsKeyword, given);
        } else if (argsKeyword != null && argsKeyword.templated()) {
            return;
        }
        YNode.Entry at = entry;
        if (misplaced) {
            return; // its arguments are at the task's level: that is the one problem to report
        }
        // required arguments
        List<String> missing = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (Arg arg : spec.args.values()) {
            if (arg.required() && !typoFor.contains(arg.name())) {
                Given g = given.get(arg.name());
                if (g == null) {
                    missing.add(arg.name());
                } else if (g.isNull()) {
                    empty.add(arg.name());
                }
            }
        }
        if (spec.freeForm && !freeText) {
            String needs = switch (module.name()) {
                case "command", "shell", "raw", "script" -> given.containsKey("cmd") || given.containsKey("argv") ? null
                        : "the command to run: write it after '" + display + ":' or as 'cmd:'";
                case "include_tasks", "import_tasks" -> given.containsKey("file") ? null : "the file to include: write it after '" + display + ":' or as 'file:'";
                case "include_vars" -> given.containsKey("file") || given.containsKey("dir") ? null : "the file to read: write it after '" + display + ":' or as 'file:'";
                case "import_playbook", "meta" -> "a value after '" + display + ":'";
                default -> null;
            };
            if (needs != null) {
                out.add(Diagnostic.error(at.key().start, at.key().end, MISSING_ARGUMENT, "'" + display + "' needs " + needs));
            }
        }
        if (module.name().equals("meta") && freeText && !v.templated() && !META_ACTIONS.contains(v.value.strip())) {
            choice(v.start, v.end, v.value.strip(), META_ACTIONS, "'meta'", v, null);
        }
        if (!missing.isEmpty()) {
            out.add(new Diagnostic(at.key().start, at.key().end, Severity.ERROR, MISSING_ARGUMENT,
                    "'" + display + "' is missing its required argument" + (missing.size() > 1 ? "s " : " ") + quoteAll(missing),
                    unfinished(currentTask, v.isNull())));
        }
        for (String name : empty) {
            Given g = given.get(name);
            out.add(Diagnostic.error(g.keyStart(), g.keyEnd(), MISSING_ARGUMENT,
                    "'" + g.written() + "' of '" + display + "' is required but has no value"));
        }
        for (List<String> group : spec.oneOf) {
            if (group.stream().noneMatch(n -> given.containsKey(n) || typoFor.contains(n)) && !(spec.freeForm && freeText)) {
                out.add(Diagnostic.error(at.key().start, at.key().end, MISSING_ARGUMENT,
                        "'" + display + "' needs one of " + orList(group)));
            }
        }
        for (String[] req : spec.requires) {
            if (given.containsKey(req[0]) && !given.containsKey(req[1])) {
                Given g = given.get(req[0]);
                out.add(Diagnostic.error(at.key().start, at.key().end, MISSING_ARGUMENT,
                        "'" + display + "' with '" + g.written() + "' also needs '" + req[1] + "'"));
            }
        }
        for (List<String> group : spec.exclusive) {
            List<Given> both = new ArrayList<>();
            for (String name : group) {
                if (given.containsKey(name)) {
                    both.add(given.get(name));
                }
            }
            if (both.size() > 1) {
                both.sort(java.util.Comparator.comparingInt(Given::keyStart));
                Given second = both.get(1);
                out.add(Diagnostic.error(second.keyStart(), second.keyEnd(), MUTUALLY_EXCLUSIVE,
                        "'" + both.get(0).written() + "' and '" + second.written() + "' cannot be used together in '" + display + "'; keep one"));
            }
        }
        for (Map.Entry<String, Given> g : given.entrySet()) {
            Arg arg = spec.args.get(g.getKey());
            if (arg != null) {
                argumentValue(display, arg, g.getValue());
            }
        }
    }

    private void collectArgs(Spec spec, String display, YNode map, Map<String, Given> given) {
        for (YNode.Entry e : map.entries) {
            String name = e.key().value;
            Arg arg = spec.byName.get(name);
            if (arg == null) {
                if (!spec.anyKeys) {
                    if (TASK_KEYS.contains(name) || LOOP_KEYS.contains(name)) {
                        out.add(Diagnostic.error(e.key().start, e.key().end, UNKNOWN_ARGUMENT, "'" + name
                                + "' is a task keyword, not an argument of '" + display + "': indent it at the level of '" + display + ":'"));
                    } else {
                        unknownArgument(spec, display, name, e.key().start, e.key().end, map.entries.stream().map(x -> x.key().value).toList());
                    }
                }
                continue;
            }
            given.putIfAbsent(arg.name(), new Given(name, e.key().start, e.key().end, e.value(), null, 0, 0));
        }
    }

    /** @param written the keys written next to it (to offer the arguments not written yet) */
    private void unknownArgument(Spec spec, String display, String name, int start, int end, List<String> written) {
        Optional<String> close = Suggestions.closest(name, spec.byName.keySet());
        close.ifPresent(c -> typoFor.add(spec.byName.get(c).name()));
        if (spec.partial && close.isEmpty()) {
            return; // the catalogue lists only the common arguments of this module
        }
        String message = "'" + display + "' has no argument '" + name + "'" + close.map(c -> "; did you mean '" + c + "'?").orElse("");
        List<String> alternatives = close.map(List::of).orElseGet(() -> {
            // 'state_id', 'dest_path': an argument with a word glued on comes before any guess
            Set<String> out = new LinkedHashSet<>(wordOf(name, spec.byName.keySet(), written));
            out.addAll(unwrittenArguments(spec, written));
            return out.stream().limit(3).toList();
        });
        List<Fix> fixes = alternatives.stream().map(c -> Fix.replace("replace '" + name + "' with '" + c + "'", start, end, c)).toList();
        out.add(new Diagnostic(start, end, Severity.ERROR, UNKNOWN_ARGUMENT, message, fixes));
    }

    /** The names, not written yet, that the name starts or ends with as a whole '_'-separated word. */
    private static List<String> wordOf(String name, Collection<String> names, List<String> written) {
        return names.stream().filter(n -> !written.contains(n) && name.length() > n.length()
                && (name.startsWith(n + "_") || name.endsWith("_" + n))).sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /**
     * For an invented argument name (no argument resembles it): the module's arguments not written
     * yet, those it requires first, then those of a one-of group with none written, then the rest in
     * catalogue order; three at most. The fixes are candidates; the repair verifies each.
     */
    private static List<String> unwrittenArguments(Spec spec, List<String> written) {
        Set<String> have = new HashSet<>();
        for (String w : written) {
            Arg a = spec.byName.get(w);
            if (a != null) {
                have.add(a.name());
            }
        }
        Set<String> out = new LinkedHashSet<>();
        spec.args.values().stream().filter(a -> a.required() && !have.contains(a.name())).forEach(a -> out.add(a.name()));
        for (List<String> group : spec.oneOf) {
            if (group.stream().noneMatch(have::contains)) {
                out.addAll(group);
            }
        }
        spec.args.keySet().stream().filter(n -> !have.contains(n)).forEach(out::add);
        return out.stream().limit(3).toList();
    }

    private void argumentValue(String display, Arg arg, Given g) {
        String what = "'" + g.written() + "' of '" + display + "'";
        YNode v = g.value();
        if (v != null) {
            if (v.kind == YNode.Kind.ALIAS || v.isNull() || v.templated()) {
                return;
            }
            String problem = typeProblem(arg.type(), v);
            if (problem != null) {
                out.add(new Diagnostic(v.start, v.end, Severity.ERROR, TYPE_MISMATCH, what + " expects " + problem + "; got " + v.describe(),
                        v.isScalar() ? retyped(arg.type(), v.start, v.end, v.value) : List.of()));
                return;
            }
            if (!arg.choices().isEmpty() && v.isScalar()) {
                choice(v.start, v.end, v.value, arg.choices(), what, v, v.type());
            }
            return;
        }
        String text = g.text();
        if (text.contains("{{") || text.contains("{%")) {
            return;
        }
        String problem = switch (arg.type()) {
            case BOOL -> Scalars.boolLike(text) ? null : "a boolean (yes/no or true/false)";
            case INT -> INTEGER.matcher(text).matches() ? null : "an integer";
            case FLOAT -> NUMBER.matcher(text).matches() ? null : "a number";
            default -> null;
        };
        if (problem != null) {
            out.add(new Diagnostic(g.valueStart(), g.valueEnd(), Severity.ERROR, TYPE_MISMATCH, what + " expects " + problem + "; got '" + text + "'",
                    retyped(arg.type(), g.valueStart(), g.valueEnd(), text)));
            return;
        }
        if (!arg.choices().isEmpty()) {
            choice(g.valueStart(), g.valueEnd(), text, arg.choices(), what, null, Scalars.Type.STRING);
        }
    }

    /** Fixes for a scalar of the wrong type: the value a typo or words spell, written plain (no quotes). */
    private static List<Fix> retyped(ArgType type, int start, int end, String value) {
        List<String> values = switch (type) {
            case BOOL -> ScalarRepairs.booleans(value);
            case INT -> ScalarRepairs.integer(value).stream().toList();
            case FLOAT -> ScalarRepairs.number(value).stream().toList();
            default -> List.of();
        };
        String as = type == ArgType.BOOL ? "the boolean " : "the number ";
        return values.stream().map(x -> Fix.replace("write '" + value + "' as " + as + x, start, end, x)).toList();
    }

    /** What a value should have been, or null when it fits the type. */
    private static String typeProblem(ArgType type, YNode v) {
        Scalars.Type t = v.type();
        return switch (type) {
            case BOOL -> v.isScalar() && (t == Scalars.Type.BOOL || Scalars.boolLike(v.value)) ? null : "a boolean (yes/no or true/false)";
            case INT -> v.isScalar() && t != Scalars.Type.BOOL && (t == Scalars.Type.INT || INTEGER.matcher(v.value.strip()).matches())
                    ? null : "an integer";
            case FLOAT -> v.isScalar() && t != Scalars.Type.BOOL && (t == Scalars.Type.INT || t == Scalars.Type.FLOAT
                    || NUMBER.matcher(v.value.strip()).matches()) ? null : "a number";
            case STR, PATH -> v.isScalar() ? null : type == ArgType.PATH ? "a path" : "a string";
            case LIST -> v.isMap() ? "a list" : null;
            case DICT -> v.isMap() || (v.isScalar() && (v.value.contains("=") || v.value.strip().startsWith("{"))) ? null : "a mapping";
            case RAW -> null;
        };
    }

    private void choice(int start, int end, String value, List<String> choices, String what, YNode node, Scalars.Type type) {
        if (type == Scalars.Type.BOOL) {
            boolean yesNo = choices.stream().anyMatch(c -> Set.of("yes", "no", "true", "false", "on", "off").contains(c.toLowerCase(Locale.ROOT)));
            if (yesNo) {
                return;
            }
        }
        if (choices.contains(value)) {
            return;
        }
        Optional<String> close = choices.stream().filter(c -> c.equalsIgnoreCase(value)).findFirst();
        if (close.isEmpty()) {
            close = Suggestions.closest(value, choices);
        }
        if (close.isEmpty()) {
            List<String> synonyms = CHOICE_SYNONYMS.getOrDefault(value.toLowerCase(Locale.ROOT), List.of());
            close = synonyms.stream().filter(choices::contains).findFirst();
        }
        String message = "'" + value + "' is not a valid value for " + what + "; choose one of " + String.join(", ", choices)
                + close.map(c -> " (did you mean '" + c + "'?)").orElse("");
        List<Fix> fixes = new ArrayList<>();
        if (close.isPresent()) {
            if (node != null) {
                fixes.add(replaceScalar(node, close.get()));
            } else {
                fixes.add(Fix.replace("replace '" + value + "' with '" + close.get() + "'", start, end, close.get()));
            }
        }
        out.add(new Diagnostic(start, end, Severity.ERROR, INVALID_CHOICE, message, fixes));
    }

    /** key=value pairs of a string value, with their offsets; quotes around values are kept out. */
    private List<KeyValue> keyValues(YNode v) {
        List<KeyValue> out = new ArrayList<>();
        for (YNode.Segment seg : v.segments) {
            String s = seg.text();
            int i = 0;
            int n = s.length();
            while (i < n) {
                while (i < n && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                int pieceStart = i;
                int depth = 0;
                char quote = 0;
                int eq = -1;
                while (i < n) {
                    char c = s.charAt(i);
                    if (quote != 0) {
                        if (c == quote) {
                            quote = 0;
                        }
                    } else if (c == '"' || c == '\'') {
                        quote = c;
                    } else if (c == '{') {
                        depth++;
                    } else if (c == '}') {
                        depth = Math.max(0, depth - 1);
                    } else if (c == '=' && eq < 0 && depth == 0) {
                        eq = i;
                    } else if (Character.isWhitespace(c) && depth == 0) {
                        break;
                    }
                    i++;
                }
                if (eq > pieceStart) {
                    String key = s.substring(pieceStart, eq);
                    if (KEY_VALUE.matcher(key + "=").matches()) {
                        int vs = eq + 1;
                        int ve = i;
                        if (ve - vs >= 2 && (s.charAt(vs) == '"' || s.charAt(vs) == '\'') && s.charAt(ve - 1) == s.charAt(vs)) {
                            vs++;
                            ve--;
                        }
                        out.add(new KeyValue(key, seg.start() + pieceStart, s.substring(vs, ve), seg.start() + vs, seg.start() + ve));
                    }
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ keywords' values

    private void keywordType(YNode.Entry e) {
        String k = e.key().value;
        KwType type = KEYWORD_TYPES.getOrDefault(k, KwType.ANY);
        YNode v = e.value();
        if (v.kind == YNode.Kind.ALIAS || v.isNull() || v.templated()) {
            return;
        }
        String expected = switch (type) {
            case BOOL -> v.isScalar() && (v.type() == Scalars.Type.BOOL || Scalars.boolLike(v.value)) ? null : "a boolean (true or false)";
            case INT -> v.isScalar() && (v.type() == Scalars.Type.INT || INTEGER.matcher(v.value.strip()).matches()) ? null : "an integer";
            case STR -> v.isScalar() ? null : "a string";
            case STR_OR_LIST -> v.isMap() ? "a string or a list" : null;
            case LIST -> v.isSeq() ? null : "a list";
            case DICT -> v.isMap() ? null : "a mapping";
            case TASKS, ANY, LOOP -> null;
            case CONDITION -> v.isMap() ? "a condition (a Jinja expression, or a list of them)" : null;
        };
        if (type == KwType.LOOP && !v.isSeq() && !(v.isScalar() && v.templated())) {
            expected = "a list (or a Jinja expression that gives one)";
        }
        if (k.equals("vars") && !v.isMap() && !v.isSeq()) {
            expected = "a mapping of variable names to values";
        }
        if (k.equals("serial") || k.equals("max_fail_percentage")) {
            expected = v.isMap() ? "a number, a percentage or a list of them" : null;
        }
        if (expected != null) {
            List<Fix> fixes = switch (type) {
                case BOOL -> v.isScalar() ? retyped(ArgType.BOOL, v.start, v.end, v.value) : List.of();
                case INT -> v.isScalar() ? retyped(ArgType.INT, v.start, v.end, v.value) : List.of();
                case LOOP -> v.isScalar() ? listVariables.stream().limit(4)
                        .map(n -> Fix.replace("loop over the list '" + n + "'", v.start, v.end, "\"{{ " + n + " }}\"")).toList() : List.of();
                default -> List.of();
            };
            out.add(new Diagnostic(v.start, Math.min(v.end, source.lineEnd(source.lineOf(v.start))), Severity.ERROR, TYPE_MISMATCH,
                    "'" + k + "' expects " + expected + "; got " + v.describe(), fixes));
            return;
        }
        List<String> choices = KEYWORD_CHOICES.get(k);
        if (choices != null && v.isScalar()) {
            choice(v.start, v.end, v.value, choices, "'" + k + "'", v, v.type());
        }
    }

    // ------------------------------------------------------------------ handlers

    private void notify(YNode notify, Handlers handlers) {
        if (notify == null) {
            return;
        }
        List<YNode> names = notify.isSeq() ? notify.items : List.of(notify);
        for (YNode n : names) {
            if (!n.isScalar() || n.templated() || handlers.names().contains(n.value)) {
                continue;
            }
            Optional<String> close = handlers.names().stream().filter(h -> h.equalsIgnoreCase(n.value)).findFirst();
            if (close.isEmpty()) {
                close = Suggestions.closest(n.value, handlers.names());
            }
            if (handlers.open() && close.isEmpty()) {
                continue; // may be a role's handler
            }
            String message = "no handler named '" + n.value + "' in this play" + close.map(c -> "; did you mean '" + c + "'?")
                    .orElse(handlers.names().isEmpty() ? ": add it under 'handlers:'" : "; handlers: " + String.join(", ", quoteEach(handlers.names())));
            List<Fix> fixes = new ArrayList<>();
            close.ifPresent(c -> fixes.add(replaceScalar(n, c)));
            if (close.isEmpty()) {
                // A handler that no longer exists (or never did): stop notifying it.
                int line = source.lineOf(n.start);
                String rest = source.lineText(line).strip();
                String written = java.util.regex.Pattern.quote(source.text().substring(n.start, n.end));
                if (rest.matches("(notify:\\s*|-\\s+)" + written)) {
                    int next = line + 1 < source.lineCount() ? source.lineStart(line + 1) : source.text().length();
                    fixes.add(Fix.replace("stop notifying '" + n.value + "'", source.lineStart(line), next, ""));
                }
            }
            out.add(new Diagnostic(n.start, n.end, handlers.open() ? Severity.WARNING : Severity.ERROR, UNKNOWN_HANDLER, message, fixes));
        }
    }

    // ------------------------------------------------------------------ conditions and variables

    /** {@code when: "{{ x }}"}: Ansible warns that conditions are already expressions. */
    private void conditions(YNode task) {
        for (String k : CONDITION_KEYS) {
            YNode v = task.get(k);
            if (v == null) {
                continue;
            }
            for (YNode c : v.isSeq() ? v.items : List.of(v)) {
                if (c.isScalar() && c.value.contains("{{")) {
                    List<Fix> fixes = new ArrayList<>();
                    String inner = c.value.strip();
                    if (inner.startsWith("{{") && inner.endsWith("}}") && inner.indexOf("{{", 2) < 0) {
                        String expr = inner.substring(2, inner.length() - 2).strip();
                        fixes.add(Fix.replace("remove the '{{ }}'", c.start, c.end, PlaybookIssues.quote(expr)));
                    }
                    out.add(new Diagnostic(c.start, c.end, Severity.WARNING, JINJA_IN_CONDITION,
                            "'" + k + "' is already a Jinja expression: write it without '{{ }}'", fixes));
                }
            }
        }
    }

    /** Names the task guards with 'is defined' or '| default' anywhere, so none of them is reported in it. */
    private void guards(YNode node, Scope scope) {
        JinjaScan scan = new JinjaScan();
        for (YNode.Entry e : node.entries) {
            if (TASK_LIST_KEYS.contains(e.key().value)) {
                continue;
            }
            collectExpressions(e.key().value, e.value(), scan);
        }
        scope.guarded.addAll(scan.guarded);
    }

    private void collectExpressions(String key, YNode v, JinjaScan scan) {
        if (v.isScalar()) {
            for (YNode.Segment s : v.segments) {
                if (CONDITION_KEYS.contains(key) && !v.value.contains("{{")) {
                    scan.expression(s.text(), s.start());
                } else {
                    scan.template(s.text(), s.start());
                }
            }
        } else if (v.isSeq()) {
            v.items.forEach(i -> collectExpressions(key, i, scan));
        } else if (v.isMap()) {
            v.entries.forEach(e -> collectExpressions(e.key().value, e.value(), scan));
        }
    }

    private void scanTask(YNode task, YNode.Entry moduleEntry, Module module, Scope scope, Set<String> skip) {
        for (YNode.Entry e : task.entries) {
            String k = e.key().value;
            if (skip.contains(k)) {
                continue;
            }
            if (e == moduleEntry && module != null && e.value().isMap()) {
                for (YNode.Entry arg : e.value().entries) {
                    String a = arg.key().value;
                    boolean expression = (module.name().equals("assert") && (a.equals("that")))
                            || (module.name().equals("debug") && a.equals("var"));
                    if (module.name().equals("set_fact") || module.name().equals("add_host")) {
                        scan(arg.value(), scope, false);
                    } else {
                        scan(arg.value(), scope, expression);
                    }
                }
                continue;
            }
            if (e == moduleEntry && module != null && module.name().equals("debug") && e.value().isScalar()) {
                for (KeyValue kv : keyValues(e.value())) {
                    if (kv.key().equals("var")) {
                        JinjaScan s = new JinjaScan();
                        s.expression(kv.value(), kv.valueStart());
                        report(s, scope);
                    }
                }
            }
            if (k.equals("vars") && e.value().isMap()) {
                e.value().entries.forEach(x -> scan(x.value(), scope, false));
                continue;
            }
            scan(e.value(), scope, CONDITION_KEYS.contains(k));
        }
    }

    /** Scans the values of a play or block for variables, except under {@code skip} keys. */
    private void scanValues(YNode map, Scope scope, Set<String> skip) {
        for (YNode.Entry e : map.entries) {
            String k = e.key().value;
            if (skip.contains(k) || k.equals("vars_prompt") || k.equals("tags")) {
                continue;
            }
            if (k.equals("vars") && e.value().isMap()) {
                e.value().entries.forEach(x -> scan(x.value(), scope, false));
                continue;
            }
            scan(e.value(), scope, CONDITION_KEYS.contains(k));
        }
    }

    private void scan(YNode v, Scope scope, boolean expression) {
        if (v.isSeq()) {
            v.items.forEach(i -> scan(i, scope, expression));
            return;
        }
        if (v.isMap()) {
            v.entries.forEach(e -> scan(e.value(), scope, false));
            return;
        }
        if (!v.isScalar()) {
            return;
        }
        if (expression && v.type() != Scalars.Type.STRING) {
            return;
        }
        JinjaScan s = new JinjaScan();
        for (YNode.Segment seg : v.segments) {
            if (expression && !v.value.contains("{{")) {
                s.expression(seg.text(), seg.start());
            } else {
                s.template(seg.text(), seg.start());
            }
        }
        report(s, scope);
    }

    private void report(JinjaScan s, Scope scope) {
        for (JinjaScan.Use use : s.uses) {
            String name = use.name();
            if (s.guarded.contains(name) || defined(name, scope)) {
                continue;
            }
            List<String> candidates = new ArrayList<>();
            scope.collect(candidates);
            Optional<String> close = Suggestions.closest(name, candidates);
            if (close.isEmpty() && scope.open) {
                continue;
            }
            String message;
            if (name.equals("item") || name.equals("ansible_loop")) {
                message = "'" + name + "' is only defined in a task with 'loop' or 'with_*'";
            } else {
                message = "undefined variable '" + name + "': no vars, register, set_fact or loop in this playbook defines it"
                        + close.map(c -> "; did you mean '" + c + "'?").orElse("");
            }
            Severity severity = scope.open ? Severity.WARNING : Severity.ERROR;
            List<Fix> fixes = new ArrayList<>();
            close.ifPresent(c -> fixes.add(Fix.replace("replace '" + name + "' with '" + c + "'", use.start(), use.end(), c)));
            // "ttue" in a condition: a slip of Jinja's true/false, which no variable resembles.
            ScalarRepairs.booleans(name).stream().filter(JINJA_BOOLEANS::contains).forEach(b ->
                    fixes.add(Fix.replace("replace '" + name + "' with the boolean " + b, use.start(), use.end(), b)));
            out.add(new Diagnostic(use.start(), use.end(), severity, UNDEFINED_VARIABLE, message, fixes));
        }
    }

    private static final Set<String> JINJA_BOOLEANS = Set.of("true", "false");

    private boolean defined(String name, Scope scope) {
        if (scope.has(name) || MAGIC.contains(name) || name.startsWith("ansible_")) {
            return true;
        }
        return name.equals("item") && scope.inLoop();
    }

    // ------------------------------------------------------------------ duplicate keys

    private void duplicateKeys(YNode n) {
        if (n.isMap()) {
            Set<String> seen = new HashSet<>();
            for (YNode.Entry e : n.entries) {
                if (!seen.add(e.key().value) && !e.key().value.equals("<<")) {
                    out.add(Diagnostic.warning(e.key().start, e.key().end, DUPLICATE_KEY,
                            "duplicate key '" + e.key().value + "': YAML keeps only the last value"));
                }
                duplicateKeys(e.value());
            }
        } else if (n.isSeq()) {
            n.items.forEach(this::duplicateKeys);
        }
    }

    // ------------------------------------------------------------------ helpers

    private Optional<String> suggest(String name, Collection<String> known) {
        Optional<String> exact = known.stream().filter(k -> k.equalsIgnoreCase(name)).findFirst();
        return exact.isPresent() ? exact : Suggestions.closest(name, known);
    }

    /** Replaces a scalar's text, keeping its quotes. */
    private Fix replaceScalar(YNode node, String with) {
        int s = node.start;
        int e = node.end;
        if ((node.style == YNode.Style.DOUBLE || node.style == YNode.Style.SINGLE) && e - s >= 2) {
            s++;
            e--;
        }
        String was = source.text().substring(s, e);
        return Fix.replace("replace '" + was + "' with '" + with + "'", s, e, with);
    }

    private static String quoteAll(List<String> names) {
        List<String> q = quoteEach(names);
        if (q.size() == 1) {
            return q.get(0);
        }
        return String.join(", ", q.subList(0, q.size() - 1)) + " and " + q.get(q.size() - 1);
    }

    private static String orList(List<String> names) {
        List<String> q = quoteEach(names);
        if (q.size() == 1) {
            return q.get(0);
        }
        return String.join(", ", q.subList(0, q.size() - 1)) + " or " + q.get(q.size() - 1);
    }

    private static List<String> quoteEach(Collection<String> names) {
        return names.stream().map(n -> "'" + n + "'").toList();
    }
}
