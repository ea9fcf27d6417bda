package dev.vigil.rego.tool;

import java.time.Duration;

/** The result of running one test rule. */
record TestOutcome(TestCase test, Status status, Duration duration, String message) {
  enum Status { PASS, FAIL, ERROR, SKIPPED }

  boolean failed() {
    return status == Status.FAIL || status == Status.ERROR;
  }
}
