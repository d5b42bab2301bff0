package org.keuzevrij.checklist.clauses;

import com.github.jknack.handlebars.Template;
import java.util.List;
import java.util.Map;
import org.keuzevrij.web.Language;

/**
 * One requirement the contract may have to contain, as read from its file in the clause library:
 * when it applies (trigger), how hard to hold on to it (priority), why it exists (basis) and where
 * it comes from (sources).
 */
public record Clause(
    String id,
    Category category,
    Map<Language, Template> requirement,
    Expression trigger,
    PriorityRules priority,
    Basis basis,
    List<Source> sources,
    List<String> seeAlso) {

  public Clause {
    requirement = Map.copyOf(requirement);
    sources = List.copyOf(sources);
    seeAlso = List.copyOf(seeAlso);
  }

  /**
   * The requirement in one language, filled with one case's facts from {@link TemplateFacts#of}.
   */
  public String requirement(Language language, Map<String, Object> facts) {
    return ClauseTemplates.render(requirement.get(language), facts);
  }
}
