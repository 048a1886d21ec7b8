import { z } from 'zod';
import { describeIssues, parseResponse } from '@/api/http';
import { isApiError } from '@/api/errors';

// The app's zod (Mini) carries no messages of its own; a response that does not match its schema is
// still described well enough to find the field and what was wrong with it.
const schema = z.object({
  id: z.string(),
  status: z.enum(['draft', 'published']),
  tags: z.array(z.string()).check(z.maxLength(2)),
  title: z.string().check(z.minLength(1, { message: 'required' })),
  url: z.url(),
});

describe('describeIssues', () => {
  it('names each field and what was expected, without zod’s locale', () => {
    const result = schema.safeParse({ id: 7, status: 'gone', tags: ['a', 'b', 'c'], title: '', url: 'nope' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(describeIssues(result.error, 10)).toBe(
      'id: expected string; status: expected one of "draft", "published"; tags: too big (at most 2); title: required; url: not a valid url',
    );
    expect(describeIssues(result.error, 2)).toBe('id: expected string; status: expected one of "draft", "published" (+3 more)');
  });

  it('turns a response of the wrong shape into a server error saying where', () => {
    try {
      parseResponse(schema, { id: 'a' }, 'GET /articles/a', 200);
      expect.unreachable();
    } catch (error) {
      expect(isApiError(error) && error.kind).toBe('server');
      expect((error as Error).message).toContain('status: expected one of "draft", "published"');
    }
  });
});
