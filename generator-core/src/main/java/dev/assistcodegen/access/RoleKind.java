package dev.assistcodegen.access;

import java.util.Locale;

/** Where a role applies: the whole tenant, or one project. */
public enum RoleKind {
  /** A tenant-wide role: it may call every operation whose scopes it holds. */
  APPLICATION,
  /** A role in one project: it only gets operations on one project (those that require the project parameter). */
  PROJECT;

  /** The name used in roles files and output ("application", "project"). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind for a roles-file value, or null when it is not one. */
  static RoleKind parse(String text) {
    for (RoleKind kind : values()) {
      if (kind.label().equals(text)) {
        return kind;
      }
    }
    return null;
  }
}
