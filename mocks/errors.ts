/** A refusal the demo server answers with `{error:{code,message,fields?,current?}}`. */
export class ServerError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: { fields?: Record<string, string>; current?: unknown; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'ServerError';
  }
}

export const badRequest = (message: string, fields?: Record<string, string>) =>
  new ServerError(400, 'bad_request', message, { fields });
export const validation = (fields: Record<string, string>, message = 'The request has invalid fields.') =>
  new ServerError(422, 'validation', message, { fields });
export const unauthorized = (message = 'Sign in to continue.') => new ServerError(401, 'unauthorized', message);
export const forbidden = (message = 'Your role may not do this.') => new ServerError(403, 'forbidden', message);
export const notFound = (what = 'resource') => new ServerError(404, 'not_found', `No such ${what}.`);
export const invalidState = (message: string, current?: unknown) => new ServerError(409, 'invalid_state', message, { current });
export const versionConflict = (current: unknown) =>
  new ServerError(412, 'version_conflict', 'The article changed since you loaded it.', { current });
export const preconditionRequired = () =>
  new ServerError(428, 'precondition_required', 'Send If-Match with the version the change is based on.');
