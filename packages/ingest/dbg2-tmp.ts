import { readFileSync } from "node:fs";
import { ArticleEvents } from "./src/extract/events/article.ts";
import { readSentence } from "./src/extract/events/sentence.ts";
import { articleCountries, datelinePlace } from "./src/extract/geo/index.ts";
import { sentenceSpans } from "./src/extract/text/sentences.ts";

const text = readFileSync(process.argv[2] as string, "utf8");
const ev = new ArticleEvents("2012-02-24", { countries: articleCountries(text), dateline: datelinePlace(text) });
sentenceSpans(text).forEach((sp, i) => ev.read(readSentence(text, text.toLowerCase(), sp, i, "2012-02-24", false)));
console.log(ev.mentions().length);
