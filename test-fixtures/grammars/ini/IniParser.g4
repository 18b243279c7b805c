// Parser half of a split grammar for INI-style settings files, written for dslfix's tests.
parser grammar IniParser;

options { tokenVocab = IniLexer; }

file     : NEWLINE* (section | property NEWLINE+)* EOF ;
section  : LBRACK NAME RBRACK NEWLINE+ (property (NEWLINE+ | EOF))* ;
property : NAME EQUALS TEXT? ;
