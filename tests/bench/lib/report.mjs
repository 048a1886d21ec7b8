// The results file and the table printed at the end of a run.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Keeps the results of benchmarks not run this time, so `npm run bench -- one` does not erase the others. */
export function writeResults(file, meta, results) {
  let previous = {};
  if (existsSync(file)) {
    try {
      previous = JSON.parse(readFileSync(file, 'utf8')).benchmarks ?? {};
    } catch {
      previous = {};
    }
  }
  mkdirSync(dirname(file), { recursive: true });
  const benchmarks = { ...previous, ...results };
  writeFileSync(file, `${JSON.stringify({ ...meta, benchmarks }, null, 2)}\n`);
}

const fmt = (v) => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(1)) : String(v));

export function printTable(results) {
  const rows = [['benchmark', 'metric', 'value', 'budget', 'ok']];
  for (const [name, result] of Object.entries(results)) {
    if (result.error) rows.push([name, 'error', result.error.split('\n')[0], '', 'FAIL']);
    for (const m of result.metrics ?? []) {
      const budget = m.budget === undefined ? '' : `${m.budgetOp ?? '≤'} ${fmt(m.budget)} ${m.unit ?? ''}`.trim();
      const ok = m.ok === undefined ? '' : m.ok ? 'ok' : 'FAIL';
      rows.push([name, m.name, `${fmt(m.value)} ${m.unit ?? ''}`.trim(), budget, ok]);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(`\n${line(rows[0])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of rows.slice(1)) console.log(line(r));
}
