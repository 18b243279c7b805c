package dev.dslfix.models.eval;

import java.util.List;

/** A system under evaluation: repair candidates for a broken document, best first (possibly none). */
public interface Repairer {

    String name();

    List<String> repair(String broken);
}
