// Lexer half of a split grammar for INI-style settings files, written for dslfix's tests.
// Uses a lexer mode for values so that '=' and ';' inside a value are plain text.
lexer grammar IniLexer;

channels { COMMENTS }

LBRACK  : '[' ;
RBRACK  : ']' ;
NAME    : [A-Za-z_] [A-Za-z_0-9.-]* ;
EQUALS  : '=' -> pushMode(VALUE) ;
NEWLINE : '\r'? '\n' ;
COMMENT : [;#] ~[\r\n]* -> channel(COMMENTS) ;
WS      : [ \t]+ -> skip ;

mode VALUE;
TEXT      : ~[\r\n]+ ;
VALUE_END : '\r'? '\n' -> type(NEWLINE), popMode ;
