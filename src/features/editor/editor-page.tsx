import { Alert } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from '@/i18n';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { Article } from '@/domain';
import { isApiError } from '@/api/errors';
import { articleKeys, articleQueries, askedAheadFor } from '@/api/queries';
import { useApi } from '@/api/react';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { ArticleEditor } from './article-editor';
import { ArticleSpotlight } from './spotlight/article-spotlight';

/**
 * `/articles/new` and `/articles/:id/edit`. A new article keeps its editor when its first save gives
 * it an id and the address changes to `/articles/:id/edit`: nothing is remounted mid-sentence.
 */
export function EditorPage() {
  const { t } = useTranslation('editor');
  const { id } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const api = useApi();
  const client = useQueryClient();
  const created = useRef<{ id: string; key: string } | null>(null);
  // Always asked again on opening: a cached copy may predate someone else's change (another tab, the
  // editor-in-chief returning it), and editing from it would end in a needless version conflict.
  // The navigation that opened the page may have asked already, while the page's code downloaded.
  const askedForThis = askedAheadFor(location.key, id ?? '');
  const query = useQuery({
    ...articleQueries.detail(api, id ?? ''),
    enabled: Boolean(id),
    refetchOnMount: (q) => (askedForThis(q.state.dataUpdatedAt) ? false : 'always'),
  });

  const onCreated = (article: Article) => {
    created.current = { id: article.id, key: location.key };
    client.setQueryData(articleKeys.detail(article.id), article);
    void navigate(`/articles/${article.id}/edit`, { replace: true });
  };

  const editorKey = !id ? `new:${location.key}` : created.current?.id === id ? `new:${created.current.key}` : id;

  const fresh = query.isFetchedAfterMount || askedForThis(query.dataUpdatedAt) || created.current?.id === id;

  let content;
  if (!id) content = <ArticleEditor key={editorKey} article={null} onCreated={onCreated} />;
  else if (query.data && fresh) content = <ArticleEditor key={editorKey} article={query.data} onCreated={onCreated} />;
  else if (query.isError)
    content =
      isApiError(query.error) && query.error.kind === 'not_found' ? (
        <Alert color="red" role="alert">
          {t('page.notFound')}
        </Alert>
      ) : (
        <QueryError error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      );
  else content = <PageLoader label={t('common:loading')} />;

  return (
    <>
      {content}
      <ArticleSpotlight />
    </>
  );
}
