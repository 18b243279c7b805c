package dev.dslfix.models.corrupt;

import java.util.Random;

/** Numbers as words, for the 30 -> 'thirty' kind of mistake. */
final class NumberWords {
    private NumberWords() {
    }

    private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety"};
    private static final String[] VAGUE = {"a lot", "many", "unknown", "N/A", "some"};

    /** Words for a numeric literal: exact for 0..9999 and simple decimals, vague otherwise. */
    static String words(String literal, Random rnd) {
        String plain = literal.replace("_", "");
        if (plain.matches("\\d{1,4}")) {
            return integer(Integer.parseInt(plain));
        }
        if (plain.matches("\\d{1,4}\\.\\d{1,2}")) {
            int dot = plain.indexOf('.');
            StringBuilder sb = new StringBuilder(integer(Integer.parseInt(plain.substring(0, dot)))).append(" point");
            for (char c : plain.substring(dot + 1).toCharArray()) {
                sb.append(' ').append(SMALL[c - '0']);
            }
            return sb.toString();
        }
        return VAGUE[rnd.nextInt(VAGUE.length)];
    }

    static String integer(int n) {
        if (n < 20) {
            return SMALL[n];
        }
        if (n < 100) {
            return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + SMALL[n % 10]);
        }
        if (n < 1000) {
            return SMALL[n / 100] + " hundred" + (n % 100 == 0 ? "" : " " + integer(n % 100));
        }
        return integer(n / 1000) + " thousand" + (n % 1000 == 0 ? "" : " " + integer(n % 1000));
    }
}
