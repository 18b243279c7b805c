package dev.dslfix.lang.playbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dslfix.lang.CancelledException;
import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.LexToken;
import dev.dslfix.lang.SourceText;
import dev.dslfix.lang.antlr.AntlrFrontEnd;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Inputs that must never crash the playbook language: each gets a result or clear diagnostics. */
class PlaybookBadInputTest {
    private final PlaybookLanguage playbook = new PlaybookLanguage();

    /** Every entry point on the text; none may throw, and every range must lie in the text. */
    private List<Diagnostic> everything(String text) {
        List<Diagnostic> d = playbook.check(text);
        for (Diagnostic x : d) {
            assertTrue(x.end() <= text.length(), x.toString());
        }
        List<LexToken> tokens = playbook.tokenize(text);
        for (int i = 1; i < tokens.size(); i++) {
            assertTrue(tokens.get(i).start() >= tokens.get(i - 1).start(), "tokens out of order at " + tokens.get(i));
        }
        playbook.probe(text);
        playbook.expectedAt(text, text.length() / 2);
        playbook.rewritesNear(text, text.length() / 3);
        playbook.independentRegion(text, text.length() / 2);
        playbook.parserRecovery(text);
        playbook.comparableTokens(playbook.parse(text));
        return d;
    }

    @Test
    void emptyAndBlankInputs() {
        for (String text : List.of("", " ", "\n", "\n\n\n", "   \n  \n", "# only a comment", "---", "...", "---\n...\n", "\t", "-", ":", "- ")) {
            everything(text);
        }
        // ansible-playbook refuses a playbook without plays
        assertEquals(List.of("empty-playbook"), playbook.check("").stream().map(Diagnostic::code).toList());
        assertEquals(List.of("empty-playbook"), playbook.check("# only a comment\n").stream().map(Diagnostic::code).toList());
    }

    @Test
    void binaryGarbageGivesBoundedDiagnostics() {
        byte[] bytes = new byte[200_000];
        new Random(7).nextBytes(bytes);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        List<Diagnostic> d = everything(text);
        assertFalse(d.isEmpty());
        assertTrue(d.size() <= AntlrFrontEnd.MAX_ISSUES + 1 + 200, "diagnostics: " + d.size());
    }

    @Test
    void randomYamlishSoupNeverThrows() {
        Random r = new Random(42);
        String[] pieces = {"- ", ":", " ", "  ", "\n", "\t", "key", "value", "[", "]", "{", "}", ",", "|", ">", "'", "\"", "#",
                "&a", "*a", "!t", "{{ x }}", "---", "...", "hosts", "tasks", "apt", "name", "\r\n", "-", "?"};
        for (int n = 0; n < 300; n++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(80);
            for (int i = 0; i < len; i++) {
                sb.append(pieces[r.nextInt(pieces.length)]);
            }
            everything(sb.toString());
        }
    }

    @Test
    void deeplyNestedFlowCollections() {
        int depth = 20_000;
        String text = "- hosts: all\n  vars:\n    x: " + "[".repeat(depth) + "1" + "]".repeat(depth) + "\n  tasks: []\n";
        assertEquals(List.of(), playbook.check(text));
        String unclosed = "- hosts: all\n  vars:\n    x: " + "{a: ".repeat(5_000) + "1\n  tasks: []\n";
        List<Diagnostic> d = everything(unclosed);
        assertEquals(1, d.stream().filter(x -> x.code().equals("syntax")).count(), d.toString());
    }

    @Test
    void deeplyNestedBlocks() {
        StringBuilder sb = new StringBuilder("- hosts: all\n  vars:\n");
        int depth = 2_000;
        for (int i = 0; i < depth; i++) {
            sb.append(" ".repeat(4 + i)).append("k").append(i).append(":\n");
        }
        sb.append(" ".repeat(4 + depth)).append("leaf\n");
        sb.append("  tasks: []\n");
        assertEquals(List.of(), everything(sb.toString()));
    }

    @Test
    void hugeLinesAndHugeFiles() {
        String longValue = "x".repeat(1_000_000);
        assertEquals(List.of(), playbook.check("- hosts: all\n  vars:\n    big: " + longValue + "\n  tasks: []\n"));
        String longComment = "# " + "y".repeat(1_000_000) + "\n- hosts: all\n  tasks: []\n";
        assertEquals(List.of(), playbook.check(longComment));

        StringBuilder sb = new StringBuilder("- hosts: all\n  tasks:\n");
        int i = 0;
        while (sb.length() < 5 * 1024 * 1024) {
            sb.append("    - name: step ").append(i++).append("\n      ansible.builtin.command: echo ").append(i).append("\n      changed_when: false\n");
        }
        int lastLine = new SourceText(sb.toString()).lineCount();
        sb.append("    - name: last\n      ansible.builtin.coppy: {dest: /x, content: y}\n");
        List<Diagnostic> d = playbook.check(sb.toString());
        assertEquals(1, d.size(), d.toString());
        assertEquals("unknown-module", d.get(0).code());
        assertEquals(lastLine, new SourceText(sb.toString()).lineOf(d.get(0).start()));
    }

    @Test
    void controlCharactersAndLoneSurrogates() {
        String text = "- hosts: all\u0000\n  tasks:\n    - debug: msg='\uD800' \uDC00\n";
        List<Diagnostic> d = everything(text);
        assertFalse(d.isEmpty());
        assertTrue(d.get(0).message().contains("U+0000"), d.get(0).message());
        // characters outside the BMP keep positions in UTF-16
        String emoji = "- hosts: all\n  tasks:\n    - debug: msg=\"\uD83D\uDE80 {{ nope }}\"\n";
        Diagnostic u = playbook.check(emoji).get(0);
        assertEquals("nope", emoji.substring(u.start(), u.end()));
    }

    @Test
    void indentationChaos() {
        Random r = new Random(3);
        String base = new String(PlaybookSyntaxTestText.TEXT);
        String[] lines = base.split("\n");
        for (int n = 0; n < 200; n++) {
            StringBuilder sb = new StringBuilder();
            for (String l : lines) {
                int shift = r.nextInt(7) - 3;
                String stripped = l.stripLeading();
                int indent = Math.max(0, l.length() - stripped.length() + shift);
                sb.append(r.nextInt(10) == 0 ? "\t" : "").append(" ".repeat(indent)).append(stripped).append('\n');
            }
            everything(sb.toString());
        }
    }

    @Test
    void cancellationStopsAnalysis() {
        StringBuilder sb = new StringBuilder("- hosts: all\n  tasks:\n");
        for (int i = 0; i < 20_000; i++) {
            sb.append("    - ping:\n");
        }
        AtomicInteger polls = new AtomicInteger();
        assertThrows(CancelledException.class, () -> playbook.check(sb.toString(), () -> polls.incrementAndGet() > 5));
    }

    /** A playbook to shake. */
    private static final class PlaybookSyntaxTestText {
        static final String TEXT = """
                ---
                - hosts: web
                  become: true
                  vars:
                    pkgs: [nginx, git]
                    opts: {a: 1, b: [x, y]}
                  tasks:
                    - name: Install
                      apt:
                        name: "{{ pkgs }}"
                        state: present
                    - shell: |
                        echo one
                          two
                      args:
                        chdir: /tmp
                    - block:
                        - debug: msg=x
                      rescue:
                        - fail: msg=y
                  handlers:
                  - name: h
                    service: name=nginx state=restarted
                """;
    }
}
