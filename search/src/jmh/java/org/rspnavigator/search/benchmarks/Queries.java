package org.rspnavigator.search.benchmarks;

import java.util.List;

/** Realistic queries: identifiers, vocabulary, typos and questions, as in the relevance test. */
final class Queries {

    static final List<String> MIX = List.of("dose", "XDS-I", "worklist", "send images to the EHR", "mamo cad",
            "PS3.16 TID 10011", "nuclear medicine", "anonymization", "key images", "C-STORE", "structured report",
            "tomosynthsis", "consent", "radiopharmaceutical", "ICD10", "OB/Gyn", "web access to images",
            "display calibration", "SWF.b", "patient registration");

    static final List<String> PREFIXES = List.of("rds", "xds", "nuc", "dic", "mammo", "key im", "wado", "ihe s");

    private Queries() {
    }
}
