package dev.vigil.rego.engine;

/** A policy could not be loaded or evaluated by an engine (bad bundle, unknown entrypoint, abort). */
public final class PolicyEngineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PolicyEngineException(String message) {
    super(message);
  }

  public PolicyEngineException(String message, Throwable cause) {
    super(message, cause);
  }
}
