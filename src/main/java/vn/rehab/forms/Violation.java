package vn.rehab.forms;

/** One rule a submitted value breaks: the field key and a Vietnamese sentence an officer can act on. */
public record Violation(String field, String message) {}
