import { describe, expect, it } from 'vitest';
import { call, login, startDemoServer } from './helpers';

startDemoServer();

describe('demo server: sessions', () => {
  it('answers 401 without a token on every protected route, and lists demo accounts publicly', async () => {
    for (const path of ['/articles', '/auth/me', '/comments', '/categories', '/users', '/moderation/rules', '/nope']) {
      const res = await call(path);
      expect(res.status, path).toBe(401);
      expect(res.body.error.code).toBe('unauthorized');
    }
    const accounts = await call('/demo/accounts');
    expect(accounts.status).toBe(200);
    expect(accounts.body.map((u: { username: string }) => u.username)).toEqual(
      expect.arrayContaining(['phongvien', 'phongvien2', 'tongbientap', 'kiemduyet']),
    );
  });

  it('signs in with the demo password, knows the user, and signs out', async () => {
    const bad = await call('/auth/login', { method: 'POST', body: { username: 'phongvien', password: 'wrong' } });
    expect(bad.status).toBe(401);
    expect(bad.body.error.code).toBe('invalid_credentials');

    const token = await login('tongbientap');
    const me = await call('/auth/me', { token });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ username: 'tongbientap', name: 'Lê Quang Minh', roles: ['editor_in_chief'] });

    expect((await call('/auth/logout', { method: 'POST', token })).status).toBe(204);
    expect((await call('/auth/me', { token })).status).toBe(401);
  });

  it('answers 422 with field codes for an invalid login body and 400 for malformed JSON', async () => {
    const invalid = await call('/auth/login', { method: 'POST', body: { username: '', password: '' } });
    expect(invalid.status).toBe(422);
    expect(invalid.body.error).toMatchObject({ code: 'validation', fields: { username: 'required', password: 'required' } });
    const malformed = await call('/auth/login', { method: 'POST', raw: '{"username":' });
    expect(malformed.status).toBe(400);
  });

  it('answers 404 for unknown routes once signed in', async () => {
    const token = await login('phongvien');
    expect((await call('/nope', { token })).status).toBe(404);
  });
});
