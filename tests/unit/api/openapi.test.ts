// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenApi, serializeOpenApi } from '../../../scripts/openapi-doc';

const committedPath = fileURLToPath(new URL('../../../docs/openapi.json', import.meta.url));

function refsOf(value: unknown, found = new Set<string>()): Set<string> {
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') found.add(child);
      else refsOf(child, found);
    }
  }
  return found;
}

describe('the OpenAPI document', () => {
  it('is committed and up to date', () => {
    const committed = readFileSync(committedPath, 'utf8');
    expect(committed === serializeOpenApi(), 'docs/openapi.json is out of date: run npm run openapi').toBe(true);
  });

  it('is deterministic', () => {
    expect(serializeOpenApi(buildOpenApi())).toBe(serializeOpenApi(buildOpenApi()));
  });

  it('resolves every $ref inside the document', () => {
    const doc = buildOpenApi();
    for (const ref of refsOf(doc)) {
      const target = ref
        .replace(/^#\//, '')
        .split('/')
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
      expect(target, ref).toBeDefined();
    }
  });

  it('describes every path of the REST contract with bearer security', () => {
    const doc = buildOpenApi();
    expect(doc.openapi).toBe('3.1.0');
    const paths = doc.paths as Record<string, Record<string, { responses: Record<string, unknown>; security?: unknown[] }>>;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining(['/auth/login', '/articles', '/articles/{id}', '/articles/{id}/transitions', '/comments/bulk', '/comments/counts', '/media', '/demo/reset']),
    );
    expect(paths['/articles/{id}'].patch.responses).toHaveProperty('412');
    expect(paths['/articles']).toHaveProperty('get.responses.429');
    expect(paths['/auth/login'].post.security).toEqual([]);
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const name of ['Article', 'ArticleSummary', 'ArticleDraft', 'Comment', 'User', 'Session', 'Category', 'HistoryEntry', 'TransitionInput', 'ModerationRule', 'BulkResult', 'Error']) {
      expect(doc.components.schemas, name).toHaveProperty(name);
    }
  });
});
