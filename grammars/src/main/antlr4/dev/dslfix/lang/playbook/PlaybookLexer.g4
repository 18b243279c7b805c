// Lexer for the YAML subset that Ansible-style playbooks use, written for dslfix.
//
// Block structure comes from indentation. PlaybookLexerBase turns it into tokens, as Python
// lexers do: INDENT where a deeper block starts, DEDENT where it ends, NEWLINE at the end of each
// line with content. The content of literal and folded block scalars ('|', '>') is one opaque
// BLOCK_TEXT token, also made there. Flow collections ('[a, b]', '{a: 1}') are lexed in mode FLOW,
// where line breaks are plain white space.
lexer grammar PlaybookLexer;

options { superClass = PlaybookLexerBase; }

tokens { INDENT, DEDENT, BLOCK_TEXT, BAD_INDENT, TAB_INDENT, UNCLOSED_FLOW }

BOM : '\uFEFF' -> channel(HIDDEN) ;

// '---' and '...' only count at the start of a line (PlaybookLexerBase makes others plain
// scalars). There are no predicates in this lexer: they would keep ANTLR from caching its DFA.
// Where a rule needs a blank after its character ('- ', ': ') the plain scalar rule wins by
// longest match when a non-blank follows ('-1', 'a:b').
DOC_START : '---' ;
DOC_END : '...' ;

// A markdown fence that an LLM left around the YAML: reported, never parsed.
MARKDOWN_FENCE : '```' ~[\r\n]* ;

DIRECTIVE : '%' ~[\r\n]* -> channel(HIDDEN) ;

DASH : '-' ;
COLON : ':' ;
COMMA : ',' ;
LBRACK : '[' -> pushMode(FLOW) ;
LBRACE : '{' -> pushMode(FLOW) ;
RBRACK : ']' ;
RBRACE : '}' ;

// An unquoted value that starts with a Jinja expression: YAML reads the '{' as a flow mapping.
UNQUOTED_JINJA : '{{' ~[\r\n]*? '}}' P_INNER* ;

BLOCK_HEADER : [|>] ( [-+] [1-9]? | [1-9] [-+]? )? ;

ANCHOR : '&' ANCHOR_CHAR+ ;
ALIAS : '*' ANCHOR_CHAR+ ;
TAG : '!' ANCHOR_CHAR* ;

DQ : DQ_BODY '"' ;
SQ : SQ_BODY '\'' ;
UNTERMINATED_DQ : DQ_BODY '\\'? ;
UNTERMINATED_SQ : SQ_BODY ;

PLAIN : P_START P_INNER* ;

COMMENT : '#' ~[\r\n]* -> channel(HIDDEN) ;
WS : [ \t]+ -> channel(HIDDEN) ;
NEWLINE : '\r'? '\n' | '\r' ;

fragment ANCHOR_CHAR : ~[ \t\r\n,[\]{}] ;
fragment DQ_BODY : '"' ( ~["\\\r\n] | '\\' ~[\r\n] )* ;
fragment SQ_BODY : '\'' ( ~['\r\n] | '\'\'' )* ;

// Plain scalars in block context: no indicator first (unless '-', '?' or ':' is followed by a
// non-blank), no ': ' and no ' #' inside, no trailing blanks.
fragment P_START : ~[-?:,[\]{}#&*!|>'"%@`\uFEFF \t\r\n\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F] | [-?:] P_SAFE ;
fragment P_SAFE : ~[ \t\r\n\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F] ;
fragment P_INNER : P_NS | [ \t]+ P_NS_NOHASH ;
fragment P_NS : ~[: \t\r\n\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F] | ':' P_SAFE ;
fragment P_NS_NOHASH : ~[:# \t\r\n\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F] | ':' P_SAFE ;

// ------------------------------------------------------------------ flow collections
mode FLOW;

F_LBRACK : '[' -> type(LBRACK), pushMode(FLOW) ;
F_LBRACE : '{' -> type(LBRACE), pushMode(FLOW) ;
F_RBRACK : ']' -> type(RBRACK), popMode ;
F_RBRACE : '}' -> type(RBRACE), popMode ;
F_COMMA : ',' -> type(COMMA) ;
F_COLON : ':' -> type(COLON) ;
F_UNQUOTED_JINJA : '{{' ~[\r\n]*? '}}' F_INNER* -> type(UNQUOTED_JINJA) ;
F_ANCHOR : '&' F_ANCHOR_CHAR+ -> type(ANCHOR) ;
F_ALIAS : '*' F_ANCHOR_CHAR+ -> type(ALIAS) ;
F_TAG : '!' F_ANCHOR_CHAR* -> type(TAG) ;
F_DQ : DQ_BODY '"' -> type(DQ) ;
F_SQ : SQ_BODY '\'' -> type(SQ) ;
F_UNTERMINATED_DQ : DQ_BODY '\\'? -> type(UNTERMINATED_DQ) ;
F_UNTERMINATED_SQ : SQ_BODY -> type(UNTERMINATED_SQ) ;
F_PLAIN : F_START F_INNER* -> type(PLAIN) ;
F_COMMENT : '#' ~[\r\n]* -> type(COMMENT), channel(HIDDEN) ;
F_WS : [ \t]+ -> type(WS), channel(HIDDEN) ;
FLOW_NEWLINE : ( '\r'? '\n' | '\r' ) -> channel(HIDDEN) ;

fragment F_ANCHOR_CHAR : ~[ \t\r\n,[\]{}] ;
fragment F_START : ~[-?:,[\]{}#&*!|>'"%@`\uFEFF \t\r\n\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F] | [-?:] F_SAFE ;
fragment F_SAFE : ~[ \t\r\n,[\]{}\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F] ;
fragment F_INNER : F_NS | [ \t]+ F_NS_NOHASH ;
fragment F_NS : ~[:, \t\r\n[\]{}\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F] | ':' F_SAFE ;
fragment F_NS_NOHASH : ~[:#, \t\r\n[\]{}\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F] | ':' F_SAFE ;
