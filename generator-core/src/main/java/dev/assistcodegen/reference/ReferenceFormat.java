package dev.assistcodegen.reference;

/** Whether {@code generate} writes the reference page: {@code reference/index.html} and its pages, or nothing. */
public enum ReferenceFormat { NONE, HTML }
