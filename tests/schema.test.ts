// The published JSON Schemas (schema/*.json) describe what the tool prints: every fixture's
// analysis, with and without --lines, and the summary, through the CLI in-process (main(argv,
// streams), one thread: output does not depend on --jobs); the NDJSON error path through the built
// CLI on two threads.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support-cli.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const schema = (name: string) => JSON.parse(readFileSync(join(root, 'schema', name), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: true });
const validate = {
  analysis: ajv.compile(schema('analysis.json')),
  summary: ajv.compile(schema('summary.json')),
  error: ajv.compile(schema('error.json')),
};

function fixtureFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? fixtureFiles(path) : name.endsWith('.txt') ? [path] : [];
  });
}

function cli(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [join(root, 'bin/article-analyze.js'), ...args], { input, cwd: root, maxBuffer: 1 << 28 });
  return { code: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
}

function problems(kind: keyof typeof validate, value: unknown): string[] {
  return validate[kind](value) ? [] : (validate[kind].errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

const fixtures = fixtureFiles(join(root, 'fixtures'));

describe('schema/analysis.json', () => {
  it('has fixtures to check', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
  });

  // The whole-file run serves the test of a bad kind of number too.
  let whole: { code: number; stdout: string };
  beforeAll(async () => {
    whole = await runCli([...fixtures, '--format', 'ndjson', '--jobs', '1']);
  });

  it.each([
    ['as whole files', [] as string[]],
    ['with --lines', ['--lines']],
  ])('validates the analysis of every .txt fixture %s', async (_name, extra) => {
    const { code, stdout } = extra.length === 0 ? whole : await runCli([...fixtures, ...extra, '--format', 'ndjson', '--jobs', '1']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    if (extra.length === 0) expect(lines).toHaveLength(fixtures.length);
    const bad = lines.flatMap((line) => {
      const a = JSON.parse(line);
      return problems('analysis', a).map((p) => `${a.source}${a.line ? `:${a.line}` : ''}: ${p}`);
    });
    expect(bad).toEqual([]);
  });

  it('rejects an analysis whose kind of number is not one of the published ones', () => {
    const a = JSON.parse(whole.stdout.split('\n')[0]!);
    a.numbers = [{ text: '5', start: 0, end: 1, value: 5, unit: null, qualifier: null, kind: 'weight' }];
    expect(problems('analysis', a)).toEqual(['/numbers/0/kind must be equal to one of the allowed values']);
  });
});

describe('schema/error.json and the NDJSON error path', () => {
  const input = ['{"id":"ok","text":"Hà Nội, ngày 2/9."}', 'không phải JSON', '{"id":7,"text":false}', '[]', '{"id":"x"}', '{"text":"Huế"}'].join('\n');
  const { code, stdout } = cli(['--input', 'ndjson', '--format', 'ndjson', '--jobs', '2'], input);
  const out = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));

  it('prints one object per record, errors where the bad records were', () => {
    expect(code).toBe(2);
    expect(out.map((o) => ('error' in o ? `error ${o.line}` : `analysis ${o.id}`))).toEqual(['analysis ok', 'error 2', 'error 3', 'error 4', 'error 5', 'analysis null']);
  });

  it('validates every line against its schema', () => {
    expect(out.flatMap((o) => problems('error' in o ? 'error' : 'analysis', o))).toEqual([]);
  });

  it('rejects an error object without its line number', () => {
    const { line: _line, ...rest } = out[1];
    expect(problems('error', rest)).toEqual([" must have required property 'line'"]);
  });
});

describe('schema/summary.json', () => {
  it('validates the summary of every .txt fixture', async () => {
    const { code, stdout } = await runCli(['summary', ...fixtures, '--format', 'json', '--jobs', '1']);
    expect(code).toBe(0);
    const s = JSON.parse(stdout);
    expect(s.articles).toBe(fixtures.length);
    expect(problems('summary', s)).toEqual([]);
  });
});
