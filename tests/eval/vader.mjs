#!/usr/bin/env node
// vader.mjs - VADER baseline for the frustration cue.
//
// Reads JSONL on standard input, one object per line as printed by
// `eval-cues --jsonl`:  {"id":"...","gold":"flag1,flag2","text":"..."}
// and prints "ID<TAB>GOLD<TAB>PRED" for score.awk, where PRED is
// "frustration" when VADER's compound score is below the threshold
// (default -0.05) and "-" otherwise.  GOLD is passed through ("" -> "-").
//
// Usage: node vader.mjs [--prefix DIR] [--threshold T] [--compound] < in.jsonl
//   --prefix DIR   folder where `npm install --prefix DIR vader-sentiment`
//                  installed the package (also env VADER_PREFIX); without
//                  it, node's usual module resolution is used
//   --threshold T  frustration when compound < T (default -0.05)
//   --compound     add the compound score as a fourth column
//
// Uses the npm package vader-sentiment (JavaScript port of VADER):
//   require('vader-sentiment').SentimentIntensityAnalyzer.polarity_scores(text)
//   -> {neg, neu, pos, compound}
// Exit status: 0 on success, 1 on bad input, 2 when the package is missing.

import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import path from 'node:path';

function usage(msg) {
  if (msg) process.stderr.write(`vader.mjs: ${msg}\n`);
  process.stderr.write('usage: node vader.mjs [--prefix DIR] [--threshold T] [--compound] < in.jsonl\n');
  process.exit(1);
}

let prefix = process.env.VADER_PREFIX || '';
let threshold = -0.05;
let withCompound = false;
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--prefix') {
    if (i + 1 >= argv.length) usage('--prefix needs a folder');
    prefix = argv[++i];
  } else if (a === '--threshold') {
    if (i + 1 >= argv.length) usage('--threshold needs a number');
    threshold = Number(argv[++i]);
    if (!Number.isFinite(threshold)) usage(`bad threshold: ${argv[i]}`);
  } else if (a === '--compound') {
    withCompound = true;
  } else {
    usage(`unknown argument: ${a}`);
  }
}

// Resolve the package from PREFIX/node_modules (npm --prefix layout):
// ES-module imports ignore NODE_PATH, so go through a require rooted there.
const require = createRequire(
  prefix ? path.join(path.resolve(prefix), 'package.json') : import.meta.url);
let analyzer;
try {
  const vader = require('vader-sentiment');
  analyzer = vader.SentimentIntensityAnalyzer || (vader.default && vader.default.SentimentIntensityAnalyzer);
  if (!analyzer || typeof analyzer.polarity_scores !== 'function')
    throw new Error('vader-sentiment has no SentimentIntensityAnalyzer.polarity_scores');
} catch (e) {
  process.stderr.write(`vader.mjs: cannot load vader-sentiment${prefix ? ` from ${prefix}` : ''}: ${e.message}\n`);
  process.exit(2);
}

// Ids and flags go into a tab-separated line: keep them on one field.
const field = (s) => String(s).replace(/[\t\r\n]+/g, ' ').trim();

process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
let lineno = 0;
let out = [];
for await (const line of rl) {
  lineno++;
  if (line.trim() === '') continue;
  let rec;
  try {
    rec = JSON.parse(line);
  } catch (e) {
    process.stderr.write(`vader.mjs: line ${lineno}: not JSON: ${e.message}\n`);
    process.exit(1);
  }
  if (rec === null || typeof rec !== 'object' || rec.id === undefined || typeof rec.text !== 'string') {
    process.stderr.write(`vader.mjs: line ${lineno}: expected {"id":...,"gold":...,"text":"..."}\n`);
    process.exit(1);
  }
  const gold = field(rec.gold ?? '') || '-';
  const compound = analyzer.polarity_scores(rec.text).compound;
  const pred = compound < threshold ? 'frustration' : '-';
  out.push(`${field(rec.id)}\t${gold}\t${pred}${withCompound ? `\t${compound}` : ''}\n`);
  if (out.length >= 256) {
    process.stdout.write(out.join(''));
    out = [];
  }
}
process.stdout.write(out.join(''));
