package dev.dslfix.lang.playbook;

import dev.dslfix.lang.LexToken;
import dev.dslfix.lang.ParseResult;
import dev.dslfix.lang.SourceText;
import dev.dslfix.lang.playbook.PlaybookParser.*;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds {@link YNode}s from a parse tree. Parts that error recovery left out come back as
 * nulls; a value the lexer rejected (an unterminated string, an unquoted "{{") stays a scalar,
 * so that one mistake is not reported again as a missing value.
 */
final class YamlBuilder {
    private final SourceText source;
    private final List<LexToken> tokens;
    private final java.util.Map<String, YNode> anchors = new java.util.HashMap<>();

    YamlBuilder(ParseResult parsed) {
        this.source = parsed.source();
        this.tokens = parsed.tokens();
    }

    /** The document's root node, or null when it is empty. */
    YNode build(PlaybookContext ctx) {
        RootContext root = ctx.root();
        if (root == null || root.node() == null) {
            return null;
        }
        return node(root.node());
    }

    private YNode node(NodeContext ctx) {
        if (ctx.blockMapping() != null) {
            return mapping(ctx.blockMapping());
        }
        if (ctx.blockSequence() != null) {
            return sequence(ctx.blockSequence());
        }
        String tag = tag(ctx.properties());
        YNode n;
        if (ctx.inlineValue() != null) {
            n = inline(ctx.inlineValue());
        } else if (ctx.blockScalar() != null) {
            n = blockScalar(ctx.blockScalar());
        } else if (ctx.node() != null) {
            n = node(ctx.node());
        } else {
            int at = ctx.properties() != null ? end(ctx.properties().getStop()) : start(ctx.getStart());
            n = new YNode(YNode.Kind.NULL, at, at);
        }
        n.tag = tag;
        anchor(ctx.properties(), n);
        return n;
    }

    private void anchor(PropertiesContext p, YNode n) {
        if (p != null && p.ANCHOR() != null) {
            anchors.put(p.ANCHOR().getText().substring(1), n);
        }
    }

    private YNode alias(Token t) {
        YNode n = new YNode(YNode.Kind.ALIAS, start(t), end(t));
        n.value = t.getText();
        n.target = anchors.get(t.getText().substring(1));
        return n;
    }

    /** "<<: *defaults" (or a list of aliases): the referenced mappings' entries that the mapping does not set itself. */
    private static void merge(YNode map) {
        YNode.Entry merge = map.entry("<<");
        if (merge == null) {
            return;
        }
        List<YNode> sources = merge.value().isSeq() ? merge.value().items : List.of(merge.value());
        List<YNode.Entry> added = new java.util.ArrayList<>();
        for (YNode source : sources) {
            YNode target = source.kind == YNode.Kind.ALIAS ? source.target : source;
            if (target == null || !target.isMap()) {
                return; // keep '<<' as written: nothing to merge
            }
            for (YNode.Entry e : target.entries) {
                if (!map.has(e.key().value) && added.stream().noneMatch(a -> a.key().value.equals(e.key().value))) {
                    added.add(e);
                }
            }
        }
        map.entries.remove(merge);
        map.entries.addAll(added);
    }

    private YNode mapping(BlockMappingContext ctx) {
        YNode map = null;
        for (PairContext p : ctx.pair()) {
            if (p.key() == null || p.COLON() == null) {
                continue;
            }
            YNode key = key(p.key().getStart());
            YNode value = pairValue(p.pairValue(), p.COLON().getSymbol());
            if (map == null) {
                map = new YNode(YNode.Kind.MAP, key.start, value.end);
            }
            map.entries.add(new YNode.Entry(key, value));
            map.end = Math.max(map.end, value.end);
        }
        if (map == null) {
            int at = start(ctx.getStart());
            map = new YNode(YNode.Kind.MAP, at, at);
        }
        merge(map);
        return map;
    }

    private YNode pairValue(PairValueContext ctx, Token colon) {
        int afterColon = end(colon);
        if (ctx == null) {
            return recovered(afterColon);
        }
        String tag = tag(ctx.properties());
        YNode n;
        if (ctx.node() != null) {
            n = node(ctx.node());
        } else if (ctx.blockSequence() != null) {
            n = sequence(ctx.blockSequence());
        } else if (ctx.inlineValue() != null) {
            n = inline(ctx.inlineValue());
        } else if (ctx.blockScalar() != null) {
            n = blockScalar(ctx.blockScalar());
        } else {
            n = recovered(afterColon);
        }
        if (tag != null) {
            n.tag = tag;
        }
        anchor(ctx.properties(), n);
        return n;
    }

    /** Nothing after "key:", or the value the lexer rejected there (kept as a scalar). */
    private YNode recovered(int afterColon) {
        int i = firstTokenAt(afterColon);
        for (; i < tokens.size(); i++) {
            LexToken t = tokens.get(i);
            if (t.type() == PlaybookLexer.WS || t.type() == PlaybookLexer.COMMENT) {
                continue;
            }
            if (t.type() == PlaybookLexer.UNTERMINATED_DQ || t.type() == PlaybookLexer.UNTERMINATED_SQ
                    || t.type() == PlaybookLexer.UNQUOTED_JINJA) {
                YNode n = new YNode(YNode.Kind.SCALAR, t.start(), t.end());
                n.style = YNode.Style.BROKEN;
                n.value = Scalars.unquote(t.text());
                n.segments.add(new YNode.Segment(t.start(), t.text()));
                return n;
            }
            break;
        }
        return new YNode(YNode.Kind.NULL, afterColon, afterColon);
    }

    private int firstTokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private YNode sequence(BlockSequenceContext ctx) {
        YNode seq = null;
        for (ItemContext item : ctx.item()) {
            Token dash = item.DASH() != null ? item.DASH().getSymbol() : item.getStart();
            YNode value;
            if (item.node() != null) {
                value = node(item.node());
            } else {
                value = recovered(end(dash));
            }
            if (seq == null) {
                seq = new YNode(YNode.Kind.SEQ, start(dash), value.end);
            }
            seq.items.add(value);
            seq.end = Math.max(seq.end, value.end);
        }
        if (seq == null) {
            int at = start(ctx.getStart());
            seq = new YNode(YNode.Kind.SEQ, at, at);
        }
        return seq;
    }

    private YNode inline(InlineValueContext ctx) {
        if (ctx.scalar() != null) {
            return scalar(ctx.scalar());
        }
        if (ctx.flowSequence() != null) {
            return flowSequence(ctx.flowSequence());
        }
        if (ctx.flowMapping() != null) {
            return flowMapping(ctx.flowMapping());
        }
        return alias(ctx.getStart());
    }

    private YNode scalar(ScalarContext ctx) {
        List<TerminalNode> plain = ctx.PLAIN();
        if (!plain.isEmpty()) {
            YNode n = null;
            StringBuilder value = new StringBuilder();
            for (TerminalNode p : plain) {
                Token t = p.getSymbol();
                if (n == null) {
                    n = new YNode(YNode.Kind.SCALAR, start(t), end(t));
                } else {
                    value.append(' ');
                }
                value.append(t.getText());
                n.end = end(t);
                n.segments.add(new YNode.Segment(start(t), t.getText()));
            }
            n.value = value.toString();
            return n;
        }
        return quoted(ctx.getStart());
    }

    private YNode quoted(Token t) {
        YNode n = new YNode(YNode.Kind.SCALAR, start(t), end(t));
        String text = t.getText();
        n.style = text.startsWith("'") ? YNode.Style.SINGLE : YNode.Style.DOUBLE;
        n.value = Scalars.unquote(text);
        if (text.length() >= 2) {
            n.segments.add(new YNode.Segment(start(t) + 1, source.text().substring(start(t) + 1, Math.max(start(t) + 1, end(t) - 1))));
        }
        return n;
    }

    private YNode key(Token t) {
        if (t.getType() == PlaybookLexer.PLAIN) {
            YNode n = new YNode(YNode.Kind.SCALAR, start(t), end(t));
            n.value = t.getText();
            return n;
        }
        return quoted(t);
    }

    private YNode blockScalar(BlockScalarContext ctx) {
        Token header = ctx.BLOCK_HEADER().getSymbol();
        TerminalNode body = ctx.BLOCK_TEXT();
        int s = start(header);
        int e = body != null ? end(body.getSymbol()) : end(header);
        YNode n = new YNode(YNode.Kind.SCALAR, s, e);
        n.style = header.getText().startsWith("|") ? YNode.Style.LITERAL : YNode.Style.FOLDED;
        if (body != null) {
            String raw = source.text().substring(start(body.getSymbol()), e);
            n.value = raw.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("");
            n.segments.add(new YNode.Segment(start(body.getSymbol()), raw));
        }
        return n;
    }

    private YNode flowSequence(FlowSequenceContext ctx) {
        YNode seq = new YNode(YNode.Kind.SEQ, start(ctx.getStart()), end(ctx.getStop()));
        for (FlowEntryContext e : ctx.flowEntry()) {
            if (e.flowPair() != null) {
                YNode m = new YNode(YNode.Kind.MAP, start(e.getStart()), end(e.getStop()));
                addFlowPair(m, e.flowPair());
                seq.items.add(m);
            } else if (e.flowValue() != null) {
                seq.items.add(flowValue(e.flowValue()));
            }
        }
        return seq;
    }

    private YNode flowMapping(FlowMappingContext ctx) {
        YNode map = new YNode(YNode.Kind.MAP, start(ctx.getStart()), end(ctx.getStop()));
        for (FlowMapEntryContext e : ctx.flowMapEntry()) {
            if (e.flowKey() == null) {
                continue;
            }
            YNode key = key(e.flowKey().getStart());
            int after = e.COLON() != null ? end(e.COLON().getSymbol()) : key.end;
            YNode value = e.flowValue() != null ? flowValue(e.flowValue()) : new YNode(YNode.Kind.NULL, after, after);
            map.entries.add(new YNode.Entry(key, value));
        }
        merge(map);
        return map;
    }

    private void addFlowPair(YNode map, FlowPairContext p) {
        if (p.flowKey() == null || p.COLON() == null) {
            return;
        }
        YNode key = key(p.flowKey().getStart());
        int after = end(p.COLON().getSymbol());
        YNode value = p.flowValue() != null ? flowValue(p.flowValue()) : new YNode(YNode.Kind.NULL, after, after);
        map.entries.add(new YNode.Entry(key, value));
    }

    private YNode flowValue(FlowValueContext ctx) {
        String tag = tag(ctx.properties());
        YNode n;
        if (ctx.flowSequence() != null) {
            n = flowSequence(ctx.flowSequence());
        } else if (ctx.flowMapping() != null) {
            n = flowMapping(ctx.flowMapping());
        } else {
            Token t = ctx.getStop();
            if (t.getType() == PlaybookLexer.PLAIN) {
                n = new YNode(YNode.Kind.SCALAR, start(t), end(t));
                n.value = t.getText();
                n.segments.add(new YNode.Segment(start(t), t.getText()));
            } else if (t.getType() == PlaybookLexer.ALIAS) {
                n = alias(t);
            } else {
                n = quoted(t);
            }
        }
        n.tag = tag;
        anchor(ctx.properties(), n);
        return n;
    }

    private static String tag(PropertiesContext p) {
        return p == null || p.TAG() == null ? null : p.TAG().getText();
    }

    private int start(Token t) {
        return source.offsetOfCodePoint(t.getStartIndex());
    }

    private int end(Token t) {
        return Math.max(start(t), source.offsetOfCodePoint(t.getStopIndex() + 1));
    }
}
