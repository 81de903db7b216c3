package dev.assistcodegen.report;

/**
 * A problem the user can act on: bad input, an unwritable output, a broken template. The
 * message is one line that names the file and, where known, the line and column.
 */
public final class GenerationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GenerationException(String message) {
    super(message);
  }

  public GenerationException(String message, Throwable cause) {
    super(message, cause);
  }
}
