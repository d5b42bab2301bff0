package org.keuzevrij.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.scoring.Fit.Verdict;
import org.keuzevrij.web.Language;
import org.keuzevrij.web.Messages;

/**
 * The fit check: can the option's models do the use case's job? A model fits when it does the task,
 * takes and puts out the modalities, serves every required language (partly: limited support, or
 * only a published benchmark score in that language), follows instructions when that is needed, and
 * (self-hosted) fits in the city's GPU memory. An option fits when one of its models does, since
 * the city uses the model that suits the job. An unknown capability counts as not fitting, the
 * profile's worst-case rule, and becomes a question.
 */
public final class FitCheck {

  private static final Messages MESSAGES = Messages.load();

  private enum State {
    YES,
    PARTIAL,
    UNKNOWN,
    NO
  }

  /** One need checked against one model fact. */
  private record Check(State state, Fact fact, String nl, String en) {}

  /**
   * One model's verdict with the lines and facts behind it.
   *
   * @param onlyUnknown whether it does not fit on unknown capabilities alone, so knowing them could
   *     make it fit
   */
  public record ModelFit(Entity model, Verdict verdict, boolean onlyUnknown, Scorecard card) {}

  private FitCheck() {}

  public static Fit check(Option option, Needs needs) {
    if (!needs.checkable()) {
      Scorecard card = new Scorecard(Fit.USED_BY);
      card.heading(
          "De toepassing noemt geen taak: niet nagegaan of deze optie het werk kan doen",
          "The use case names no task: not checked whether this option can do the job");
      return new Fit(
          Verdict.NOT_CHECKED,
          option.models().stream().map(Entity::id).toList(),
          card.lines(),
          card.evidence(),
          card.unknowns());
    }
    List<ModelFit> fits = new ArrayList<>();
    for (Entity model : option.models()) {
      fits.add(model(option, model, needs));
    }
    fits.sort(Comparator.comparing(ModelFit::verdict));
    Verdict verdict = fits.isEmpty() ? Verdict.DOES_NOT_FIT : fits.get(0).verdict();
    Scorecard card = new Scorecard(Fit.USED_BY);
    List<String> fitting = new ArrayList<>();
    for (ModelFit fit : fits) {
      if (fit.verdict() != Verdict.DOES_NOT_FIT) {
        fitting.add(fit.model().id());
      }
      // Unknowns are questions only when no model is known to fit, and only of a model that
      // fails on unknowns alone: knowing them could make it fit.
      card.take(fit.card(), verdict == Verdict.DOES_NOT_FIT && fit.onlyUnknown());
    }
    return new Fit(verdict, fitting, card.lines(), card.evidence(), card.unknowns());
  }

  /** One model against the needs; self-hosting decides whether the GPU limit applies. */
  public static ModelFit model(Option option, Entity model, Needs needs) {
    boolean selfHosted = option.selfHosted();
    return option.shared().fit(model, selfHosted, needs, () -> check(model, selfHosted, needs));
  }

  private static ModelFit check(Entity model, boolean selfHosted, Needs needs) {
    List<Check> checks = new ArrayList<>();
    checks.add(task(model, needs.task()));
    modalities(checks, model, "/modalities", needs.inputs(), "Invoer", "Input");
    modalities(checks, model, "/outputModalities", needs.outputs(), "Uitvoer", "Output");
    if (needs.languages() != null) {
      needs.languages().forEach(code -> checks.add(language(model, code)));
    }
    if (needs.instructionFollowing().applies()) {
      checks.add(instructions(model, needs.instructionFollowing()));
    }
    if (needs.gpuLimitGb() != null && selfHosted) {
      checks.add(gpu(model, needs.gpuLimitGb()));
    }
    State worst = checks.stream().map(Check::state).max(Comparator.naturalOrder()).orElseThrow();
    Verdict verdict =
        switch (worst) {
          case YES -> Verdict.FITS;
          case PARTIAL -> Verdict.PARTIAL;
          case UNKNOWN, NO -> Verdict.DOES_NOT_FIT;
        };
    Scorecard card = new Scorecard(Fit.USED_BY);
    card.heading(
        model.name()
            + ": "
            + verdict.nl()
            + (worst == State.UNKNOWN ? " (onbekend telt als past niet: slechtste geval)" : ""),
        model.name()
            + ": "
            + verdict.en()
            + (worst == State.UNKNOWN ? " (unknown counts as not fitting: worst case)" : ""));
    for (Check check : checks) {
      if (check.state() == State.UNKNOWN) {
        card.flag(check.fact());
      } else {
        card.use(check.fact());
      }
      card.detail(check.nl(), check.en(), check.fact().source());
    }
    return new ModelFit(model, verdict, worst == State.UNKNOWN, card);
  }

  private static Check task(Entity model, String task) {
    Fact tasks = Fact.of(model, "/tasks");
    String nl = label("task", task, Language.NL);
    String en = label("task", task, Language.EN);
    if (tasks.unknown()) {
      return new Check(
          State.UNKNOWN,
          tasks,
          "Taak: onbekend of het model " + nl + " kan",
          "Task: unknown whether the model can do " + en);
    }
    if (tasks.items().contains(task)) {
      return new Check(State.YES, tasks, "Taak: " + nl, "Task: " + en);
    }
    return new Check(
        State.NO,
        tasks,
        "Taak: geen " + nl + also(tasks.items(), "task", Language.NL),
        "Task: not " + en + also(tasks.items(), "task", Language.EN));
  }

  private static void modalities(
      List<Check> checks, Entity model, String pointer, List<String> needed, String nl, String en) {
    if (needed == null || needed.isEmpty()) {
      return;
    }
    Fact fact = Fact.of(model, pointer);
    if (fact.unknown()) {
      checks.add(
          new Check(
              State.UNKNOWN,
              fact,
              nl + ": onbekend of het model " + labels(needed, Language.NL) + " aankan",
              en + ": unknown whether the model handles " + labels(needed, Language.EN)));
      return;
    }
    List<String> missing = needed.stream().filter(m -> !fact.items().contains(m)).toList();
    if (missing.isEmpty()) {
      checks.add(
          new Check(
              State.YES,
              fact,
              nl + ": " + labels(needed, Language.NL),
              en + ": " + labels(needed, Language.EN)));
    } else {
      checks.add(
          new Check(
              State.NO,
              fact,
              nl
                  + ": geen "
                  + labels(missing, Language.NL)
                  + also(fact.items(), "modality", Language.NL),
              en
                  + ": no "
                  + labels(missing, Language.EN)
                  + also(fact.items(), "modality", Language.EN)));
    }
  }

  private static Check language(Entity model, String code) {
    Fact supported = Fact.of(model, "/languages");
    Fact partial = Fact.of(model, "/partialLanguages");
    String nl = Language.NL.nameOf(code);
    String en = Language.EN.nameOf(code);
    if (supported.items().contains(code)) {
      return new Check(State.YES, supported, "Taal: " + nl, "Language: " + en);
    }
    if (partial.items().contains(code)) {
      return new Check(
          State.PARTIAL,
          partial,
          "Taal: " + nl + " maar beperkt ondersteund (past gedeeltelijk)",
          "Language: " + en + " with limited support only (fits partly)");
    }
    for (Benchmarks.Benchmark benchmark : Benchmarks.ALL) {
      Fact score = Fact.of(model, "/quality/" + benchmark.id());
      if (code.equals(benchmark.language())
          && !score.unknown()
          && benchmark.share(score.number()) > 0) {
        // A published score above the benchmark's zero point is evidence that the model handles
        // the language, though its developer does not list it as supported.
        String result = Numbers.compact(score.number()) + " " + benchmark.unit();
        return new Check(
            State.PARTIAL,
            score,
            "Taal: "
                + nl
                + " niet als ondersteund genoemd, maar een gepubliceerde score op "
                + benchmark.name()
                + " ("
                + result.replace('.', ',')
                + ") laat zien dat het model het aankan (past gedeeltelijk)",
            "Language: "
                + en
                + " not listed as supported, but a published score on "
                + benchmark.name()
                + " ("
                + result
                + ") shows the model handles it (fits partly)");
      }
    }
    if (supported.unknown()) {
      return new Check(
          State.UNKNOWN,
          supported,
          "Taal: onbekend of het model " + nl + " ondersteunt",
          "Language: unknown whether the model supports " + en);
    }
    return new Check(
        State.NO, supported, "Taal: ondersteunt geen " + nl, "Language: does not support " + en);
  }

  private static Check instructions(Entity model, Answer needed) {
    Fact tuned = Fact.of(model, "/instructionTuned");
    String assumedNl = needed == Answer.UNKNOWN ? " (behoefte onbekend, behandeld als nodig)" : "";
    String assumedEn = needed == Answer.UNKNOWN ? " (need unknown, treated as needed)" : "";
    if (tuned.unknown()) {
      return new Check(
          State.UNKNOWN,
          tuned,
          "Instructies volgen: onbekend of het model daarop getraind is" + assumedNl,
          "Instruction following: unknown whether the model is trained for it" + assumedEn);
    }
    return Boolean.TRUE.equals(tuned.bool())
        ? new Check(
            State.YES,
            tuned,
            "Instructies volgen: getraind als instruct- of chatmodel" + assumedNl,
            "Instruction following: trained as an instruct or chat model" + assumedEn)
        : new Check(
            State.NO,
            tuned,
            "Instructies volgen: nee, een basismodel dat alleen tekst aanvult" + assumedNl,
            "Instruction following: no, a base model that only continues text" + assumedEn);
  }

  private static Check gpu(Entity model, double limit) {
    Fact memory = Fact.of(model, "/gpuMemory/gigabytes");
    String precision = Fact.of(model, "/gpuMemory/precision").node().asText("");
    String limitText = Numbers.compact(limit) + " GB";
    if (memory.unknown()) {
      return new Check(
          State.UNKNOWN,
          memory,
          "GPU-geheugen: onbekend hoeveel het model nodig heeft (grens " + limitText + ")",
          "GPU memory: unknown how much the model needs (limit " + limitText + ")");
    }
    String need =
        Numbers.compact(memory.number())
            + " GB"
            + (precision.isEmpty() || precision.equals("unknown") ? "" : " bij " + precision);
    String needEn = need.replace(" bij ", " at ");
    return memory.number() <= limit
        ? new Check(
            State.YES,
            memory,
            "GPU-geheugen: " + need + ", binnen de " + limitText + " van de gemeente",
            "GPU memory: " + needEn + ", within the city's " + limitText)
        : new Check(
            State.NO,
            memory,
            "GPU-geheugen: " + need + ", meer dan de " + limitText + " van de gemeente",
            "GPU memory: " + needEn + ", more than the city's " + limitText);
  }

  private static String also(List<String> values, String vocabulary, Language language) {
    if (values.isEmpty()) {
      return "";
    }
    List<String> labels = values.stream().map(v -> label(vocabulary, v, language)).toList();
    return (language == Language.NL ? " (wel: " : " (does: ") + String.join(", ", labels) + ")";
  }

  private static String labels(List<String> modalities, Language language) {
    return String.join(", ", modalities.stream().map(m -> label("modality", m, language)).toList());
  }

  /** A vocabulary value as the pages name it, e.g. "object detection in images". */
  private static String label(String vocabulary, String value, Language language) {
    return MESSAGES.find(language, "value." + vocabulary + "." + value).orElse(value);
  }
}
