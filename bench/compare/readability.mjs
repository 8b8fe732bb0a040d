// Extracts every page given on the command line with Readability.js + linkedom, several rounds, and prints the
// throughput in pages per second (parse + extract, in process, after one warm-up round). Pages whose parse throws
// count as done: the work was spent.
import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";

const args = process.argv.slice(2);
let rounds = 3;
if (args[0] === "--rounds") {
  rounds = Number(args[1]);
  args.splice(0, 2);
}
// Bytes are read once, up front, and decoded as UTF-8, so file I/O is outside the timing on both sides.
const pages = args.map((path) => ({ path, html: readFileSync(path, "utf8") }));

function extractAll() {
  let chars = 0;
  let failed = 0;
  for (const page of pages) {
    try {
      const { document } = parseHTML(page.html);
      const article = new Readability(document).parse();
      chars += article?.textContent?.length ?? 0;
    } catch {
      failed++;
    }
  }
  return { chars, failed };
}

extractAll();
const start = process.hrtime.bigint();
let result;
for (let i = 0; i < rounds; i++) {
  result = extractAll();
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const done = pages.length * rounds;
console.log(JSON.stringify({
  tool: "readability.js+linkedom",
  pages: pages.length,
  rounds,
  seconds: Number(seconds.toFixed(3)),
  pagesPerSecond: Number((done / seconds).toFixed(1)),
  failedPerRound: result.failed,
  textChars: result.chars,
}));
