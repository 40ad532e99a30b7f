package org.rspnavigator.search;

/** An autocomplete entry for what has been typed so far: the text to show and where it leads. */
public record Suggestion(String text, HitType type, String id) {
}
