package io.newsetl.jobs;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * A read-only resource loading on another thread. {@link #get()} waits for it; a load that failed,
 * with an exception or an error, fails every {@code get} with a {@link ResourceLoadException} that
 * names the resource. Thread-safe.
 */
final class BackgroundLoad<T> {

  private final String name;
  private final CompletableFuture<T> value;

  private BackgroundLoad(String name, CompletableFuture<T> value) {
    this.name = name;
    this.value = value;
  }

  /** Starts loading {@code name} with {@code loader} on {@code executor}. */
  static <T> BackgroundLoad<T> start(String name, Supplier<T> loader, Executor executor) {
    return new BackgroundLoad<>(name, CompletableFuture.supplyAsync(loader, executor));
  }

  /**
   * The resource, once loaded.
   *
   * @throws ResourceLoadException when loading it failed
   */
  T get() {
    try {
      return value.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new ResourceLoadException(name, cause);
    }
  }

  /** A shared resource that could not be loaded: the product cannot run without it. */
  static final class ResourceLoadException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    ResourceLoadException(String name, Throwable cause) {
      super("cannot load the " + name + ": " + cause, cause);
    }
  }
}
