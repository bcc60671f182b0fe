package io.scrapeline.system.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Hands the shared {@link RunningStack} to a test class: {@code @RegisterExtension static
 * StackExtension}.
 */
public final class StackExtension implements BeforeAllCallback {

  private RunningStack stack;

  @Override
  public void beforeAll(ExtensionContext context) {
    stack = RunningStack.get(context);
  }

  public String baseUrl() {
    return stack.baseUrl();
  }

  public RunningStack stack() {
    return stack;
  }
}
