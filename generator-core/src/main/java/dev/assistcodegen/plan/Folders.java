package dev.assistcodegen.plan;

/** How requests are grouped into folders: by first tag, or by first path segment. */
public enum Folders { TAGS, PATHS }
