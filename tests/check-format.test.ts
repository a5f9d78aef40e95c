// The check formatters (stylish, json, github, sarif) and the exit code.

import { describe, expect, it } from 'vitest';
import { exitCodeFor, github, json, RULES, sarif, stylish } from '../src/check/index.js';
import { escapeData, escapeProperty } from '../src/check/format/github.js';
import type { FileResult, Finding } from '../src/check/types.js';

function finding(ruleId: string, severity: 'warn' | 'error', line: number, column: number, message: string, width = 2): Finding {
  return { ruleId, severity, message, start: 0, end: width, line, column, endLine: line, endColumn: column + width };
}

const results: FileResult[] = [
  {
    source: 'bai/can-tho.txt',
    findings: [
      finding('abbreviation-undefined', 'warn', 5, 12, '"LĐLĐ" is never defined and is not in the dictionary.', 4),
      finding('date-invalid', 'error', 12, 3, 'Impossible date "31/02/2023": month 2 has 29 days.', 10),
    ],
  },
  { source: 'bai/sach.txt', findings: [] },
  { source: 'bai/b.txt', findings: [finding('double-space', 'warn', 1, 7, '2 spaces between words; write one.')] },
];

describe('stylish', () => {
  it('groups by file, aligns columns and sums up, without colour', () => {
    expect(stylish(results, { color: false })).toBe(
      [
        '',
        'bai/can-tho.txt',
        '  5:12  warning  "LĐLĐ" is never defined and is not in the dictionary.  abbreviation-undefined',
        '  12:3  error    Impossible date "31/02/2023": month 2 has 29 days.     date-invalid',
        '',
        'bai/b.txt',
        '  1:7  warning  2 spaces between words; write one.  double-space',
        '',
        '✖ 3 problems (1 error, 2 warnings)',
        '  0 errors and 1 warning potentially fixable with the `--fix` option.',
        '',
      ].join('\n'),
    );
  });
  it('prints nothing when there is nothing to report', () => {
    expect(stylish([{ source: 'a.txt', findings: [] }], { color: false })).toBe('');
  });
  it('colours only when asked', () => {
    expect(stylish(results, { color: false })).not.toMatch(/\u001b\[/);
    expect(stylish(results, { color: true })).toMatch(/\u001b\[31m/);
  });
  it('uses singular forms', () => {
    expect(stylish([{ source: 'a', findings: [finding('date-invalid', 'error', 1, 1, 'x')] }], { color: false })).toContain(
      '✖ 1 problem (1 error, 0 warnings)',
    );
  });
});

describe('json', () => {
  it('is an array of { source, findings } that parses back', () => {
    expect(JSON.parse(json(results, { color: false }))).toEqual(results);
  });
});

describe('github', () => {
  it.each([
    ['100% done', '100%25 done'],
    ['a\r\nb', 'a%0D%0Ab'],
    ['a:b,c', 'a:b,c'],
  ])('escapes message %j', (raw, escaped) => {
    expect(escapeData(raw)).toBe(escaped);
  });
  it.each([
    ['bai,1:2.txt', 'bai%2C1%3A2.txt'],
    ['50%\n', '50%25%0A'],
  ])('escapes property %j', (raw, escaped) => {
    expect(escapeProperty(raw)).toBe(escaped);
  });
  it('prints one workflow command per finding', () => {
    const tricky: FileResult[] = [
      { source: 'tin, mới:1.txt', findings: [finding('number-format-mixed', 'warn', 3, 14, 'Giảm 50%\nxem "19,700"', 6)] },
      ...results,
    ];
    expect(github(tricky, { color: false })).toBe(
      [
        '::warning file=tin%2C mới%3A1.txt,line=3,col=14,endLine=3,endColumn=20,title=number-format-mixed::Giảm 50%25%0Axem "19,700"',
        '::warning file=bai/can-tho.txt,line=5,col=12,endLine=5,endColumn=16,title=abbreviation-undefined::"LĐLĐ" is never defined and is not in the dictionary.',
        '::error file=bai/can-tho.txt,line=12,col=3,endLine=12,endColumn=13,title=date-invalid::Impossible date "31/02/2023": month 2 has 29 days.',
        '::warning file=bai/b.txt,line=1,col=7,endLine=1,endColumn=9,title=double-space::2 spaces between words; write one.',
        '',
      ].join('\n'),
    );
  });
});

describe('sarif', () => {
  const log = JSON.parse(sarif([{ source: 'bài viết\\tin 1.txt', findings: results[0]?.findings ?? [] }], { color: false }));

  it('has the SARIF 2.1.0 top level', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(Array.isArray(log.runs)).toBe(true);
    expect(log.runs).toHaveLength(1);
  });
  it('describes every rule in tool.driver', () => {
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('article-analyze');
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const [i, r] of driver.rules.entries()) {
      const rule = RULES[i];
      expect(r.shortDescription).toEqual({ text: rule?.description });
      expect(r.helpUri).toMatch(new RegExp(`^https://[^#\\s]+/docs/rules\\.md#${r.id}$`));
      expect(['none', 'note', 'warning', 'error']).toContain(r.defaultConfiguration.level);
    }
    const byId = Object.fromEntries(driver.rules.map((r: { id: string }) => [r.id, r]));
    expect(byId['date-invalid'].defaultConfiguration).toEqual({ level: 'error' });
    expect(byId['double-space'].defaultConfiguration).toEqual({ level: 'warning' });
    expect(byId['byline-missing'].defaultConfiguration).toEqual({ enabled: false, level: 'warning' });
  });
  it('gives each finding a result with ruleId, level, message and a physical location', () => {
    const [warn, err] = log.runs[0].results;
    expect(warn).toEqual({
      ruleId: 'abbreviation-undefined',
      ruleIndex: 0,
      level: 'warning',
      message: { text: '"LĐLĐ" is never defined and is not in the dictionary.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'b%C3%A0i%20vi%E1%BA%BFt/tin%201.txt' },
            region: { startLine: 5, startColumn: 12, endLine: 5, endColumn: 16 },
          },
        },
      ],
    });
    expect(err.level).toBe('error');
    expect(err.ruleIndex).toBe(3);
    expect(log.runs[0].tool.driver.rules[err.ruleIndex].id).toBe(err.ruleId);
    expect(log.runs[0].columnKind).toBe('utf16CodeUnits');
  });
  it('is valid with no findings', () => {
    const empty = JSON.parse(sarif([], { color: false }));
    expect(empty.runs[0].results).toEqual([]);
  });
});

// The parts of the SARIF 2.1.0 JSON schema (oasis-tcs/sarif-spec, sarif-schema-2.1.0.json) that
// our output touches: every object there has additionalProperties false, so each key we write
// must be one the schema lists, and each required key must be present.
const SARIF_OBJECTS: Record<string, { allowed: string[]; required: string[] }> = {
  log: { allowed: ['$schema', 'version', 'runs', 'inlineExternalProperties', 'properties'], required: ['version', 'runs'] },
  run: {
    allowed: ['tool', 'invocations', 'conversion', 'language', 'versionControlProvenance', 'originalUriBaseIds', 'artifacts', 'logicalLocations', 'graphs', 'results', 'automationDetails', 'runAggregates', 'baselineGuid', 'redactionTokens', 'defaultEncoding', 'defaultSourceLanguage', 'newlineSequences', 'columnKind', 'externalPropertyFileReferences', 'threadFlowLocations', 'taxonomies', 'addresses', 'translations', 'policies', 'webRequests', 'webResponses', 'specialLocations', 'properties'],
    required: ['tool'],
  },
  tool: { allowed: ['driver', 'extensions', 'properties'], required: ['driver'] },
  toolComponent: {
    allowed: ['guid', 'name', 'organization', 'product', 'productSuite', 'shortDescription', 'fullDescription', 'fullName', 'version', 'semanticVersion', 'dottedQuadFileVersion', 'releaseDateUtc', 'downloadUri', 'informationUri', 'globalMessageStrings', 'notifications', 'rules', 'taxa', 'locations', 'language', 'contents', 'isComprehensive', 'localizedDataSemanticVersion', 'minimumRequiredLocalizedDataSemanticVersion', 'associatedComponent', 'translationMetadata', 'supportedTaxonomies', 'properties'],
    required: ['name'],
  },
  reportingDescriptor: {
    allowed: ['id', 'deprecatedIds', 'guid', 'deprecatedGuids', 'name', 'deprecatedNames', 'shortDescription', 'fullDescription', 'messageStrings', 'defaultConfiguration', 'helpUri', 'help', 'relationships', 'properties'],
    required: ['id'],
  },
  multiformatMessageString: { allowed: ['text', 'markdown', 'properties'], required: ['text'] },
  reportingConfiguration: { allowed: ['enabled', 'level', 'rank', 'parameters', 'properties'], required: [] },
  result: {
    allowed: ['ruleId', 'ruleIndex', 'rule', 'kind', 'level', 'message', 'analysisTarget', 'locations', 'guid', 'correlationGuid', 'occurrenceCount', 'partialFingerprints', 'fingerprints', 'stacks', 'codeFlows', 'graphs', 'graphTraversals', 'relatedLocations', 'suppressions', 'baselineState', 'rank', 'attachments', 'hostedViewerUri', 'workItemUris', 'provenance', 'fixes', 'taxa', 'webRequest', 'webResponse', 'properties'],
    required: ['message'],
  },
  message: { allowed: ['text', 'markdown', 'id', 'arguments', 'properties'], required: ['text'] },
  location: { allowed: ['id', 'physicalLocation', 'logicalLocations', 'message', 'annotations', 'relationships', 'properties'], required: [] },
  physicalLocation: { allowed: ['address', 'artifactLocation', 'region', 'contextRegion', 'properties'], required: ['artifactLocation'] },
  artifactLocation: { allowed: ['uri', 'uriBaseId', 'index', 'description', 'properties'], required: [] },
  region: {
    allowed: ['startLine', 'startColumn', 'endLine', 'endColumn', 'charOffset', 'charLength', 'byteOffset', 'byteLength', 'snippet', 'message', 'sourceLanguage', 'properties'],
    required: [],
  },
};
const LEVELS = ['none', 'note', 'warning', 'error'];

function conforms(kind: string, value: unknown): void {
  const spec = SARIF_OBJECTS[kind];
  if (!spec) throw new Error(`no spec for ${kind}`);
  expect(typeof value === 'object' && value !== null && !Array.isArray(value), `${kind} is an object`).toBe(true);
  const obj = value as Record<string, unknown>;
  for (const key of Object.keys(obj)) expect(spec.allowed, `${kind}.${key} is in the schema`).toContain(key);
  for (const key of spec.required) expect(obj, `${kind} has ${key}`).toHaveProperty(key);
}

describe('sarif against the SARIF 2.1.0 schema', () => {
  const findings = [...(results[0]?.findings ?? []), ...(results[2]?.findings ?? [])];
  const log = JSON.parse(sarif([{ source: 'a b/ý.txt', findings }, { source: 'empty.txt', findings: [] }], { color: false }));

  it('every object holds only schema properties, with the required ones, and the right types', () => {
    conforms('log', log);
    expect(log.version).toBe('2.1.0');
    for (const run of log.runs) {
      conforms('run', run);
      expect(['utf16CodeUnits', 'unicodeCodePoints']).toContain(run.columnKind);
      conforms('tool', run.tool);
      conforms('toolComponent', run.tool.driver);
      expect(() => new URL(run.tool.driver.informationUri)).not.toThrow();
      const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const rule of run.tool.driver.rules) {
        conforms('reportingDescriptor', rule);
        conforms('multiformatMessageString', rule.shortDescription);
        conforms('reportingConfiguration', rule.defaultConfiguration);
        expect(LEVELS).toContain(rule.defaultConfiguration.level);
        expect(new URL(rule.helpUri).hash).toBe(`#${rule.id}`);
      }
      expect(run.results).toHaveLength(3);
      for (const result of run.results) {
        conforms('result', result);
        conforms('message', result.message);
        expect(LEVELS).toContain(result.level);
        expect(Number.isInteger(result.ruleIndex) && result.ruleIndex >= 0).toBe(true);
        for (const location of result.locations) {
          conforms('location', location);
          conforms('physicalLocation', location.physicalLocation);
          conforms('artifactLocation', location.physicalLocation.artifactLocation);
          // uri-reference: no raw spaces or non-ASCII
          expect(location.physicalLocation.artifactLocation.uri).toBe('a%20b/%C3%BD.txt');
          const region = location.physicalLocation.region;
          conforms('region', region);
          for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn']) {
            expect(Number.isInteger(region[k]) && region[k] >= 1, `${k} is an integer >= 1`).toBe(true);
          }
        }
      }
    }
  });
});

describe('exitCodeFor', () => {
  const warnOnly: FileResult[] = [{ source: 'a', findings: [finding('double-space', 'warn', 1, 1, 'x'), finding('double-space', 'warn', 2, 1, 'x')] }];
  it.each([
    ['errors', results, undefined, 1],
    ['warnings only, no limit', warnOnly, undefined, 0],
    ['warnings at the limit', warnOnly, 2, 0],
    ['warnings over the limit', warnOnly, 1, 1],
    ['--max-warnings 0 with warnings', warnOnly, 0, 1],
    ['negative limit means none', warnOnly, -1, 0],
    ['nothing found', [{ source: 'a', findings: [] }], 0, 0],
  ] as const)('%s', (_name, res, max, code) => {
    expect(exitCodeFor(res as FileResult[], max)).toBe(code);
  });
});
