package org.keuzevrij.clauses;

/**
 * Where a clause comes from: a law, model clauses or guidance, with the article and its legal status.
 *
 * @param url null where the research gave no address for the source
 */
public record Source(String title, String article, String url, LegalStatus status) {

  /** "Title, article", as a checklist cell shows it. */
  public String citation() {
    return article.isEmpty() ? title : title + ", " + article;
  }
}
