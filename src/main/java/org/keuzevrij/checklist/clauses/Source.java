package org.keuzevrij.checklist.clauses;

import org.keuzevrij.web.Language;

/**
 * Where a clause comes from: a law, model clauses or guidance, named in both languages, with the
 * article and its legal status.
 *
 * @param url null where the research gave no address for the source
 */
public record Source(
    String titleNl, String titleEn, String article, String url, LegalStatus status) {

  public String title(Language language) {
    return language.pick(titleNl, titleEn);
  }

  /** "Title, article", as a checklist cell shows it. */
  public String citation(Language language) {
    return article.isEmpty() ? title(language) : title(language) + ", " + article;
  }
}
