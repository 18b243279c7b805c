// The YAML subset of Ansible-style playbooks, written for dslfix: block mappings and sequences
// (structure from INDENT/DEDENT/NEWLINE, see PlaybookLexer), plain and quoted scalars, simple
// flow collections, literal and folded block scalars, anchors, aliases and tags.
parser grammar PlaybookParser;

options { tokenVocab = PlaybookLexer; }

playbook
    : (DOC_START NEWLINE)? root? (DOC_END NEWLINE)? EOF
    ;

root
    : node
    | INDENT node DEDENT
    ;

node
    : blockMapping
    | blockSequence
    | properties? inlineValue NEWLINE
    | properties? blockScalar
    | properties NEWLINE (INDENT node DEDENT)?
    ;

blockMapping
    : pair+
    ;

pair
    : key COLON pairValue
    ;

key
    : PLAIN
    | DQ
    | SQ
    ;

pairValue
    : properties? NEWLINE (INDENT node DEDENT | blockSequence)?
    | properties? inlineValue NEWLINE
    | properties? blockScalar
    ;

blockSequence
    : item+
    ;

item
    : DASH INDENT node DEDENT
    | DASH NEWLINE (INDENT node DEDENT)?
    ;

blockScalar
    : BLOCK_HEADER BLOCK_TEXT? NEWLINE
    ;

properties
    : ANCHOR TAG?
    | TAG ANCHOR?
    ;

inlineValue
    : scalar
    | flowSequence
    | flowMapping
    | ALIAS
    ;

scalar
    : PLAIN+
    | DQ
    | SQ
    ;

flowSequence
    : LBRACK (flowEntry (COMMA flowEntry)* COMMA?)? RBRACK
    ;

flowMapping
    : LBRACE (flowMapEntry (COMMA flowMapEntry)* COMMA?)? RBRACE
    ;

// In a flow mapping a key without ':' has a null value ({a, b: 1}).
flowMapEntry
    : flowKey (COLON flowValue?)?
    ;

flowEntry
    : flowPair
    | flowValue
    ;

flowPair
    : flowKey COLON flowValue?
    ;

flowKey
    : PLAIN
    | DQ
    | SQ
    ;

flowValue
    : properties? (PLAIN | DQ | SQ | ALIAS | flowSequence | flowMapping)
    ;
