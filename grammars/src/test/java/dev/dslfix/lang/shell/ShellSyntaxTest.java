package dev.dslfix.lang.shell;

import static dev.dslfix.lang.shell.ShellTesting.SHELL;
import static dev.dslfix.lang.shell.ShellTesting.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dslfix.lang.LanguageRegistry;
import dev.dslfix.lang.LexToken;
import dev.dslfix.lang.ParseResult;
import dev.dslfix.lang.SyntaxProbe;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The constructs of the grammar parse (on the fast path), and the lexer reads words as bash does. */
class ShellSyntaxTest {

    private static final List<String[]> CONSTRUCTS = List.of(
            new String[] {"simple command with assignments", "LANG=C TZ=UTC sort -k2 file.txt\nx=1\nexport PATH=\"$HOME/bin:$PATH\"\n"},
            new String[] {"array assignments", "a=(one \"two three\" 'four')\na+=(five)\nb[2]=x\ndeclare -A m=([k]=v [\"k 2\"]=w)\n"
                    + "files=(\n  *.txt # text\n  *.md\n)\necho \"${a[@]}\" ${#a[@]} \"${!m[@]}\" \"${m[k]}\"\n"},
            new String[] {"pipelines and negation", "ps aux | grep -v grep | awk '{print $2}' |& tee log\n! grep -q x f && echo absent\n"},
            new String[] {"lists", "a && b || c; d & e\nf &\ng\n\n\nh;\n"},
            new String[] {"time", "time make -j4\ntime { sleep 1; }\n"},
            new String[] {"redirections", "cmd > out 2>&1\ncmd >> log 2>> err < in\ncmd &> all\ncmd &>> all\n"
                    + "exec 3>&- 4<&0 5<> rw 6>| clobber\ncmd >&2\n"},
            new String[] {"here-documents", "cat <<EOF > f\nhello $USER\n  if ( fi\nEOF\ncat <<'END' | wc -l\n'$x' \"\nEND\n"
                    + "if true; then\n\tcat <<-EOT\n\t\tindented\n\tEOT\nfi\n"},
            new String[] {"two here-documents on one line", "paste <(cat <<A\n1\nA\n) - <<B\nx\nB\n"},
            new String[] {"here-document inside a command substitution", "git commit -m \"$(cat <<'EOF'\nfix: don't crash (again)\nEOF\n)\"\n"
                    + "msg=$(cat <<EOF\nit's ${USER}'s \"turn\"\nEOF\n)\necho \"$msg\"\n"},
            new String[] {"here-string", "read -r a b <<< \"$line\"\nbc <<<'1+2'\n"},
            new String[] {"process substitution", "diff <(sort a) <(sort b)\ntee >(gzip > f.gz) < in\nwhile read -r l; do :; done < <(ls)\n"},
            new String[] {"if elif else", "if [ -f a ]; then\n  echo a\nelif [[ -d b ]]; then echo b\nelse\n  echo c\nfi\n"
                    + "if ! cmd; then :; fi\nif a; b; then c; fi\nif (cd x) then echo; fi\n"},
            new String[] {"for loops", "for f in *.log; do echo \"$f\"; done\nfor x in a b c\ndo\n  echo $x\ndone\n"
                    + "for arg; do echo \"$arg\"; done\nfor arg do echo \"$arg\"; done\nfor x in; do :; done\n"
                    + "for ((i = 0; i < 10; i++)); do echo $i; done\nfor (( ; ; )) do break; done\n"},
            new String[] {"select", "select opt in a b c; do echo \"$opt\"; break; done\n"},
            new String[] {"while and until", "while read -r line; do echo \"$line\"; done < f\nuntil ping -c1 host; do sleep 1; done\n"
                    + "while :; do break; done\n"},
            new String[] {"case", "case \"$1\" in\n  start|up) run ;;\n  (stop) halt;;\n  -h|--help)\n    usage\n    ;;\n  [0-9]*) num ;&\n"
                    + "  x) fall ;;&\n  *.tar.gz|*.tgz) ;;\n  *) echo other\nesac\ncase $x in esac\ncase $x in a) ;; esac\n"},
            new String[] {"case patterns that spell reserved words", "case $w in\n  do|done) echo loop ;;\n  if) echo cond ;;\n  in) :;;\nesac\n"},
            new String[] {"functions", "f() { echo f; }\nfunction g { echo g; }\nfunction h() {\n  local x=1\n}\n"
                    + "sub() ( cd /tmp; ls )\nlogged() { echo; } > log 2>&1\nmy-func::x() {\n  :\n}\n"},
            new String[] {"subshells and groups", "(cd /tmp && ls)\n{ echo a; echo b; } > out\n( (nested) )\n{ (echo hi) }\n"},
            new String[] {"tests", "[ -f x ] && [ \"$a\" = \"$b\" ] || [ ! -d y ]\n[[ -n $x && ( $y == a* || $z =~ ^(foo|bar)[0-9]+$ ) ]]\n"
                    + "[[ $a < $b ]]\n[[ -f x &&\n   -r x ]]\ntest -x f\n"},
            new String[] {"quotes and escapes", "echo 'single $x' \"double $x ${y} $(z)\" $'tab\\there\\'s' \\$HOME \\\" \\\\ a\\ b\n"
                    + "echo \"it's\" 'say \"hi\"' \"a\\\"b\" \"cost: $\" \"$\"\n"},
            new String[] {"parameter expansions", "echo ${v:-d} ${v:=d} ${v:?msg} ${v:+alt} ${v#*/} ${v##*/} ${v%.*} ${v%%.*}\n"
                    + "echo ${v/a/b} ${v//a/b} ${v^^} ${v,,} ${#v} ${!ref} ${v:1:2} \"${x:-\"quoted default\"}\" ${a[$i]}\n"},
            new String[] {"command substitutions", "a=$(date +%s)\nb=`hostname`\nc=$(echo $(echo nested) \"$(echo in quotes)\")\n"
                    + "d=$(\n  cd /tmp\n  ls | wc -l\n)\ne=\"$(case $1 in a) echo A;; *) echo other;; esac)\"\n"},
            new String[] {"arithmetic", "echo $((1 + 2 * (3 - 1))) $(( x << 2 ))\n(( count++ ))\n((total += n)) || true\nlet 'x = 1 + 2'\n"},
            new String[] {"comments, shebang, continuations", "#!/bin/bash\n# comment\necho a # trailing comment\necho a#b\n"
                    + "cmd --one \\\n    --two \\\n    --three\n"},
            new String[] {"reserved words as arguments", "echo if then else fi for do done case esac in { } ! [[ ]] time function\n"
                    + "find . -name '*.o' -exec rm {} \\;\necho {a,b}.txt\nx=done\n"},
            new String[] {"extglob and globs", "shopt -s extglob\nrm -f !(keep).tmp\nls @(a|b).txt *.[ch] file?.log\n"},
            new String[] {"background and wait", "sleep 10 &\npid=$!\nwait \"$pid\"\n"},
            new String[] {"windows line endings", "if true; then\r\n  echo ok\r\nfi\r\n"});

    @TestFactory
    Stream<DynamicTest> constructsParseOnTheFastPath() {
        return CONSTRUCTS.stream().map(c -> DynamicTest.dynamicTest(c[0], () -> {
            assertEquals(List.of(), check(c[1]), c[0]);
            assertFalse(SHELL.needsFullContext(c[1]), c[0] + " needs the full-context fallback");
        }));
    }

    @Test
    void emptyAndCommentOnlyScriptsAreValid() {
        assertEquals(List.of(), check(""));
        assertEquals(List.of(), check("\n\n"));
        assertEquals(List.of(), check("#!/bin/sh\n# nothing to do\n"));
    }

    @Test
    void reservedWordsAreReservedOnlyWhereACommandStarts() {
        assertEquals(List.of("IF", "WORD", "WORD", "WORD", "SEMI", "THEN", "WORD", "WORD", "SEMI", "FI"),
                visibleTypes("if [ x ]; then echo fi; fi"));
        // As in bash: without ';' the 'then' is an argument of '['.
        assertEquals(List.of("IF", "WORD", "WORD", "WORD", "WORD"), visibleTypes("if [ x ] then"));
        assertEquals(List.of("FOR", "WORD", "IN", "WORD", "WORD", "SEMI", "DO", "WORD", "SEMI", "DONE"),
                visibleTypes("for x in in do; do :; done"));
        assertEquals(List.of("DLBRACKET", "WORD", "WORD", "WORD", "DRBRACKET"), visibleTypes("[[ ! -f x ]] "));
        assertEquals(List.of("WORD", "WORD"), visibleTypes("echo ]]"));
        assertEquals(List.of("WORD", "WORD", "WORD"), visibleTypes("echo fi\"x\" done.txt"));
    }

    @Test
    void aWordKeepsItsQuotesAndSubstitutionsTogether() {
        List<LexToken> tokens = visible("cp \"$src\"/'my file'$(date +%F).tar.gz \"${dest:-/tmp}\"");
        assertEquals(List.of("cp", "\"$src\"/'my file'$(date +%F).tar.gz", "\"${dest:-/tmp}\""), tokens.stream().map(LexToken::text).toList());
    }

    @Test
    void hereDocumentBodiesAreHiddenTokens() {
        List<LexToken> tokens = SHELL.tokenize("cat <<EOF\nif ( fi \"\nEOF\necho after\n");
        LexToken body = tokens.stream().filter(t -> t.type() == ShellParser.HEREDOC_BODY).findFirst().orElseThrow();
        assertTrue(body.hidden());
        assertEquals("if ( fi \"\nEOF\n", body.text());
        assertEquals(List.of("WORD", "DLESS", "WORD", "NEWLINE", "WORD", "WORD", "NEWLINE"),
                visible("cat <<EOF\nif ( fi \"\nEOF\necho after\n").stream().map(LexToken::typeName).toList());
    }

    @Test
    void aTabStrippedHereDocumentEndsAtATabIndentedDelimiter() {
        assertEquals(List.of(), check("f() {\n\tcat <<-EOF\n\t\tbody\n\tEOF\n}\n"));
        assertEquals(List.of("2:6 unterminated-heredoc"), codesAt("f() {\n\tcat <<EOF\n\t\tbody\n\tEOF\n}\n"));
    }

    @Test
    void parseTreeHoldsTheCompoundCommands() {
        ParseResult r = SHELL.parse("deploy() {\n  for h in a b; do\n    ssh \"$h\" true\n  done\n}\n");
        assertNotNull(r.tree());
        String tree = r.tree().toStringTree(new ShellParser(null));
        assertTrue(tree.contains("(functionDef deploy ( )"), tree);
        assertTrue(tree.contains("(forClause for h in"), tree);
    }

    @Test
    void probeAndExpectedTokens() {
        SyntaxProbe ok = SHELL.probe("echo hi\n");
        assertTrue(ok.ok());
        SyntaxProbe bad = SHELL.probe("if true; then\n  echo hi\n");
        assertFalse(bad.ok());
        assertTrue(bad.expected().stream().anyMatch(e -> "fi".equals(e.literal())), bad.toString());
        List<SyntaxProbe.ExpectedToken> afterIf = SHELL.expectedAt("if true; ", "if true; ".length());
        assertTrue(afterIf.stream().anyMatch(e -> "then".equals(e.literal())), afterIf.toString());
    }

    @Test
    void independentRegionIsTheTopLevelCommand() {
        String text = "echo start\nf() {\n  if x; then\n    y\n}\necho end\n";
        int[] region = SHELL.independentRegion(text, text.indexOf("y\n"));
        assertEquals(text.indexOf("f()"), region[0]);
        assertEquals(text.length(), region[1], "an unclosed block runs to the end");
        String fine = "echo a\ncat <<EOF\nbody\nEOF\necho b\n";
        int[] heredoc = SHELL.independentRegion(fine, fine.indexOf("cat"));
        assertEquals("cat <<EOF\nbody\nEOF\n", fine.substring(heredoc[0], heredoc[1]));
        assertTrue(SHELL.parse(fine.substring(heredoc[0], heredoc[1])).issues().isEmpty());
    }

    @Test
    void registeredForShellFiles() {
        LanguageRegistry registry = LanguageRegistry.withBuiltins();
        assertEquals("shell", registry.byId("shell").orElseThrow().id());
        assertEquals("shell", registry.forFileName("deploy.sh").orElseThrow().id());
        assertEquals("shell", registry.forFileName("Tools.BASH").orElseThrow().id());
        assertTrue(SHELL.keywords().containsAll(List.of("if", "then", "fi", "done", "esac")));
        assertTrue(SHELL.literalTokens().containsAll(List.of(";;", "&&", "[[", "]]", "{", "}")));
        assertTrue(SHELL.grammar().isPresent());
    }

    @Test
    void comparableTokensIgnoreCommentsAndLayout() {
        List<String> a = SHELL.comparableTokens(SHELL.parse("echo hi # greet\nls\n")).stream().filter(java.util.Objects::nonNull).toList();
        List<String> b = SHELL.comparableTokens(SHELL.parse("echo   hi\n\n\nls")).stream().filter(java.util.Objects::nonNull).toList();
        assertEquals(a, b);
        assertTrue(SHELL.comparableTokens(SHELL.parse("cat <<E\nbody\nE\n")).contains("body\nE\n"));
    }

    private static List<String> codesAt(String text) {
        return check(text).stream().map(s -> s.split(" ")[0] + " " + s.split(" ")[1]).toList();
    }

    private static List<LexToken> visible(String text) {
        return SHELL.tokenize(text).stream().filter(t -> !t.hidden()).toList();
    }

    private static List<String> visibleTypes(String text) {
        return visible(text).stream().map(LexToken::typeName).toList();
    }
}
