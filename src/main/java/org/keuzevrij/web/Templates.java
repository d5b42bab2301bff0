package org.keuzevrij.web;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.cache.ConcurrentMapTemplateCache;
import com.github.jknack.handlebars.context.MapValueResolver;
import com.github.jknack.handlebars.context.MethodValueResolver;
import com.github.jknack.handlebars.io.ClassPathTemplateLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Handlebars templates under {@code templates/} on the classpath, compiled once and cached.
 * Every value is HTML-escaped; templates never use the triple-stash. Each feature keeps its pages,
 * and the partials only it uses, in {@code templates/<feature>/}; {@code templates/layout/} holds
 * the page frame and the partials several features share, and {@code templates/error.hbs} the error
 * page. A template is named by its path without {@code .hbs}, in code and in partial calls alike
 * ({@code {{> layout/value}}}).
 */
public final class Templates {

  static final String LANGUAGE = "language";

  private final Handlebars handlebars;
  private final Map<String, Template> compiled = new ConcurrentHashMap<>();

  public Templates(Messages messages) {
    // The cache matters for partials too: without it Handlebars re-reads and re-parses each partial
    // on every render.
    handlebars =
        new Handlebars(new ClassPathTemplateLoader("/templates", ".hbs"))
            .with(new ConcurrentMapTemplateCache())
            .prettyPrint(true);
    handlebars.registerHelper(TextHelper.NAME, new TextHelper(messages));
  }

  /** The compiled template, e.g. {@code browse/overview} or {@code layout/layout}. */
  public Template get(String name) {
    return compiled.computeIfAbsent(name, this::compile);
  }

  public String render(String name, Object model, Language language) {
    Context context =
        Context.newBuilder(model)
            .resolver(MapValueResolver.INSTANCE, MethodValueResolver.INSTANCE)
            .build();
    try {
      context.data(LANGUAGE, language);
      return get(name).apply(context);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render template " + name, e);
    } finally {
      context.destroy();
    }
  }

  private Template compile(String name) {
    try {
      return handlebars.compile(name);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot compile template " + name, e);
    }
  }
}
