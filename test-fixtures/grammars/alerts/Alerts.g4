// Alerts: an alerting-rules language for monitoring systems.
// Written from scratch for dslfix's transfer tests: a small but realistic
// DSL that the repair model has never seen during training.
grammar Alerts;

rules     : group* EOF ;

group     : 'group' STRING '{' interval? alert* '}' ;
interval  : 'every' DURATION ';' ;
alert     : 'alert' ID '{' clause* '}' ;

clause    : 'when' expr ';'                                         # whenClause
          | 'for' DURATION ';'                                      # forClause
          | 'severity' level=('critical' | 'warning' | 'info') ';'  # severityClause
          | 'labels' '{' labelPair* '}'                             # labelsClause
          | 'annotate' ID '=' STRING ';'                            # annotateClause
          | 'notify' STRING (',' STRING)* ';'                       # notifyClause
          | 'silence' 'between' TIME 'and' TIME ';'                 # silenceClause
          ;
labelPair : ID '=' STRING ';' ;

expr      : '-' expr                                              # negExpr
          | expr op=('*' | '/' | '%') expr                        # mulExpr
          | expr op=('+' | '-') expr                              # addExpr
          | expr op=('>' | '<' | '>=' | '<=' | '==' | '!=') expr  # cmpExpr
          | 'not' expr                                            # notExpr
          | expr 'and' expr                                       # andExpr
          | expr 'or' expr                                        # orExpr
          | ID '(' (expr (',' expr)*)? ')' grouping?              # callExpr
          | selector                                              # metricExpr
          | NUMBER                                                # numberExpr
          | DURATION                                              # durationExpr
          | STRING                                                # stringExpr
          | '(' expr ')'                                          # parenExpr
          ;
grouping  : 'by' '(' ID (',' ID)* ')' ;
selector  : ID matchers? range? ;
matchers  : '{' (matcher (',' matcher)*)? '}' ;
matcher   : ID op=('=' | '!=' | '=~' | '!~') STRING ;
range     : '[' DURATION ']' ;

// Durations chain units: 30s, 5m, 1h30m, 7d.
DURATION  : ([0-9]+ ('ms' | 's' | 'm' | 'h' | 'd' | 'w'))+ ;
TIME      : [0-9] [0-9]? ':' [0-9] [0-9] ;
NUMBER    : [0-9]+ ('.' [0-9]+)? ;
// Metric names may contain colons, as in recording rules (job:errors:rate5m).
ID        : [a-zA-Z_] [a-zA-Z_0-9:]* ;
STRING    : '"' (~["\\\r\n] | '\\' .)* '"' ;
COMMENT   : '#' ~[\r\n]* -> skip ;
WS        : [ \t\r\n]+ -> skip ;
