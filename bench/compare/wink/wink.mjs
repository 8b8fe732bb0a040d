// winkNLP throughput on the same generated news prose as Crosscheck's AnalysisBenchmarks.
// Usage: node wink.mjs TEXT_FILE [SECONDS]
//   TEXT_FILE: written by `dotnet bench/Crosscheck.Benchmarks/bin/Release/net10.0/Crosscheck.Benchmarks.dll export-text FILE 50`
//   (articles separated by a form-feed line). Runs wink's default pipeline (sentence boundaries, negation,
//   sentiment, NER, POS, custom entities) over every article repeatedly and prints tokens/s by wall clock and by
//   process CPU time (the machine may be shared; CPU time is the fairer per-core figure).
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const [file, secondsArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node wink.mjs TEXT_FILE [SECONDS]');
  process.exit(2);
}
const seconds = Number(secondsArg ?? 10);
const articles = readFileSync(file, 'utf8').split('\n\f\n');
const nlp = winkNLP(model);
const its = nlp.its;

let tokens = 0, sentences = 0, entities = 0;
for (const text of articles) {
  const doc = nlp.readDoc(text);
  tokens += doc.tokens().length();
  sentences += doc.sentences().length();
  entities += doc.entities().length();
}
// Warm-up for 3 s (V8's optimising JIT), as Crosscheck's `quick` does; then the timed rounds.
const warmStart = process.hrtime.bigint();
while (Number(process.hrtime.bigint() - warmStart) / 1e9 < 3) {
  for (const text of articles) {
    nlp.readDoc(text).tokens().out(its.type);
  }
}
let rounds = 0;
const cpuStart = process.cpuUsage();
const start = process.hrtime.bigint();
while (Number(process.hrtime.bigint() - start) / 1e9 < seconds) {
  for (const text of articles) {
    const doc = nlp.readDoc(text);
    doc.tokens().out(its.type);
  }
  rounds++;
}
const wall = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const fmt = (n) => Math.round(n).toLocaleString('en-US');
console.log(`${articles.length} articles, ${tokens} tokens (${sentences} sentences, ${entities} entities) x ${rounds} rounds: ` +
  `${fmt(tokens * rounds / wall)} tokens/s wall, ${fmt(tokens * rounds / cpuSeconds)} tokens/s of process CPU time`);
