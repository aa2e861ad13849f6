/** What a dense-theatre strike hits: a class (as resolution's target lexicon has it) and how outlets name it. */
export interface DenseTarget {
  class: string;
  /** With their article: "an apartment block". The first is what the gold calls it. */
  phrases: readonly string[];
}

const T = (cls: string, ...phrases: string[]): DenseTarget => ({ class: cls, phrases });

export const DENSE_TARGETS: Record<string, readonly DenseTarget[]> = {
  donetsk: [
    T("residential", "an apartment block", "a residential building", "an apartment building"),
    T("market", "a market", "the central market"),
    T("school", "a school", "a school building"),
    T("medical", "a hospital", "the town hospital"),
    T("energy", "a power substation", "a power plant"),
    T("fuel", "a fuel depot", "an oil depot"),
    T("industrial", "an industrial facility", "a factory building"),
    T("transport", "a bridge", "a road bridge"),
    T("military-site", "a checkpoint", "an army checkpoint"),
    T("convoy", "a convoy", "a military convoy"),
  ],
  gaza: [
    T("residential", "a residential building", "an apartment building", "a residential block"),
    T("school", "a school", "a school building"),
    T("medical", "a hospital", "the hospital compound"),
    T("market", "a market", "the main market"),
    T("shelter", "a displacement camp", "a refugee camp"),
    T("gathering", "a gathering", "a gathering of people"),
    T("convoy", "a convoy", "an aid convoy"),
  ],
  idlib: [
    T("residential", "a residential building", "an apartment block"),
    T("market", "a market", "a busy market"),
    T("school", "a school", "a school building"),
    T("medical", "a hospital", "a field hospital"),
    T("industrial", "an industrial facility", "a factory building"),
    T("fuel", "a fuel depot", "an oil depot"),
    T("shelter", "a displacement camp", "a camp"),
  ],
};
