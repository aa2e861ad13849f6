import { readFileSync } from "node:fs";
import { extractArticle } from "./src/extract/index.ts";

const [file, date] = process.argv.slice(2);
const text = readFileSync(file as string, "utf8");
const x = extractArticle({ text, title: null, publishedAt: date ?? null } as never);
for (const m of x.mentions)
  console.log(
    m.kind,
    m.date?.value,
    "|A",
    m.attacker?.name,
    m.attacker?.key,
    "|T",
    m.target?.name,
    "|P",
    m.location,
    "|I",
    m.instruments.join(","),
    "|",
    m.eventType,
    "/",
    m.subEventType,
    "\n    ",
    x.text.slice(m.span.start, m.span.end).slice(0, 160),
  );
