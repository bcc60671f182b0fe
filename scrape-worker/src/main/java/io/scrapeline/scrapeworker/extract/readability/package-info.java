/**
 * Main-content scoring for only_main_content, in the spirit of Mozilla Readability (and of
 * boilerpipe's text and link densities), on jsoup: {@link
 * io.scrapeline.scrapeworker.extract.readability.MainTextFinder} is the entry point.
 *
 * <p>Why our own code. Libraries evaluated from their Maven Central metadata (November 2026):
 *
 * <ul>
 *   <li>Readability4J ({@code net.dankito.readability4j:readability4j} 1.0.8): a faithful port of
 *       Readability, but Kotlin 1.3, built against jsoup 1.11.2, and without a release for years;
 *       it would pull a Kotlin runtime and an old jsoup API into the worker.
 *   <li>crux ({@code com.chimbori.crux:crux}): the last release on Maven Central is 2.1.0, built
 *       against jsoup 1.9.2; later releases are published elsewhere, not on Maven Central.
 *   <li>boilerpipe ({@code de.l3s.boilerpipe:boilerpipe} 1.1.0, 2010): unmaintained, parses with
 *       NekoHTML/Xerces rather than jsoup, and returns text, not the element tree the Markdown
 *       converter needs.
 * </ul>
 *
 * None is maintained and compatible with our jsoup 1.22; the algorithm is small, so it lives here,
 * measured on the corpus of src/test/resources/corpus ({@code CorpusQualityTest}) and in {@code
 * bench/extraction}.
 *
 * <p>The steps: {@link io.scrapeline.scrapeworker.extract.readability.ClassWeight} sets aside
 * elements whose class, id or role say boilerplate; {@link
 * io.scrapeline.scrapeworker.extract.readability.BlockStats} measures every element once; {@link
 * io.scrapeline.scrapeworker.extract.readability.CandidateScorer} scores ancestors of paragraphs;
 * {@link io.scrapeline.scrapeworker.extract.readability.MainTextFinder} picks and widens the best
 * one; {@link io.scrapeline.scrapeworker.extract.readability.ContentCleaner} removes widgets from
 * it; {@link io.scrapeline.scrapeworker.extract.readability.TitleHeading} puts the title back on
 * top.
 */
package io.scrapeline.scrapeworker.extract.readability;
