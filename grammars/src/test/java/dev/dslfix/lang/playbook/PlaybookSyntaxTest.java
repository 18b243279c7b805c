package dev.dslfix.lang.playbook;

import static dev.dslfix.lang.playbook.PlaybookTesting.PLAYBOOK;
import static dev.dslfix.lang.playbook.PlaybookTesting.check;
import static dev.dslfix.lang.playbook.PlaybookTesting.fixed;
import static dev.dslfix.lang.playbook.PlaybookTesting.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Fix;
import dev.dslfix.lang.LanguageOptions;
import dev.dslfix.lang.LanguageRegistry;
import dev.dslfix.lang.LexToken;
import dev.dslfix.lang.ParseResult;
import dev.dslfix.lang.SyntaxProbe;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The YAML subset: indentation, block scalars, flow collections, and what the lexer makes of broken input. */
class PlaybookSyntaxTest {
    private static final String NGINX = """
            - hosts: web
              become: true
              tasks:
                - name: Install nginx
                  apt:
                    name: nginx
                    state: present
                - name: Start nginx
                  service:
                    name: nginx
                    state: started
            """;

    private static List<LexToken> visible(String text) {
        return PLAYBOOK.tokenize(text).stream().filter(t -> !t.hidden()).toList();
    }

    // ------------------------------------------------------------------ structure and tokens

    @Test
    void validPlaybookParsesOnTheFastPath() {
        assertEquals(List.of(), check(NGINX));
        assertFalse(PLAYBOOK.needsFullContext(NGINX));
        assertTrue(PLAYBOOK.probe(NGINX).ok());
    }

    @Test
    void indentAndDedentAreZeroWidthTokensWithEmptyText() {
        List<LexToken> tokens = PLAYBOOK.tokenize(NGINX);
        long indents = tokens.stream().filter(t -> t.typeName().equals("INDENT")).count();
        long dedents = tokens.stream().filter(t -> t.typeName().equals("DEDENT")).count();
        assertEquals(indents, dedents);
        assertTrue(indents >= 5, "indents: " + indents);
        for (LexToken t : tokens) {
            if (t.typeName().equals("INDENT") || t.typeName().equals("DEDENT")) {
                assertEquals("", t.text());
                assertEquals(t.start(), t.end());
                // at a line start, or (after "- ") right before the item's content
                boolean lineStart = t.start() == 0 || t.start() == NGINX.length() || NGINX.charAt(t.start() - 1) == '\n';
                boolean afterDash = t.start() >= 2 && NGINX.startsWith("- ", t.start() - 2);
                assertTrue(lineStart || afterDash, "INDENT/DEDENT at " + t.start());
            }
        }
    }

    @Test
    void tokensCoverTheTextInOrder() {
        String text = "---\n# site\n- hosts: all  # everyone\n  vars:\n    x: [1, {a: b}]\n\n  tasks:\n    - shell: |\n        echo hi\n"
                + "          indented\n\n        done\n      args: {chdir: /tmp}\n...\n";
        List<LexToken> tokens = PLAYBOOK.tokenize(text);
        StringBuilder joined = new StringBuilder();
        int at = 0;
        for (LexToken t : tokens) {
            assertEquals(at, t.start(), "gap or overlap before " + t);
            joined.append(t.text());
            at = t.end();
        }
        assertEquals(text, joined.toString());
    }

    @Test
    void sequencesOfMappingsLineUpAfterTheDash() {
        assertEquals(List.of(), check("""
                - hosts: all
                  tasks:
                  - name: indentless list of tasks
                    debug: msg=one
                  -   name: wide dash
                      debug: msg=two
                  -
                    name: item on the next line
                    debug: msg=three
                  vars:
                    matrix:
                      - - nested
                        - list
                      - [flow, list]
                """));
    }

    @Test
    void commentsDocumentMarkersAndLineEndings() {
        String text = "%YAML 1.1\n---\n# comment\n- hosts: all   # trailing\n  # indented comment at any column\n      # deeper comment\n"
                + "  tasks: []\n...\n";
        assertEquals(List.of(), check(text));
        assertEquals(List.of(), check(NGINX.replace("\n", "\r\n")));
        assertEquals(List.of(), check("\uFEFF" + NGINX));
        // '---' and '...' inside values are text
        assertEquals(List.of(), check("- hosts: all\n  vars:\n    sep: ---\n    dots: ...\n  tasks: []\n"));
    }

    @Test
    void multiLinePlainScalarsContinueOnDeeperLines() {
        String text = "- hosts: all\n  tasks:\n    - debug:\n        msg: a value that\n          goes on [here] & there\n"
                + "          and ends\n      when: true\n";
        assertEquals(List.of(), check(text));
        List<LexToken> plain = visible(text).stream().filter(t -> t.typeName().equals("PLAIN")).toList();
        assertTrue(plain.stream().anyMatch(t -> t.text().equals("goes on [here] & there")), plain.toString());
    }

    @Test
    void blockScalarsWithOddIndentationAreOpaque() {
        String text = """
                - hosts: all
                  tasks:
                    - shell: |
                         three spaces deeper
                           - not a list item
                         key: not a mapping
                          # not a comment
                         	tab inside the text is fine
                         [ not a flow ]

                         "quotes" 'everywhere
                      args:
                        executable: /bin/bash
                    - copy:
                        dest: /etc/motd
                        content: >-
                          folded
                          text
                    - copy:
                        dest: /etc/issue
                        content: |+
                          kept

                    - copy:
                        dest: /etc/x
                        content: |2
                            two spaces of the content are indentation
                """;
        assertEquals(List.of(), check(text));
        long blocks = visible(text).stream().filter(t -> t.typeName().equals("BLOCK_TEXT")).count();
        assertEquals(4, blocks);
    }

    @Test
    void emptyBlockScalarAndBlockScalarAsAListItem() {
        assertEquals(List.of(), check("- hosts: all\n  vars:\n    empty: |\n    lines:\n      - |\n        one\n      - >\n        two\n  tasks: []\n"));
    }

    @Test
    void flowCollectionsMaySpanLines() {
        assertEquals(List.of(), check("""
                - hosts: all
                  vars:
                    ports: [
                      80,
                      443
                    ]
                    user: { name: app,
                            uid: 1001 }
                    empty: []
                    nested: {a: [1, 2], b: {c: d}, flag}
                  tasks: []
                """));
    }

    // ------------------------------------------------------------------ indentation problems

    @Test
    void dedentToAColumnNoBlockUses() {
        String text = "- hosts: all\n  tasks:\n    - name: a\n      ping:\n   - name: b\n      ping:\n";
        Diagnostic d = only(text, "indentation");
        assertEquals("line 5 is indented 3 spaces; the block above uses 6 — indent it to 4", d.message());
        assertEquals(text.indexOf("   - name: b"), d.start());
        String repaired = d.fixes().get(0).applyTo(text);
        assertEquals(List.of(), check(repaired));
        assertTrue(repaired.contains("\n    - name: b\n      ping:\n"), repaired);
    }

    @Test
    void dedentBetweenTwoMappingsOffersBoth() {
        String text = "- hosts: all\n  vars:\n    outer:\n      inner: 1\n     other: 2\n  tasks: []\n";
        Diagnostic d = only(text, "indentation");
        assertTrue(d.message().startsWith("line 5 is indented 5 spaces; the block above uses 6 — indent it to "), d.message());
        assertTrue(d.fixes().size() >= 2, d.fixes().toString());
        for (Fix f : d.fixes()) {
            assertEquals(List.of(), check(f.applyTo(text)), f.title());
        }
    }

    @Test
    void overIndentedLine() {
        String text = NGINX.replace("        state: present", "         state: present");
        Diagnostic d = only(text, "indentation");
        assertEquals("line 7 is indented 9 spaces; the block above uses 8 — indent it to 8", d.message());
        assertEquals(List.of(), check(d.fixes().get(0).applyTo(text)));
        // the parser sees the line where it belongs: no other error
        assertEquals(1, PLAYBOOK.check(text).size());
    }

    @Test
    void moreLinesAtTheSameWrongColumnAreOneProblem() {
        String text = NGINX.replace("        name: nginx\n        state: started", "         name: nginx\n         state: started")
                .replace("      service:", "      service:");
        // service's block starts at 9 (a new block may start at any deeper column): no problem
        assertEquals(List.of(), check(text));
        String over = NGINX.replace("        name: nginx\n        state: present", "        name: nginx\n         state: present\n         update_cache: true");
        List<Diagnostic> d = PLAYBOOK.check(over);
        assertEquals(1, d.size(), d.toString());
        assertEquals(List.of(), check(d.get(0).fixes().get(0).applyTo(over)));
    }

    @Test
    void tabsInIndentation() {
        String text = "- hosts: all\n  tasks:\n\t- name: a\n\t  ping:\n";
        List<Diagnostic> d = PLAYBOOK.check(text);
        assertEquals(2, d.size(), d.toString());
        assertEquals("line 3 is indented with a tab; YAML allows only spaces — indent it with 4 spaces", d.get(0).message());
        assertEquals("indentation", d.get(0).code());
        // the first one also offers to fix every tab line at once
        Fix all = d.get(0).fixes().get(d.get(0).fixes().size() - 1);
        assertTrue(all.title().startsWith("replace the tabs with spaces on all 2 lines"), all.title());
        assertEquals(List.of(), check(all.applyTo(text)));
    }

    @Test
    void listItemIndentedUnderAListItem() {
        String text = "- hosts: all\n  vars:\n    pkgs:\n      - git\n        - curl\n  tasks: []\n";
        Diagnostic d = only(text, "indentation");
        assertEquals("line 5 is indented 8 spaces, under the plain value above it — indent it to 6", d.message());
        assertEquals(List.of(), check(d.fixes().get(0).applyTo(text)));
    }

    @Test
    void probeAndExpectedTokensAtAnIndentationError() {
        String text = "- hosts: all\n  tasks:\n    - name: a\n      ping:\n   - name: b\n";
        SyntaxProbe p = PLAYBOOK.probe(text);
        assertFalse(p.ok());
        assertEquals(text.indexOf("   - name: b"), p.errorOffset());
        // after "tasks:" and a deeper line start, a list item or a key may come
        String prefix = "- hosts: all\n  tasks:\n    ";
        List<String> expected = PLAYBOOK.expectedAt(prefix + "- ping:\n", prefix.length()).stream().map(SyntaxProbe.ExpectedToken::name).toList();
        assertTrue(expected.contains("DASH"), expected.toString());
        assertTrue(expected.contains("PLAIN"), expected.toString());
    }

    @Test
    void rewritesNearProposeEachPlausibleColumn() {
        String text = "- hosts: all\n  tasks:\n    - name: a\n      ping:\n   - name: b\n      ping:\n";
        List<Fix> rewrites = PLAYBOOK.rewritesNear(text, text.indexOf("   - name: b"));
        assertTrue(rewrites.size() >= 3, rewrites.toString());
        assertTrue(rewrites.stream().anyMatch(f -> PLAYBOOK.check(f.applyTo(text)).isEmpty()), rewrites.toString());
        // a structure error the lexer cannot see: the list item after key: value lines
        String dash = "- hosts: all\n  tasks:\n    - name: a\n      debug: msg=a\n      - name: b\n        ping:\n";
        assertEquals("syntax", PLAYBOOK.check(dash).get(0).code());
        List<Fix> moves = PLAYBOOK.rewritesNear(dash, dash.indexOf("- name: b"));
        assertTrue(moves.stream().anyMatch(f -> PLAYBOOK.check(f.applyTo(dash)).isEmpty()), moves.toString());
    }

    // ------------------------------------------------------------------ other syntax errors

    @Test
    void markdownFencesAreReported() {
        String text = "```yaml\n" + NGINX + "```\n";
        List<String> d = check(text);
        assertEquals(List.of("1:1 syntax markdown code fence: this line is not YAML; remove it",
                "13:1 syntax markdown code fence: this line is not YAML; remove it"), d);
    }

    @Test
    void unquotedJinjaIsQuotedByItsFix() {
        String text = "- hosts: all\n  vars:\n    x: 1\n  tasks:\n    - debug:\n        msg: {{ x }} items\n";
        Diagnostic d = only(text, "syntax");
        assertEquals("a value that starts with '{{' must be quoted: YAML reads '{' as the start of a mapping; write \"{{ x }} items\"",
                d.message());
        assertEquals(List.of(), check(fixed(text, "syntax")));
    }

    @Test
    void unclosedFlowSequence() {
        String text = "- hosts: all\n  vars:\n    pkgs: [git, curl  # tools\n    other: 1\n  tasks: []\n";
        Diagnostic d = only(text, "syntax");
        assertEquals("'[' opened on line 3 is not closed: add ']' at the end of line 3", d.message());
        assertEquals(List.of(), check(fixed(text, "syntax")));
        // at the end of the input
        String eof = "- hosts: all\n  vars:\n    x: {a: [1, 2";
        assertEquals(List.of("3:17 syntax '{' opened on line 3 is not closed: add ']}' at the end of line 3"), check(eof));
        assertEquals(List.of(), check(fixed(eof, "syntax")));
    }

    @Test
    void unterminatedStringsStayOnTheirLine() {
        String text = "- hosts: all\n  tasks:\n    - debug:\n        msg: \"no end\n    - debug:\n        msg: 'single\n";
        assertEquals(List.of("4:14 syntax unterminated string: the closing \" is missing on this line",
                "6:14 syntax unterminated string: the closing ' is missing on this line"), check(text));
    }

    @Test
    void missingColonAndMissingSpace() {
        String noColon = "- hosts: all\n  tasks:\n    - name: x\n      apt name=git\n";
        assertEquals(List.of("4:7 syntax missing ':' after 'apt': write 'apt: name=git'"), check(noColon));
        assertEquals(List.of(), check(fixed(noColon, "syntax")));
        String noSpace = "- hosts: all\n  tasks:\n    - name: x\n      apt:\n        name:git\n        state: present\n";
        assertEquals(List.of("5:9 syntax missing space after ':' in 'name:git': write 'name: git'"), check(noSpace));
        assertEquals(List.of(), check(fixed(noSpace, "syntax")));
    }

    @Test
    void listItemAmongMappingKeys() {
        String text = "- hosts: all\n  tasks:\n    - name: x\n      debug: msg=x\n      - name: y\n        ping:\n";
        assertEquals(List.of("5:7 syntax a list item ('- ') cannot follow 'key: value' lines at the same indentation; indent it under a key"
                + " that ends with ':' or move it to the column of its list"), check(text));
    }

    @Test
    void valueOnTheLineOfAKeyCannotStartAMapping() {
        assertEquals(List.of("3:9 syntax unexpected ':' after 'b': a mapping cannot start on the line of another key's value; quote the"
                + " value if it contains ': '"), check("- hosts: all\n  vars:\n    a: b: c\n  tasks: []\n"));
    }

    // ------------------------------------------------------------------ the language around the grammar

    @Test
    void fileNamesAndPatterns() {
        LanguageRegistry registry = LanguageRegistry.withBuiltins();
        assertEquals("playbook", registry.forFileName("site.playbook.yml").orElseThrow().id());
        assertEquals("playbook", registry.forFileName("DB.Playbook.YAML").orElseThrow().id());
        assertTrue(registry.forFileName("docker-compose.yml").isEmpty());
        assertTrue(registry.forFileName("x.yml").isEmpty());

        LanguageOptions options = new LanguageOptions(Path.of("/repo"), Map.of("patterns", List.of("*.ansible.yml", "playbooks/*.yml", "[bad")));
        LanguageRegistry configured = LanguageRegistry.withBuiltins(Map.of("playbook", options));
        assertEquals("playbook", configured.forFileName("deploy.ansible.yml").orElseThrow().id());
        PlaybookLanguage language = (PlaybookLanguage) configured.byId("playbook").orElseThrow();
        assertEquals(List.of(".playbook.yml", ".playbook.yaml", ".ansible.yml"), language.fileExtensions());
        assertTrue(language.claims(Path.of("/repo/playbooks/site.yml")));
        assertTrue(language.claims(Path.of("playbooks/db.yml")));
        assertFalse(language.claims(Path.of("/repo/roles/web/tasks/main.yml")));
        assertTrue(language.claims(Path.of("/anywhere/x.playbook.yaml")));
    }

    @Test
    void independentRegionIsOnePlay() {
        String text = "---\n- hosts: a\n  tasks:\n    - ping:\n\n- hosts: b\n  tasks:\n    - ping:\n";
        int[] second = PLAYBOOK.independentRegion(text, text.indexOf("hosts: b"));
        assertNotNull(second);
        assertEquals(text.indexOf("- hosts: b"), second[0]);
        assertEquals(text.length(), second[1]);
        int[] first = PLAYBOOK.independentRegion(text, text.indexOf("ping"));
        String play = text.substring(first[0], first[1]);
        assertTrue(play.startsWith("- hosts: a") && play.endsWith("\n\n"), play);
        assertEquals(List.of(), check(play));
        assertNull(PLAYBOOK.independentRegion(text, 1), "the document marker belongs to no play");
        assertNull(PLAYBOOK.independentRegion("hosts: all\ntasks: []\n", 3), "a mapping at the root has no plays");
    }

    @Test
    void grammarLiteralsAndComparableTokens() {
        assertTrue(PLAYBOOK.grammar().isPresent());
        assertTrue(PLAYBOOK.literalTokens().contains(":"));
        ParseResult a = PLAYBOOK.parse("- hosts: \"all\"\n  tasks: []\n");
        ParseResult b = PLAYBOOK.parse("- hosts: all\n  tasks: []\n");
        List<String> ca = PLAYBOOK.comparableTokens(a).stream().filter(s -> s != null).toList();
        List<String> cb = PLAYBOOK.comparableTokens(b).stream().filter(s -> s != null).toList();
        assertEquals(cb, ca);
        assertTrue(ca.contains("<indent>") && ca.contains("<dedent>"), ca.toString());
    }
}
