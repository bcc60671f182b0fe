package io.scrapeline.scrapeworker.extract.readability;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MainTextFinderTest {

  private static final String PROSE =
      "<p>The harbour board published its figures on Tuesday, and they were better than anyone"
          + " had hoped, with landings up by a fifth on the year before.</p>"
          + "<p>Boats from the west coast moved to the port after the new ice plant opened, and"
          + " the fish market, which was nearly closed ten years ago, now trades every day.</p>"
          + "<p>The board wants a second ice plant, and it wants the north pier repaired, which"
          + " has been closed to lorries since the storms, before the next season begins.</p>";

  private static Element find(String body, String title) {
    Document doc = Jsoup.parse("<html><head><title>" + title + "</title></head><body>" + body);
    return MainTextFinder.find(doc.body(), doc.title());
  }

  @Test
  void theArticleWinsOverNavigationAndLinkLists() {
    Element main =
        find(
            "<div class=menu-bar><a href=/a>News</a> <a href=/b>Sport</a></div>"
                + "<div class=wrap><div class=story>"
                + PROSE
                + "</div><div class=more-links><ul><li><a href=/1>One headline that is long</a></li>"
                + "<li><a href=/2>Another headline that is long</a></li></ul></div></div>"
                + "<div id=site-footer><p>Copyright 2026 The Echo, all rights reserved.</p></div>",
            "Landings up");

    assertThat(main.text())
        .contains("landings up by a fifth", "north pier repaired")
        .doesNotContain("Sport", "headline", "Copyright");
  }

  @Test
  void commentThreadsRelatedListsAndShareBarsInsideTheArticleGo() {
    Element main =
        find(
            "<article><h1>Record landings</h1>"
                + PROSE
                + "<div class=article-share><a href=/s>Share</a> <a href=/t>Tweet</a></div>"
                + "<section class=reader-responses><h3>Responses</h3><ol><li><p>I disagree with"
                + " this, the figures are wrong, as anyone at the quay will tell you.</p></li>"
                + "</ol></section>"
                + "<div class=recirc><h3>More stories</h3><ul><li><a href=/x>Ferry timetable"
                + " changes from Monday</a></li><li><a href=/y>New car park opens</a></li></ul>"
                + "</div></article>",
            "Record landings");

    assertThat(main.text())
        .startsWith("Record landings")
        .contains("north pier repaired")
        .doesNotContain("Share", "Tweet", "I disagree", "Responses", "More stories", "Ferry");
  }

  @Test
  void imagesCodeTablesListsAndHeadingsInsideTheArticleStay() {
    Element main =
        find(
            "<nav><a href=/>Home</a></nav><main><h1>Configuring the pier</h1>"
                + PROSE
                + "<figure><img src=/pier.jpg alt=Pier><figcaption>The pier</figcaption></figure>"
                + "<h2>Settings</h2><pre><code>pier.length = 120</code></pre>"
                + "<table><tr><th>Key</th><th>Default</th></tr><tr><td>length</td><td>120</td></tr></table>"
                + "<ul><li>Values are in metres.</li><li>Unknown keys are ignored.</li></ul></main>",
            "Configuring the pier");

    assertThat(main.select("img")).hasSize(1);
    assertThat(main.select("pre")).hasSize(1);
    assertThat(main.select("table td")).hasSize(2);
    assertThat(main.select("li")).hasSize(2);
    assertThat(main.select("h1, h2")).hasSize(2);
    assertThat(main.text()).contains("The pier", "Values are in metres.");
  }

  @Test
  void theTitleHeadingOutsideTheTextIsPutBackOnTop() {
    Element main =
        find(
            "<div class=topic-header><h1>Boiler loses pressure overnight</h1></div>"
                + "<div class=posts>"
                + PROSE
                + "</div>",
            "Boiler loses pressure overnight - DIY Forum");

    assertThat(main.child(0).nameIs("h1")).isTrue();
    assertThat(main.child(0).text()).isEqualTo("Boiler loses pressure overnight");
  }

  @Test
  void aPageWithoutParagraphsScoresNothing() {
    assertThat(find("<div><a href=/a>A</a> <a href=/b>B</a></div><span>Hi</span>", "T")).isNull();
  }

  @Test
  void shortLinkFreeFactsSuchAsAPriceStay() {
    Element main =
        find(
            "<main><h1>Burr grinder C40</h1><div class=price>£149.00</div>"
                + "<div class=rating><a href=#reviews>4.6 stars</a></div>"
                + PROSE
                + "</main>",
            "Burr grinder C40 | Shop");

    assertThat(main.text()).contains("£149.00").doesNotContain("4.6 stars");
  }

  @Test
  void aGridOfTeaserCardsDoesNotOutscoreTheArticle() {
    String card =
        "<div class=card><a href=/news/other><img src=/i.jpg alt=''><h3>Another story"
            + " headline</h3></a><p>A summary that reads like prose, with commas, clauses, and"
            + " a full stop at the end.</p><span><a href=/news>News</a> 3h ago</span></div>";
    Element main =
        find(
            "<div class=page><div class=body>"
                + PROSE
                + "</div><div class=grid><h2>More stories</h2>"
                + card.repeat(30)
                + "</div></div>",
            "Landings up");

    assertThat(main.text())
        .contains("north pier repaired")
        .doesNotContain("summary", "Another story");
  }

  @Test
  void sectionsWithLinkedHeadingsStayInTheArticle() {
    Element main =
        find(
            "<div class=post><h1>Tools we use</h1>"
                + "<h2><a href=https://tool.example/one>Tool one</a></h2>"
                + PROSE
                + "<h2><a href=https://tool.example/two>Tool two</a></h2>"
                + PROSE
                + "</div><div class=side><a href=/a>A</a></div>",
            "Tools we use");

    assertThat(main.select("h2")).hasSize(2);
    assertThat(main.text()).contains("Tool one", "Tool two", "north pier repaired");
  }
}
