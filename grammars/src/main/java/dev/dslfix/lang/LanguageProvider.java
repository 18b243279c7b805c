package dev.dslfix.lang;

/** Service interface (java.util.ServiceLoader) through which built-in languages are found. */
public interface LanguageProvider {

    String id();

    Language create(LanguageOptions options);
}
