package org.keuzevrij.checklist.clauses;

import com.github.jknack.handlebars.EscapingStrategy;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.HandlebarsException;
import com.github.jknack.handlebars.TagType;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.io.AbstractTemplateLoader;
import com.github.jknack.handlebars.io.TemplateSource;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compiles clause texts. Clause texts are plain text filled with catalogue facts, not HTML: nothing
 * is escaped here (pages escape when they show the text), only {@code {{variable}}} tags from
 * {@link TemplateFacts#VARIABLES} are allowed, and a variable without a value fails loudly instead
 * of leaving a gap in a contract requirement.
 */
final class ClauseTemplates {

  private final Handlebars handlebars =
      new Handlebars(new NoPartials()).with(EscapingStrategy.NOOP);

  ClauseTemplates() {
    handlebars.registerHelperMissing(
        (context, options) -> {
          throw new IllegalStateException("no value for {{" + options.helperName + "}}");
        });
  }

  /** The compiled template, or the reasons it cannot be used. */
  record Compiled(Template template, List<String> problems) {}

  Compiled compile(String text) {
    Template template;
    try {
      template = handlebars.compileInline(text);
    } catch (HandlebarsException | IOException e) {
      return new Compiled(null, List.of("template does not compile: " + firstLine(e.getMessage())));
    }
    List<String> problems = new ArrayList<>();
    List<String> blocks =
        template.collect(TagType.SECTION, TagType.START_SECTION, TagType.SUB_EXPRESSION);
    if (!blocks.isEmpty()) {
      problems.add(
          "only plain {{variable}} tags are allowed, not blocks or helpers: "
              + new TreeSet<>(blocks));
    }
    TreeSet<String> unknown =
        new TreeSet<>(
            template.collect(TagType.VAR, TagType.TRIPLE_VAR, TagType.AMP_VAR, TagType.STAR_VAR));
    unknown.removeAll(TemplateFacts.VARIABLES);
    if (!unknown.isEmpty()) {
      problems.add(
          "unknown variable(s) " + unknown + "; known: " + new TreeSet<>(TemplateFacts.VARIABLES));
    }
    if (problems.isEmpty()) {
      try {
        render(template, TemplateFacts.sample());
      } catch (RuntimeException e) {
        problems.add("template does not render: " + firstLine(e.getMessage()));
      }
    }
    return new Compiled(problems.isEmpty() ? template : null, problems);
  }

  static String render(Template template, Map<String, Object> facts) {
    try {
      return template.apply(facts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  /** Clause texts stand alone: a {{> partial}} must not read files from the classpath or disk. */
  private static final class NoPartials extends AbstractTemplateLoader {
    @Override
    public TemplateSource sourceAt(String location) throws IOException {
      throw new FileNotFoundException("partials are not allowed in clause texts: " + location);
    }
  }
}
