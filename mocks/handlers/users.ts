import { http } from 'msw';
import { authed, json, pathFor } from '../http';
import { store } from '../store';

export function userHandlers(baseUrl: string) {
  return [
    http.get(
      pathFor(baseUrl, '/users'),
      authed(() => json(store.db.users)),
    ),
  ];
}
