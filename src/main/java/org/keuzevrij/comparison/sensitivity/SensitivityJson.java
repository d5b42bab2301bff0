package org.keuzevrij.comparison.sensitivity;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.keuzevrij.scoring.EvaluationJson;
import org.keuzevrij.scoring.Numbers;

/** The JSON form of a sensitivity analysis, as the API answers it inside an evaluation. */
public final class SensitivityJson {

  private SensitivityJson() {}

  public static ObjectNode of(SensitivityResult result) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    if (result.winner() == null) {
      node.putNull("winner");
    } else {
      node.put("winner", result.winner());
    }
    node.put(
        "method",
        "Tipping points: exact crossing of each rival's total with the winner's as one weight varies "
            + "from 0 to 100, the other weights fixed. Win shares: every weight multiplied by an independent uniform "
            + "factor in [1 - perturbation, 1 + perturbation].");
    ArrayNode points = node.putArray("tippingPoints");
    for (TippingPoint point : result.tippingPoints()) {
      ObjectNode p = points.addObject().put("criterion", point.criterion());
      p.set("weight", EvaluationJson.number(point.weight()));
      p.put("from", Numbers.round(point.from(), 2)).put("to", Numbers.round(point.to(), 2));
      p.put("takesOverBelow", point.takesOverBelow()).put("takesOverAbove", point.takesOverAbove());
    }
    ObjectNode random = node.putObject("perturbation");
    random
        .put("seed", result.seed())
        .put("samples", result.samples())
        .put("spread", result.perturbation());
    ArrayNode shares = random.putArray("winShares");
    for (WinShare share : result.winShares()) {
      shares
          .addObject()
          .put("offering", share.offering())
          .put("wins", share.wins())
          .put("share", Numbers.round(share.share(), 4));
    }
    return node;
  }
}
