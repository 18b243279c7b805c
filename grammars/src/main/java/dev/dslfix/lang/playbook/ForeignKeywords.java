package dev.dslfix.lang.playbook;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What other automation tools (GitHub Actions, Salt, Chef, Puppet, shell habits) call Ansible's
 * task and play keywords: an LLM writing a playbook borrows them ("if:", "for:", "steps:"), and no
 * edit distance leads from "trigger" to "notify".
 */
final class ForeignKeywords {
    private static final Map<String, List<String>> TASK = byWord(
            row("loop", "for", "foreach", "for_each", "each", "items", "iterate", "matrix", "with", "over"),
            row("when", "if", "only_if", "onlyif", "condition", "conditions", "where"),
            row("notify", "trigger", "triggers", "notifies", "on_change", "handler", "subscribe"),
            row("become", "sudo", "run_as_root", "privileged"),
            row("become_user", "run_as", "sudo_user", "user"),
            row("environment", "env", "environ"),
            row("vars", "variables"),
            row("retries", "retry", "attempts"),
            row("delay", "sleep", "wait"),
            row("register", "save", "save_as", "store", "output", "result"),
            row("ignore_errors", "continue_on_error", "allow_failure", "ignore_failure"),
            row("name", "title", "label", "description", "desc", "step"),
            row("delegate_to", "host", "on_host"),
            row("async", "timeout"));

    private static final Map<String, List<String>> PLAY = byWord(
            row("name", "title", "description", "desc", "label"),
            row("hosts", "targets", "target", "host", "servers", "machines", "nodes", "runs-on", "runs_on"),
            row("tasks", "steps", "jobs", "actions", "commands", "run"),
            row("become", "sudo"),
            row("vars", "env", "variables", "params", "parameters", "defaults"),
            row("environment", "env"),
            row("remote_user", "user"));

    /** An Ansible keyword, then the words other tools use for it. */
    private static String[] row(String keyword, String... words) {
        String[] out = new String[words.length + 1];
        out[0] = keyword;
        System.arraycopy(words, 0, out, 1, words.length);
        return out;
    }

    /** Each word with the keywords it stands for, in the order of the rows (a word in two rows means either). */
    private static Map<String, List<String>> byWord(String[]... rows) {
        Map<String, List<String>> out = new java.util.HashMap<>();
        for (String[] r : rows) {
            for (int i = 1; i < r.length; i++) {
                out.computeIfAbsent(r[i], k -> new java.util.ArrayList<>()).add(r[0]);
            }
        }
        out.replaceAll((word, keywords) -> List.copyOf(keywords));
        return Map.copyOf(out);
    }

    private ForeignKeywords() {
    }

    /** Ansible task keywords the word stands for in other tools, most likely first. */
    static List<String> task(String word) {
        return TASK.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
    }

    /** Ansible play keywords the word stands for in other tools, most likely first. */
    static List<String> play(String word) {
        return PLAY.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
    }
}
