package org.keuzevrij.checklist.clauses;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.jknack.handlebars.Template;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keuzevrij.catalogue.Problem;
import org.keuzevrij.web.Language;

/**
 * Turns one schema-valid clause file into a {@link Clause}: parses trigger and priority rules and
 * compiles the requirement texts, recording what the schema cannot see (unknown conditions, broken
 * templates, idle rules).
 */
final class ClauseReader {

  private final String file;
  private final ClauseTemplates templates;
  private final List<Problem> problems;
  private final ExpressionParser expressions;

  ClauseReader(String file, ClauseTemplates templates, List<Problem> problems) {
    this.file = file;
    this.templates = templates;
    this.problems = problems;
    this.expressions = new ExpressionParser(file, problems);
  }

  Optional<Clause> read(JsonNode json) {
    int before = problems.size();
    Optional<Expression> trigger = expressions.trigger(json.get("trigger"), "/trigger");
    Basis basis = Basis.fromKey(json.get("basis").asText()).orElseThrow();
    PriorityRules priority = priority(json.get("priority"), basis);
    Map<Language, Template> requirement = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      String pointer = "/requirement/" + language.code();
      ClauseTemplates.Compiled compiled =
          templates.compile(json.path("requirement").path(language.code()).asText());
      compiled.problems().forEach(message -> problems.add(new Problem(file, pointer, message)));
      if (compiled.template() != null) {
        requirement.put(language, compiled.template());
      }
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    List<Source> sources = new ArrayList<>();
    for (JsonNode source : json.get("sources")) {
      JsonNode title = source.get("title");
      sources.add(
          new Source(
              title.get("nl").asText(),
              title.get("en").asText(),
              source.path("article").asText(""),
              source.path("url").asText(null),
              LegalStatus.fromKey(source.get("status").asText()).orElseThrow()));
    }
    List<String> seeAlso = new ArrayList<>();
    json.path("seeAlso").forEach(id -> seeAlso.add(id.asText()));
    return Optional.of(
        new Clause(
            json.get("id").asText(),
            Category.fromKey(json.get("category").asText()).orElseThrow(),
            requirement,
            trigger.orElseThrow(),
            priority,
            basis,
            sources,
            seeAlso));
  }

  private PriorityRules priority(JsonNode json, Basis clauseBasis) {
    Priority base = Priority.fromKey(json.get("base").asText()).orElseThrow();
    List<PriorityRules.Rule> rules = new ArrayList<>();
    JsonNode list = json.path("rules");
    for (int i = 0; i < list.size(); i++) {
      String pointer = "/priority/rules/" + i;
      Priority set = Priority.fromKey(list.get(i).get("set").asText()).orElseThrow();
      Basis basis = Basis.fromKey(list.get(i).path("basis").asText()).orElse(null);
      if (set == base && (basis == null || basis == clauseBasis)) {
        problems.add(
            new Problem(
                file,
                pointer,
                "the rule changes nothing: it sets the base priority \""
                    + base.key()
                    + "\" and no other basis; a rule must raise or lower the priority or change the basis"));
      }
      Optional<Expression> when =
          expressions.expression(list.get(i).get("when"), pointer + "/when");
      when.ifPresent(expression -> rules.add(new PriorityRules.Rule(expression, set, basis)));
    }
    return new PriorityRules(base, rules);
  }
}
