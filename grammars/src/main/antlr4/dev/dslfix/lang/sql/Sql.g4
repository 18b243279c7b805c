// A practical SQLite-flavoured SQL dialect, written for dslfix.
// Keywords are case-insensitive. Words that SQLite lets you use as names (KEY, ACTION, TEMP, ...)
// are listed in `nonReservedWord` so that `CREATE TABLE t (key TEXT, action TEXT)` parses.
grammar Sql;

options { caseInsensitive = true; }

script
    : SEMI* (statement (SEMI+ statement)* SEMI*)? EOF
    ;

statement
    : explain? (
      createTable
    | createIndex
    | createView
    | createTrigger
    | dropStatement
    | alterTable
    | selectStatement
    | insertStatement
    | updateStatement
    | deleteStatement
    | transactionStatement
    | pragmaStatement
    | vacuumStatement
    | analyzeStatement
    | reindexStatement
    | attachStatement
    | detachStatement
    )
    ;

explain
    : EXPLAIN (QUERY PLAN)?
    ;

// ---------------------------------------------------------------- DDL

createTable
    : CREATE (TEMP | TEMPORARY)? TABLE ifNotExists? tableName
      ( LPAREN columnDef (COMMA columnDef)* (COMMA tableConstraint)* RPAREN tableOptions?
      | AS selectStatement
      )
    ;

tableOptions
    : tableOption (COMMA tableOption)*
    ;

tableOption
    : WITHOUT ROWID
    | STRICT
    ;

ifNotExists
    : IF NOT EXISTS
    ;

ifExists
    : IF EXISTS
    ;

columnDef
    : columnName typeName? columnConstraint*
    ;

typeName
    : typeWord+ (LPAREN signedNumber (COMMA signedNumber)? RPAREN)?
    ;

// Only plain identifiers: keywords after a type name start column constraints.
typeWord
    : IDENTIFIER
    ;

columnConstraint
    : (CONSTRAINT name)?
      ( PRIMARY KEY (ASC | DESC)? conflictClause? AUTOINCREMENT?
      | NOT NULL conflictClause?
      | NULL
      | UNIQUE conflictClause?
      | CHECK LPAREN expr RPAREN
      | DEFAULT defaultValue
      | COLLATE collationName
      | foreignKeyClause
      | (GENERATED ALWAYS)? AS LPAREN expr RPAREN (STORED | VIRTUAL)?
      )
    ;

defaultValue
    : signedNumber
    | literal
    | LPAREN expr RPAREN
    | name
    ;

conflictClause
    : ON CONFLICT (ROLLBACK | ABORT | FAIL | IGNORE | REPLACE)
    ;

tableConstraint
    : (CONSTRAINT name)?
      ( (PRIMARY KEY | UNIQUE) LPAREN indexedColumn (COMMA indexedColumn)* RPAREN conflictClause?
      | CHECK LPAREN expr RPAREN
      | FOREIGN KEY LPAREN columnName (COMMA columnName)* RPAREN foreignKeyClause
      )
    ;

foreignKeyClause
    : REFERENCES tableName (LPAREN columnName (COMMA columnName)* RPAREN)?
      foreignKeyAction*
      (NOT? DEFERRABLE (INITIALLY (DEFERRED | IMMEDIATE))?)?
    ;

foreignKeyAction
    : ON (DELETE | UPDATE) (SET NULL | SET DEFAULT | CASCADE | RESTRICT | NO ACTION)
    | MATCH name
    ;

indexedColumn
    : expr (COLLATE collationName)? (ASC | DESC)?
    ;

createIndex
    : CREATE UNIQUE? INDEX ifNotExists? indexName ON tableName
      LPAREN indexedColumn (COMMA indexedColumn)* RPAREN whereClause?
    ;

createView
    : CREATE (TEMP | TEMPORARY)? VIEW ifNotExists? viewName
      (LPAREN columnName (COMMA columnName)* RPAREN)? AS selectStatement
    ;

createTrigger
    : CREATE (TEMP | TEMPORARY)? TRIGGER ifNotExists? triggerName
      (BEFORE | AFTER | INSTEAD OF)?
      (DELETE | INSERT | UPDATE (OF columnName (COMMA columnName)*)?)
      ON tableName (FOR EACH ROW)? (WHEN expr)?
      BEGIN (triggerStep SEMI)+ END
    ;

triggerStep
    : updateStatement
    | insertStatement
    | deleteStatement
    | selectStatement
    ;

dropStatement
    : DROP (TABLE | INDEX | VIEW | TRIGGER) ifExists? qualifiedName
    ;

alterTable
    : ALTER TABLE tableName
      ( RENAME TO name
      | RENAME COLUMN? columnName TO name
      | ADD COLUMN? columnDef
      | DROP COLUMN? columnName
      )
    ;

// ---------------------------------------------------------------- other statements

transactionStatement
    : BEGIN (DEFERRED | IMMEDIATE | EXCLUSIVE)? TRANSACTION?
    | (COMMIT | END) TRANSACTION?
    | ROLLBACK TRANSACTION? (TO SAVEPOINT? name)?
    | SAVEPOINT name
    | RELEASE SAVEPOINT? name
    ;

pragmaStatement
    : PRAGMA qualifiedName (EQ pragmaValue | LPAREN pragmaValue RPAREN)?
    ;

pragmaValue
    : signedNumber
    | name
    | STRING
    | ON
    | NO
    ;

vacuumStatement
    : VACUUM name? (INTO expr)?
    ;

analyzeStatement
    : ANALYZE qualifiedName?
    ;

reindexStatement
    : REINDEX qualifiedName?
    ;

attachStatement
    : ATTACH DATABASE? expr AS name
    ;

detachStatement
    : DETACH DATABASE? name
    ;

// ---------------------------------------------------------------- DML

insertStatement
    : withClause?
      ( INSERT (OR (ROLLBACK | ABORT | FAIL | IGNORE | REPLACE))? | REPLACE )
      INTO tableName (AS alias)?
      (LPAREN columnName (COMMA columnName)* RPAREN)?
      ( selectStatement upsertClause*   // VALUES rows are a selectCore
      | DEFAULT VALUES
      )
      returningClause?
    ;

valuesClause
    : VALUES valuesRow (COMMA valuesRow)*
    ;

valuesRow
    : LPAREN expr (COMMA expr)* RPAREN
    ;

upsertClause
    : ON CONFLICT (LPAREN indexedColumn (COMMA indexedColumn)* RPAREN whereClause?)?
      DO ( NOTHING | UPDATE SET setItem (COMMA setItem)* whereClause? )
    ;

returningClause
    : RETURNING resultColumn (COMMA resultColumn)*
    ;

updateStatement
    : withClause?
      UPDATE (OR (ROLLBACK | ABORT | FAIL | IGNORE | REPLACE))? tableName (AS? alias)?
      SET setItem (COMMA setItem)*
      fromClause? whereClause? returningClause? orderByClause? limitClause?
    ;

setItem
    : (columnName | LPAREN columnName (COMMA columnName)* RPAREN) EQ expr
    ;

deleteStatement
    : withClause? DELETE FROM tableName (AS? alias)? whereClause? returningClause? orderByClause? limitClause?
    ;

// ---------------------------------------------------------------- SELECT

selectStatement
    : withClause? selectCore (compoundOperator selectCore)* orderByClause? limitClause?
    ;

withClause
    : WITH RECURSIVE? commonTableExpression (COMMA commonTableExpression)*
    ;

commonTableExpression
    : cteName (LPAREN columnName (COMMA columnName)* RPAREN)? AS (NOT? MATERIALIZED)?
      LPAREN selectStatement RPAREN
    ;

compoundOperator
    : UNION ALL?
    | INTERSECT
    | EXCEPT
    ;

selectCore
    : SELECT (DISTINCT | ALL)? resultColumn (COMMA resultColumn)*
      fromClause? whereClause? groupByClause? havingClause? windowClause?
    | valuesClause
    ;

resultColumn
    : STAR                                  # allColumns
    | tableName DOT STAR                    # tableAllColumns
    | expr (AS? alias)?                     # exprColumn
    ;

fromClause
    : FROM joinClause
    ;

joinClause
    : tableSource (joinOperator tableSource joinConstraint?)*
    ;

joinOperator
    : COMMA
    | NATURAL? (LEFT OUTER? | RIGHT OUTER? | FULL OUTER? | INNER | CROSS)? JOIN
    ;

joinConstraint
    : ON expr
    | USING LPAREN columnName (COMMA columnName)* RPAREN
    ;

tableSource
    : tableName (AS? alias)? (INDEXED BY indexName | NOT INDEXED)?   # namedTable
    | functionName LPAREN (expr (COMMA expr)*)? RPAREN (AS? alias)?  # tableFunction
    | LPAREN selectStatement RPAREN (AS? alias)?                    # subqueryTable
    | LPAREN joinClause RPAREN                                      # nestedJoin
    ;

whereClause
    : WHERE expr
    ;

groupByClause
    : GROUP BY expr (COMMA expr)*
    ;

havingClause
    : HAVING expr
    ;

windowClause
    : WINDOW windowName AS windowDefinition (COMMA windowName AS windowDefinition)*
    ;

orderByClause
    : ORDER BY orderingTerm (COMMA orderingTerm)*
    ;

orderingTerm
    : expr (COLLATE collationName)? (ASC | DESC)? (NULLS (FIRST | LAST))?
    ;

limitClause
    : LIMIT expr ((OFFSET | COMMA) expr)?
    ;

// ---------------------------------------------------------------- expressions

// Boolean operators sit above the other operators in a rule of their own, so that the middle
// operand of BETWEEN (a predicate) cannot swallow an AND: "x BETWEEN 1 AND 2 AND y" is
// unambiguous for SLL prediction, which keeps the fast parsing path for correct input.
expr
    : NOT expr                                                      # notExpr
    | expr AND expr                                                 # andExpr
    | expr OR expr                                                  # orExpr
    | predicate                                                     # predicateExpr
    ;

predicate
    : literal                                                       # literalExpr
    | bindParameter                                                 # parameterExpr
    | columnReference                                               # columnExpr
    | functionCall                                                  # functionExpr
    | LPAREN selectStatement RPAREN                                 # subqueryExpr
    | LPAREN expr (COMMA expr)* RPAREN                              # parenExpr
    | EXISTS LPAREN selectStatement RPAREN                          # existsExpr
    | CAST LPAREN expr AS typeName RPAREN                           # castExpr
    | CASE expr? (WHEN expr THEN expr)+ (ELSE expr)? END            # caseExpr
    | RAISE LPAREN (IGNORE | (ROLLBACK | ABORT | FAIL) COMMA STRING) RPAREN  # raiseExpr
    | predicate COLLATE collationName                               # collateExpr
    | op=(MINUS | PLUS | TILDE) predicate                           # unaryExpr
    | predicate op=(CONCAT | JSON_ARROW | JSON_ARROW2) predicate    # concatExpr
    | predicate op=(STAR | DIV | MOD) predicate                     # mulExpr
    | predicate op=(PLUS | MINUS) predicate                         # addExpr
    | predicate op=(SHL | SHR | AMP | PIPE) predicate               # bitExpr
    | predicate op=(LT | LE | GT | GE) predicate                    # compareExpr
    | predicate op=(EQ | EQ2 | NE | NE2) predicate                  # equalityExpr
    | predicate IS NOT? (DISTINCT FROM)? predicate                  # isExpr
    | predicate NOT? IN ( LPAREN (selectStatement | expr (COMMA expr)*)? RPAREN | tableName )  # inExpr
    | predicate NOT? BETWEEN predicate AND predicate                # betweenExpr
    | predicate NOT? op=(LIKE | GLOB | REGEXP | MATCH) predicate (ESCAPE predicate)?  # likeExpr
    | predicate (ISNULL | NOTNULL | NOT NULL)                       # nullTestExpr
    ;

columnReference
    : (qualifier DOT)? columnName
    ;

qualifier
    : (name DOT)? name
    ;

functionCall
    : functionName LPAREN ( DISTINCT? expr (COMMA expr)* orderByClause? | STAR )? RPAREN
      filterClause? overClause?
    ;

filterClause
    : FILTER LPAREN WHERE expr RPAREN
    ;

overClause
    : OVER ( windowName | windowDefinition )
    ;

windowDefinition
    : LPAREN windowName? (PARTITION BY expr (COMMA expr)*)? orderByClause? frameSpec? RPAREN
    ;

frameSpec
    : (RANGE | ROWS | GROUPS)
      ( BETWEEN frameBound AND frameBound | frameBound )
      (EXCLUDE (NO OTHERS | CURRENT ROW | GROUP | TIES))?
    ;

frameBound
    : UNBOUNDED (PRECEDING | FOLLOWING)
    | CURRENT ROW
    | expr (PRECEDING | FOLLOWING)
    ;

literal
    : NUMBER
    | STRING
    | BLOB
    | NULL
    | TRUE
    | FALSE
    | CURRENT_DATE
    | CURRENT_TIME
    | CURRENT_TIMESTAMP
    ;

signedNumber
    : (PLUS | MINUS)? NUMBER
    ;

bindParameter
    : PARAMETER
    ;

// ---------------------------------------------------------------- names

qualifiedName  : (name DOT)? name ;
tableName      : (name DOT)? name ;
indexName      : (name DOT)? name ;
viewName       : (name DOT)? name ;
triggerName    : (name DOT)? name ;
cteName        : name ;
columnName     : name ;
alias          : name | STRING ;
windowName     : name ;
collationName  : name ;
functionName   : name | REPLACE | LIKE | GLOB ;

name
    : IDENTIFIER
    | QUOTED_IDENTIFIER
    | nonReservedWord
    ;

// Keywords that may also name things.
nonReservedWord
    : ABORT | ACTION | AFTER | ALWAYS | ANALYZE | ASC | ATTACH | BEFORE | CASCADE | COLUMN
    | CONFLICT | DATABASE | DEFERRED | DESC | DETACH | DO | EACH | EXCLUDE | EXCLUSIVE | EXPLAIN
    | FAIL | FILTER | FIRST | FOLLOWING | GENERATED | GROUPS | IGNORE | IMMEDIATE | INITIALLY
    | INSTEAD | KEY | LAST | MATCH | MATERIALIZED | NO | NULLS | OFFSET | OTHERS | OVER
    | PARTITION | PLAN | PRAGMA | PRECEDING | QUERY | RANGE | RECURSIVE | REINDEX | RELEASE
    | RENAME | RESTRICT | ROW | ROWID | ROWS | SAVEPOINT | STORED | STRICT | TEMP | TEMPORARY
    | TIES | TRIGGER | UNBOUNDED | VACUUM | VIEW | VIRTUAL | WINDOW | WITHOUT | CURRENT | TRANSACTION
    | INDEXED
    ;

// ---------------------------------------------------------------- lexer

ABORT : 'ABORT'; ACTION : 'ACTION'; ADD : 'ADD'; AFTER : 'AFTER'; ALL : 'ALL'; ALTER : 'ALTER';
ALWAYS : 'ALWAYS'; ANALYZE : 'ANALYZE'; AND : 'AND'; AS : 'AS'; ASC : 'ASC'; ATTACH : 'ATTACH';
AUTOINCREMENT : 'AUTOINCREMENT'; BEFORE : 'BEFORE'; BEGIN : 'BEGIN'; BETWEEN : 'BETWEEN';
BY : 'BY'; CASCADE : 'CASCADE'; CASE : 'CASE'; CAST : 'CAST'; CHECK : 'CHECK';
COLLATE : 'COLLATE'; COLUMN : 'COLUMN'; COMMIT : 'COMMIT'; CONFLICT : 'CONFLICT';
CONSTRAINT : 'CONSTRAINT'; CREATE : 'CREATE'; CROSS : 'CROSS'; CURRENT : 'CURRENT';
CURRENT_DATE : 'CURRENT_DATE'; CURRENT_TIME : 'CURRENT_TIME'; CURRENT_TIMESTAMP : 'CURRENT_TIMESTAMP';
DATABASE : 'DATABASE'; DEFAULT : 'DEFAULT'; DEFERRABLE : 'DEFERRABLE'; DEFERRED : 'DEFERRED';
DELETE : 'DELETE'; DESC : 'DESC'; DETACH : 'DETACH'; DISTINCT : 'DISTINCT'; DO : 'DO';
DROP : 'DROP'; EACH : 'EACH'; ELSE : 'ELSE'; END : 'END'; ESCAPE : 'ESCAPE'; EXCEPT : 'EXCEPT';
EXCLUDE : 'EXCLUDE'; EXCLUSIVE : 'EXCLUSIVE'; EXISTS : 'EXISTS'; EXPLAIN : 'EXPLAIN';
FAIL : 'FAIL'; FALSE : 'FALSE'; FILTER : 'FILTER'; FIRST : 'FIRST'; FOLLOWING : 'FOLLOWING';
FOR : 'FOR'; FOREIGN : 'FOREIGN'; FROM : 'FROM'; FULL : 'FULL'; GENERATED : 'GENERATED';
GLOB : 'GLOB'; GROUP : 'GROUP'; GROUPS : 'GROUPS'; HAVING : 'HAVING'; IF : 'IF';
IGNORE : 'IGNORE'; IMMEDIATE : 'IMMEDIATE'; IN : 'IN'; INDEX : 'INDEX'; INDEXED : 'INDEXED';
INITIALLY : 'INITIALLY'; INNER : 'INNER'; INSERT : 'INSERT'; INSTEAD : 'INSTEAD';
INTERSECT : 'INTERSECT'; INTO : 'INTO'; IS : 'IS'; ISNULL : 'ISNULL'; JOIN : 'JOIN';
KEY : 'KEY'; LAST : 'LAST'; LEFT : 'LEFT'; LIKE : 'LIKE'; LIMIT : 'LIMIT'; MATCH : 'MATCH';
MATERIALIZED : 'MATERIALIZED'; NATURAL : 'NATURAL'; NO : 'NO'; NOT : 'NOT'; NOTHING : 'NOTHING';
NOTNULL : 'NOTNULL'; NULL : 'NULL'; NULLS : 'NULLS'; OF : 'OF'; OFFSET : 'OFFSET'; ON : 'ON';
OR : 'OR'; ORDER : 'ORDER'; OTHERS : 'OTHERS'; OUTER : 'OUTER'; OVER : 'OVER';
PARTITION : 'PARTITION'; PLAN : 'PLAN'; PRAGMA : 'PRAGMA'; PRECEDING : 'PRECEDING';
PRIMARY : 'PRIMARY'; QUERY : 'QUERY'; RAISE : 'RAISE'; RANGE : 'RANGE'; RECURSIVE : 'RECURSIVE';
REFERENCES : 'REFERENCES'; REGEXP : 'REGEXP'; REINDEX : 'REINDEX'; RELEASE : 'RELEASE';
RENAME : 'RENAME'; REPLACE : 'REPLACE'; RESTRICT : 'RESTRICT'; RETURNING : 'RETURNING';
RIGHT : 'RIGHT'; ROLLBACK : 'ROLLBACK'; ROW : 'ROW'; ROWID : 'ROWID'; ROWS : 'ROWS';
SAVEPOINT : 'SAVEPOINT'; SELECT : 'SELECT'; SET : 'SET'; STORED : 'STORED'; STRICT : 'STRICT';
TABLE : 'TABLE'; TEMP : 'TEMP'; TEMPORARY : 'TEMPORARY'; THEN : 'THEN'; TIES : 'TIES';
TO : 'TO'; TRANSACTION : 'TRANSACTION'; TRIGGER : 'TRIGGER'; TRUE : 'TRUE';
UNBOUNDED : 'UNBOUNDED'; UNION : 'UNION'; UNIQUE : 'UNIQUE'; UPDATE : 'UPDATE'; USING : 'USING';
VACUUM : 'VACUUM'; VALUES : 'VALUES'; VIEW : 'VIEW'; VIRTUAL : 'VIRTUAL'; WHEN : 'WHEN';
WHERE : 'WHERE'; WINDOW : 'WINDOW'; WITH : 'WITH'; WITHOUT : 'WITHOUT';

SEMI : ';'; DOT : '.'; LPAREN : '('; RPAREN : ')'; COMMA : ',';
STAR : '*'; PLUS : '+'; MINUS : '-'; TILDE : '~'; DIV : '/'; MOD : '%';
CONCAT : '||'; JSON_ARROW2 : '->>'; JSON_ARROW : '->'; SHL : '<<'; SHR : '>>'; AMP : '&'; PIPE : '|';
LT : '<'; LE : '<='; GT : '>'; GE : '>='; EQ : '='; EQ2 : '=='; NE : '!='; NE2 : '<>';

NUMBER
    : DIGIT+ ('_' DIGIT+)* (DOT DIGIT* )? EXPONENT?
    | DOT DIGIT+ EXPONENT?
    | '0X' HEX_DIGIT+
    ;

STRING : '\'' ( ~'\'' | '\'\'' )* '\'' ;

BLOB : 'X' '\'' HEX_DIGIT* '\'' ;

IDENTIFIER : [A-Z_\u0080-\uFFFF\u{10000}-\u{10FFFF}] [A-Z_0-9$\u0080-\uFFFF\u{10000}-\u{10FFFF}]* ;

QUOTED_IDENTIFIER
    : '"' ( ~'"' | '""' )* '"'
    | '`' ( ~[`\r\n] | '``' )* '`'
    | '[' ~[\]\r\n]* ']'
    ;

// LLM output often keeps the markdown fence around the code: a token of its own, reported as such.
MARKDOWN_FENCE : '```' ~[\r\n]* ;

PARAMETER
    : '?' DIGIT*
    | [:@$] [A-Z_0-9]+
    ;

LINE_COMMENT : '--' ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN) ;
WS : [ \t\r\n\f]+ -> channel(HIDDEN) ;

// Unfinished lexemes get tokens of their own so that the message can say what is unfinished.
// A terminated lexeme is always longer, so these only win when the closing quote never comes.
UNTERMINATED_STRING : '\'' ( ~'\'' | '\'\'' )* ;
UNTERMINATED_IDENTIFIER : '"' ( ~'"' | '""' )* | '`' ( ~[`\r\n] | '``' )* ;
// Comment text that contains no '*/', up to the end of input.
UNTERMINATED_COMMENT : '/*' ( ~'*' | '*'+ ~[*/] )* '*'* EOF ;

fragment DIGIT : [0-9] ;
fragment HEX_DIGIT : [0-9A-F] ;
fragment EXPONENT : 'E' [+-]? DIGIT+ ;
