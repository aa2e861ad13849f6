import { detectCandidates } from "./src/extract/events/detect.ts";
import { readSentence } from "./src/extract/events/sentence.ts";

const ex = [
  "A car bomb exploded outside a police station in Kirkuk on Tuesday, killing 12.",
  "Gunmen shot dead a mayor in Guerrero state.",
  "Al-Shabaab fighters kidnapped six aid workers near Baidoa.",
  "Militants set fire to a school.",
  "ELN rebels attacked an army base in Arauca with explosives.",
  "The Kachin Independence Army ambushed a convoy near Myitkyina.",
  "An Israeli airstrike hit a house in Gaza.",
  "URBAN TERRORISTS DYNAMITED A POWER PYLON IN SAN SALVADOR.",
  "A police station was attacked by gunmen in the town of Iguala.",
  "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed the attack on the military camp.",
  "The coalition of Sahel states launched airstrikes on militants in Menaka.",
  "SALVADORAN ARMY TROOPS CLASHED WITH FMLN GUERRILLAS IN THE DEPARTMENT OF MORAZAN.",
];
for (const t of ex) {
  const s = readSentence(t, t.toLowerCase(), { start: 0, end: t.length }, 0, "2020-01-01", false);
  for (const c of detectCandidates(s))
    console.log(
      t.slice(c.start, c.end).padEnd(14),
      c.family,
      "| A:",
      c.attacker?.entry.key,
      c.frame.attacker?.text,
      "| T:",
      c.frame.target?.text,
      "| P:",
      c.frame.place?.text,
      "| I:",
      c.frame.instruments.map((i) => i.text).join(","),
    );
}
