package io.scrapeline.bench;

/** One measurement of the benchmark; runs put their figures into the report. */
interface Scenario {

  String name();

  /** One line for the usage text. */
  String description();

  /** Whether {@code all} leaves it out (it then runs only when named). */
  default boolean optional() {
    return false;
  }

  void run(Context context, Report report) throws Exception;
}
