// A small calculator language with variables, written for dslfix's tests.
grammar Calc;

program   : statement* EOF ;
statement : 'let' ID '=' expr ';'          # let
          | 'print' expr (',' expr)* ';'   # print
          | 'if' expr block ('else' block)? # if
          ;
block     : '{' statement* '}' ;
expr      : expr op=('*' | '/') expr        # mul
          | expr op=('+' | '-') expr        # add
          | expr op=('<' | '>' | '==') expr # cmp
          | '-' expr                        # neg
          | '(' expr ')'                    # paren
          | ID '(' (expr (',' expr)*)? ')'  # call
          | ID                              # var
          | NUMBER                          # num
          | STRING                          # str
          ;

ID      : [a-zA-Z_] [a-zA-Z_0-9]* ;
NUMBER  : [0-9]+ ('.' [0-9]+)? ;
STRING  : '"' (~["\\\r\n] | '\\' .)* '"' ;
COMMENT : '#' ~[\r\n]* -> skip ;
WS      : [ \t\r\n]+ -> skip ;
