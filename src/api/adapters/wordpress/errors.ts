import { ApiError, kindForStatus, type ApiErrorKind } from '../../errors';
import { parseJsonText } from '../../http';
import { decodeEntities } from './text';
import { wpErrorSchema } from './wire';

/** WordPress 6.1 answers a bad credential in three ways; all mean "wrong username or application password". */
export const BAD_CREDENTIALS = ['rest_not_logged_in', 'incorrect_password', 'invalid_username', 'invalid_email'];

const KIND_BY_CODE: Record<string, ApiErrorKind> = {
  rest_post_invalid_id: 'not_found',
  rest_comment_invalid_id: 'not_found',
  rest_term_invalid: 'not_found',
  rest_no_route: 'not_found',
  rest_already_trashed: 'not_found',
  rest_cannot_publish: 'forbidden',
  comment_duplicate: 'validation',
  rest_comment_closed: 'forbidden',
  rest_comment_draft_post: 'validation',
};

/** Messages written for the newsroom rather than WordPress's generic ones. */
const MESSAGES: Record<string, string> = {
  bad_credentials:
    'Wrong username or application password. WordPress accepts an application password here (Users → Profile → Application Passwords), not the account password.',
  rest_cannot_publish:
    'Your WordPress role cannot publish, schedule or make articles private: submit the article for review and an editor will publish it.',
  rest_cannot_edit: 'Your WordPress role cannot edit this item (for example, a contributor cannot edit an article once it is published).',
  comment_duplicate: 'WordPress refused a duplicate: the same text was already posted here.',
};

/** Domain field for a wp/v2 parameter named in a 400 `rest_invalid_param`. */
const FIELD_BY_PARAM: Record<string, string> = {
  title: 'title',
  excerpt: 'sapo',
  content: 'body',
  slug: 'slug',
  categories: 'categoryId',
  tags: 'tags',
  featured_media: 'featuredImage',
  date: 'scheduledAt',
  date_gmt: 'scheduledAt',
  status: 'status',
};

export type HttpFailure = { status: number; bodyText: string; request: string };

export function toApiError({ status, bodyText, request }: HttpFailure): ApiError {
  const json = parseJsonText(bodyText);
  const parsed = json.ok ? wpErrorSchema.safeParse(json.value) : undefined;
  if (!parsed?.success) {
    return new ApiError({ kind: kindForStatus(status), status, message: `${request} failed: HTTP ${status}` });
  }
  const { code, message, data } = parsed.data;
  if (BAD_CREDENTIALS.includes(code) || (status === 401 && code === 'rest_forbidden' && request.includes('/users/me'))) {
    return new ApiError({ kind: 'unauthorized', status: 401, code, message: MESSAGES.bad_credentials });
  }
  const kind = KIND_BY_CODE[code] ?? kindForStatus(status);
  const fields = data?.params
    ? Object.fromEntries(Object.entries(data.params).map(([param, text]) => [FIELD_BY_PARAM[param] ?? param, decodeEntities(text)]))
    : undefined;
  return new ApiError({ kind, status, code, fields, message: MESSAGES[code] ?? (decodeEntities(message) || `${request} failed: ${code}`) });
}
