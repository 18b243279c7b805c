// Tokens of Jinja expressions inside playbook values ("{{ ... }}", "{% ... %}" and the bare
// expressions of when:, changed_when:, failed_when:, until: and assert's that:), written for
// dslfix. The playbook checker reads variable names out of them.
lexer grammar JinjaLexer;

NAME : [a-zA-Z_] [a-zA-Z0-9_]* ;
NUMBER : [0-9]+ ('.' [0-9]+)? ([eE] [+-]? [0-9]+)? ;
STRING : '"' ( ~["\\] | '\\' . )* '"' | '\'' ( ~['\\] | '\\' . )* '\'' ;
UNTERMINATED_STRING : '"' ( ~["\\] | '\\' . )* | '\'' ( ~['\\] | '\\' . )* ;
PIPE : '|' ;
DOT : '.' ;
LPAREN : '(' ;
RPAREN : ')' ;
LBRACK : '[' ;
RBRACK : ']' ;
LBRACE : '{' ;
RBRACE : '}' ;
COMMA : ',' ;
COLON : ':' ;
COMPARE : '==' | '!=' | '<=' | '>=' | '<' | '>' ;
ASSIGN : '=' ;
OPERATOR : '+' | '-' | '**' | '*' | '//' | '/' | '%' | '~' ;
WS : [ \t\r\n]+ -> skip ;
OTHER : . ;
