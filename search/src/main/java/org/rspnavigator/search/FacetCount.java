package org.rspnavigator.search;

/** How many hits carry one value of a facet ({@code value} is the vocabulary slug). */
public record FacetCount(String value, String label, int count) {
}
