import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

// One pipeline for the process: loading the model costs ~100 ms; tagging only needs "pos".
let nlp: ReturnType<typeof winkNLP> | null = null;

/** wink-nlp with the English lite model (offline), POS tagging only. */
export function wink(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model, ["pos"]);
  return nlp;
}
